// Generic head nouns written after a name ("the Eastside line", "Eastside light rail", "the Dunmore solar
// farm"): the name and its head together are the subject, and heads that name the same kind of thing share
// one canonical word, so "Eastside light rail" and "the Eastside line" get one id.
// Kept here until rules/data/entities.yaml has a schema key for it (src/config/data is not this stage's).

/** Head phrase (lower-case, single spaces) → canonical head word used in ids. */
const HEADS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    line: ['line', 'light rail', 'light-rail', 'light rail line', 'light-rail line', 'light rail project', 'light-rail project', 'tram', 'tram line', 'tramway', 'tram project', 'rail line', 'rail link', 'metro line', 'subway line', 'lrt', 'extension', 'line extension'],
    project: ['project', 'scheme', 'programme', 'program'],
    plant: ['plant', 'power plant', 'power station', 'nuclear plant', 'nuclear power plant', 'reactor', 'works', 'mill', 'smelter'],
    hotel: ['hotel'],
    theatre: ['theatre', 'theater'],
    school: ['school', 'academy'],
    library: ['library'],
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
const ALONE = new RegExp(`^[ \\t]+(${phrases})(?![\\w-])`, 'i');
/** A head after one lower-case word that says what kind ("the Brookfield cement plant", "the Dresden chip factory"). */
const AFTER = new RegExp(`^[ \\t]+([a-z][a-z]+)[ \\t]+(${phrases})(?![\\w-])`, 'i');
/** Words that cannot be that kind-word: a name followed by "to build plant" or "said the plant" has no head. */
const NOT_KIND = new Set('the a an to will would can could may might must shall should and or but of its his her their our this that these those which who whose said says has had have is was are were be been being new old in on at for by from with as into'.split(' '));
/** A head ending a capitalised name ("Eastside Light Rail"); at least one word must stand before it. */
const ENDING = new RegExp(`^(.*\\S)[\\s-]+(${phrases})$`, 'i');
/** After a head: a body that the head only qualifies ("the Brookhaven school board", "the Halford school district"). */
const BODY = /^[ \t]+(board|district|trust|authority|committee|governors)(?![\w-])/i;
/** Canonical heads as id suffixes ("-line", "-wind-farm"). */
const SUFFIX = new RegExp(`-(${[...new Set(HEADS.values())].sort((a, b) => b.length - a.length).map(esc).join('|')})$`);

const canonical = (phrase: string) => HEADS.get(phrase.toLowerCase().replace(/[\s-]+/g, ' ')) ?? null;

/** The head written right after a name: its length in `after` and its canonical word. */
export function headAfter(after: string): { length: number; head: string } | null {
  // A head phrase directly after the name comes first ("Northern power station" is a plant, not a station).
  const alone = ALONE.exec(after);
  const direct = alone ? canonical(alone[1] ?? '') : null;
  // "the Brookhaven school board" is the board, named with the head's words: no canonical head of its own.
  const body = alone && direct ? BODY.exec(after.slice(alone[0].length)) : null;
  if (alone && body) return { length: alone[0].length + body[0].length, head: `${(alone[1] ?? '').toLowerCase()} ${(body[1] ?? '').toLowerCase()}` };
  if (alone && direct) return { length: alone[0].length, head: direct };
  const m = AFTER.exec(after);
  if (!m || m[1] === undefined || NOT_KIND.has(m[1].toLowerCase()) || /^[A-Z]/.test(m[1])) return null;
  const head = canonical(m[2] ?? '');
  return head ? { length: m[0].length, head } : null;
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
