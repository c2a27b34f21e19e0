// Canonical entities: aliases from rules/data/entities.yaml, and names the data does not know.
import type { DataFiles } from '../config/data/index.js';

export interface Mention {
  start: number;
  end: number;
  /** Canonical id, or a normalised form of the name when the entity is not in the data. */
  id: string;
  name: string;
  known: boolean;
}

export type EntityMatcher = (text: string) => Mention[];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words that start capitalised phrases but are not names. */
const NOT_NAMES = new Set(
  'The A An This That These Those It Its In On At By For From With As And But Or If When While Since After Before During Over Under Between Among According However Moreover Meanwhile Nevertheless Furthermore Although Though Despite Instead Thus Hence Then Now Today Yesterday Last Next First Second Third Finally Also Such Many Most Some Several Each Every All Both He She They We You I His Her Their Our Your My What Which Who Why How Where Data Shortly Simultaneously Lastly Firstly Secondly Recently Previously Notably Currently Following Behind Driving Ambition Technology Published Reports Yet Just Even Only Here There Just Mr Ms Mrs Dr Chinese American European Japanese British Indian'.split(' '),
);

export function makeEntityMatcher(data: Pick<DataFiles, 'entities'>): EntityMatcher {
  const byAlias = new Map<string, { id: string; name: string }>();
  for (const e of data.entities.entities) {
    for (const a of [e.name, ...e.aliases]) byAlias.set(a, { id: e.id, name: e.name });
  }
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length).map(esc);
  const known = aliases.length ? new RegExp(`(?<![\\w-])(?:${aliases.join('|')})(?![\\w-])`, 'g') : null;
  // Capitalised runs, allowing "of"/"&"/"and" inside ("Bank of America", "AT&T").
  const proper = /(?<![\w-])[A-Z][\w&.-]*(?:\s+(?:(?:of|and|&|de|du|van|von)\s+)?[A-Z][\w&.-]*)*/g;
  return (text) => {
    const out: Mention[] = [];
    const taken: Array<[number, number]> = [];
    if (known) {
      for (const m of text.matchAll(known)) {
        const hit = byAlias.get(m[0]);
        if (!hit) continue;
        const start = m.index ?? 0;
        out.push({ start, end: start + m[0].length, id: hit.id, name: m[0], known: true });
        taken.push([start, start + m[0].length]);
      }
    }
    for (const m of text.matchAll(proper)) {
      let name = m[0].replace(/[.]+$/, '');
      let start = m.index ?? 0;
      const first = name.split(/\s+/)[0] ?? '';
      if (NOT_NAMES.has(first)) {
        const rest = name.slice(first.length).trimStart();
        start += name.length - rest.length;
        name = rest;
      }
      if (!name || NOT_NAMES.has(name) || name.length < 2) continue;
      const end = start + name.length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      out.push({ start, end, id: normaliseName(name), name, known: false });
    }
    return out.sort((a, b) => a.start - b.start);
  };
}

/** An id for a name the data does not know: lower-case words joined by dashes. */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}
