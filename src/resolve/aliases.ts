// Names of one thing across a corpus: a document may write "the MetroLink Eastside extension" or "NES" where
// another writes "the Eastside line" or "Northwind Energy Systems". Unknown names are joined when one is the
// other's last words, the same name with or without its head, or its initials, and only when exactly one
// name fits, or when one is the other without its legal form ("Halberd" / "Halberd Motors"); names from
// rules/data/entities.yaml are never joined, since the data names them already.
import type { DataFiles } from '../config/data/index.js';
import type { Claim } from '../core/types.js';
import { isCommonWord } from './entities.js';
import { splitId } from './heads.js';

/** Ways a subject is found that mean its id comes from the entity data. */
const KNOWN = new Set(['alias', 'fuzzy']);
/** Words skipped when initials are read ("Midlands Institute of Technology" → MIT). */
const LINKS = new Set(['of', 'and', 'the', 'for', 'de', 'du', 'la', 'le', 'der', 'von', 'van']);

/** Subject id → the id its group uses; ids that join nothing map to themselves or are absent. A short name joins a
 *  full name whose other words are in `names.shortNameDrops` (rules/data/names.yaml). */
export function canonicalSubjects(claims: readonly Claim[], data: Pick<DataFiles, 'names'>): Map<string, string> {
  const forms = new Set(data.names.shortNameDrops);
  const counts = new Map<string, number>();
  const known = new Set<string>();
  for (const c of claims) {
    const id = c.subject.id;
    if (!id) continue;
    counts.set(id, (counts.get(id) ?? 0) + 1);
    if (KNOWN.has(c.subject.via)) known.add(id);
  }
  const ids = [...counts.keys()].filter((id) => !known.has(id)).sort();
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    let at = id;
    while (parent.get(at) !== at) at = parent.get(at) ?? at;
    return at;
  };
  const join = (a: string, b: string) => parent.set(find(a), find(b));
  const parts = new Map(ids.map((id) => [id, splitId(id)]));
  const fits = (a: string | null, b: string | null) => a === null || b === null || a === b;
  // Indexes, so each name looks up its candidates instead of comparing with every other name.
  const endings = new Map<string, string[]>(); // last words of a core → ids ("eastside" → metrolink-eastside-line)
  const headed = new Map<string, string[]>(); // core → ids written with a head ("eastside" → eastside-line)
  const shortened = new Map<string, string[]>(); // name without its legal form → ids ("halberd" → halberd-motors)
  const initialled = new Map<string, string[]>(); // initials → ids ("nes" → northwind-energy-systems)
  const add = (index: Map<string, string[]>, key: string, id: string) => {
    const list = index.get(key);
    if (list) list.push(id);
    else index.set(key, [id]);
  };
  for (const id of ids) {
    const { core, head } = parts.get(id) ?? { core: id, head: null };
    const words = core.split('-');
    for (let k = 1; k < words.length; k++) add(endings, words.slice(k).join('-'), id);
    if (head) add(headed, core, id);
    for (let k = words.length - 1; k > 0 && forms.has(words[k] ?? '') && !head; k--) add(shortened, words.slice(0, k).join('-'), id);
    const named = words.filter((w) => !LINKS.has(w));
    if (named.length >= 2) add(initialled, named.map((w) => w[0]).join(''), id);
  }
  const shortForms = new Set<string>();
  // Longer names first, so "the MetroLink Eastside extension" has joined "the Eastside line" before "Eastside" looks for one.
  for (const a of [...ids].sort((x, y) => y.length - x.length || (x < y ? -1 : 1))) {
    const { core, head } = parts.get(a) ?? { core: a, head: null };
    // "Eastside" and "the Eastside line"; "the Eastside line" and "the MetroLink Eastside extension".
    // Two capitalised words together ("Kettle & Crane") name something even when each is a common word.
    const distinctive = core.length >= 4 && (core.includes('-') || !isCommonWord(core));
    const longer = distinctive
      ? [...(endings.get(core) ?? []), ...(head === null ? (headed.get(core) ?? []) : [])].filter((b) => b !== a && fits(head, parts.get(b)?.head ?? null))
      : [];
    // A short name is the first words of one full name whose other words are its legal form or trade ("Halberd", "Halberd Motors").
    const full = distinctive && head === null ? (shortened.get(a) ?? []) : [];
    // An acronym is the initials of one longer name ("NES", "Northwind Energy Systems").
    const initials = /^[a-z]{2,6}$/.test(a) ? (initialled.get(a) ?? []).filter((b) => b !== a) : [];
    for (const found of [longer, full, initials]) {
      if (found.length === 0 || new Set(found.map((b) => find(b))).size !== 1) continue;
      found.forEach((b) => join(a, b));
      if (found !== longer) shortForms.add(a);
    }
  }
  // Each joined set is named by its most used id; on a tie a full name before an acronym or short name, a name with
  // its head before one without, then the shortest, then the first in order.
  const members = new Map<string, string[]>();
  for (const id of ids) add(members, find(id), id);
  const rank = (id: string) => [-(counts.get(id) ?? 0), shortForms.has(id) ? 1 : 0, parts.get(id)?.head ? 0 : 1, id.length] as const;
  const before = (x: string, y: string) => {
    const [a, b] = [rank(x), rank(y)];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
    return x < y ? -1 : 1;
  };
  const out = new Map<string, string>();
  for (const list of members.values()) {
    if (list.length < 2) continue;
    const best = [...list].sort(before)[0] as string;
    for (const id of list) out.set(id, best);
  }
  return out;
}
