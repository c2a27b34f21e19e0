// Generic head nouns written after a name ("the Eastside line", "Eastside light rail", "the Dunmore solar
// farm"): the name and its head together are the subject, and heads that name the same kind of thing share
// one canonical word, so "Eastside light rail" and "the Eastside line" get one id.
// Kept here until rules/data/entities.yaml has a schema key for it (src/config/data is not this stage's).

/** Head phrase (lower-case, single spaces) → canonical head word used in ids. */
const HEADS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    line: ['line', 'light rail', 'light-rail', 'light rail line', 'light-rail line', 'light rail project', 'light-rail project', 'tram', 'tram line', 'tramway', 'tram project', 'rail line', 'rail link', 'metro line', 'subway line', 'lrt', 'extension', 'line extension'],
    project: ['project', 'scheme', 'programme', 'program'],
    plant: ['plant', 'power plant', 'power station', 'nuclear plant', 'nuclear power plant', 'reactor'],
    'wind-farm': ['wind farm', 'offshore wind farm', 'wind project'],
    'solar-farm': ['solar farm', 'solar park', 'solar project'],
    bridge: ['bridge'],
    tunnel: ['tunnel'],
    airport: ['airport'],
    station: ['station'],
    stadium: ['stadium', 'arena'],
    hospital: ['hospital'],
    dam: ['dam', 'reservoir'],
    mine: ['mine'],
    refinery: ['refinery'],
    pipeline: ['pipeline'],
    factory: ['factory', 'gigafactory'],
    terminal: ['terminal'],
  }).flatMap(([head, phrases]) => phrases.map((p) => [p, head] as const)),
);

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');
const phrases = [...HEADS.keys()].sort((a, b) => b.length - a.length).map(esc).join('|');
/** A head written right after a name, in any case ("line", "Light Rail"), not part of a longer word. */
const AFTER = new RegExp(`^[ \\t]+(${phrases})(?![\\w-])`, 'i');
/** A head ending a capitalised name ("Eastside Light Rail"); at least one word must stand before it. */
const ENDING = new RegExp(`^(.*\\S)[\\s-]+(${phrases})$`, 'i');
/** Canonical heads as id suffixes ("-line", "-wind-farm"). */
const SUFFIX = new RegExp(`-(${[...new Set(HEADS.values())].sort((a, b) => b.length - a.length).map(esc).join('|')})$`);

const canonical = (phrase: string) => HEADS.get(phrase.toLowerCase().replace(/[\s-]+/g, ' ')) ?? null;

/** The head written right after a name: its length in `after` and its canonical word. */
export function headAfter(after: string): { length: number; head: string } | null {
  const m = AFTER.exec(after);
  const head = m ? canonical(m[1] ?? '') : null;
  return m && head ? { length: m[0].length, head } : null;
}

/** A name that already ends with a head ("Eastside Light Rail"): the rest of the name and the canonical head. */
export function headOf(name: string): { core: string; head: string } | null {
  const m = ENDING.exec(name);
  const head = m ? canonical(m[2] ?? '') : null;
  return m && head ? { core: m[1] ?? '', head } : null;
}

/** An id split into the name it is built on and its canonical head ("metrolink-eastside-line" → metrolink-eastside, line). */
export function splitId(id: string): { core: string; head: string | null } {
  const m = SUFFIX.exec(id);
  return m && m.index > 0 ? { core: id.slice(0, m.index), head: m[1] ?? null } : { core: id, head: null };
}
