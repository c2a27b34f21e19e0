// Word counts and WordNet synonym sets from the compact table rules/data/spin-table.json (built by
// build-table.ts). Loaded lazily, once per process: documents without prose never pay for it.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LanguageTable {
  /** Spoken-English count of a lower-case word (0 when unknown). */
  count(word: string): number;
  /** Lower-case single-word synonyms of a lemma over all its senses, without the lemma itself. */
  synonyms(lemma: string): readonly string[];
  /** The lemma's senses: synset id, its sense number (1 = most used in written English) and SemCor tag count. */
  senses(lemma: string): readonly Sense[];
  /** Members of a synset with their own sense numbers and tag counts. */
  members(synset: number): readonly Member[];
  /** True when WordNet knows the lemma at all. */
  known(lemma: string): boolean;
  /** True when "a b" is a two-word WordNet lemma ("rallying cry", "share price"). */
  collocation(a: string, b: string): boolean;
  /** Second words of the WordNet two-word lemmas that start with `a`. */
  collocationsOf(a: string): ReadonlySet<string> | undefined;
}

export interface Sense {
  synset: number;
  sense: number;
  tags: number;
}

export interface Member {
  word: string;
  sense: number;
  tags: number;
}

interface RawTable {
  words: Record<string, number>;
  synsets: string[][];
  collocations: string[];
}

const TABLE_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules', 'data', 'spin-table.json');
let cached: LanguageTable | null = null;

export function languageTable(): LanguageTable {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(TABLE_FILE, 'utf8')) as RawTable;
  // Startup cost is most of what a small check pays for the table, so it is read as parsed: counts straight from
  // the parsed object (without a prototype every word is a plain key, "constructor" included), and synset
  // members, held as their "word:sense:tags" strings, become objects only when a lemma or synset is asked for.
  const counts = Object.setPrototypeOf(raw.words, null) as Record<string, number | undefined>;
  /** Each member string's synset, and per word the positions of its member strings, in synset order. */
  const flat: string[] = [];
  const synsetOf: number[] = [];
  const positions = new Map<string, number[]>();
  for (let synset = 0; synset < raw.synsets.length; synset++) {
    for (const m of raw.synsets[synset]!) {
      const colon = m.indexOf(':');
      const word = colon < 0 ? m : m.slice(0, colon);
      const found = positions.get(word);
      if (found) found.push(flat.length);
      else positions.set(word, [flat.length]);
      flat.push(m);
      synsetOf.push(synset);
    }
  }
  const members: Array<Member[] | undefined> = [];
  const senses = new Map<string, Sense[]>();
  const pairsOf = collocationIndex(raw.collocations);
  const membersOf = (synset: number): readonly Member[] => {
    const strings = raw.synsets[synset];
    if (!strings) return [];
    let list = members[synset];
    if (!list) {
      list = strings.map(member);
      members[synset] = list;
    }
    return list;
  };
  const sensesOf = (lemma: string): readonly Sense[] => {
    const at = positions.get(lemma);
    if (!at) return [];
    let list = senses.get(lemma);
    if (!list) {
      list = at.map((k) => {
        const { sense, tags } = member(flat[k]!);
        return { synset: synsetOf[k]!, sense, tags };
      });
      senses.set(lemma, list);
    }
    return list;
  };
  const synCache = new Map<string, readonly string[]>();
  cached = {
    count: (w) => counts[w] ?? 0,
    known: (w) => positions.has(w),
    senses: sensesOf,
    members: membersOf,
    synonyms(lemma) {
      const hit = synCache.get(lemma);
      if (hit) return hit;
      const out = new Set<string>();
      for (const { synset } of sensesOf(lemma)) for (const m of membersOf(synset)) if (m.word !== lemma) out.add(m.word);
      const list = [...out].sort();
      synCache.set(lemma, list);
      return list;
    },
    collocation: (a, b) => pairsOf(a)?.has(b) ?? false,
    collocationsOf: pairsOf,
  };
  return cached;
}

/**
 * Second words of the two-word lemmas, by first word ("a b": the second word is what follows the first space, up
 * to any further one). The table's lemmas are sorted, so one first word's lemmas stand together: each set is built
 * when its word is first asked for, from a binary search, instead of all fifty thousand at start-up. A list that
 * is not sorted (a hand-edited table) is indexed whole, as before.
 */
function collocationIndex(lemmas: readonly string[]): (a: string) => ReadonlySet<string> | undefined {
  const sets = new Map<string, Set<string> | undefined>();
  const add = (c: string) => {
    const space = c.indexOf(' ');
    if (space < 0) return;
    const next = c.indexOf(' ', space + 1);
    const a = c.slice(0, space);
    const b = c.slice(space + 1, next < 0 ? c.length : next);
    const set = sets.get(a);
    if (set) set.add(b);
    else sets.set(a, new Set([b]));
  };
  let sorted = true;
  for (let i = 1; i < lemmas.length && sorted; i++) sorted = lemmas[i - 1]! <= lemmas[i]!;
  if (!sorted) {
    for (const c of lemmas) add(c);
    return (a) => sets.get(a);
  }
  return (a) => {
    if (sets.has(a)) return sets.get(a);
    // The first lemma that is not below "a ", then every lemma starting with it. A first word never holds a space.
    const prefix = `${a} `;
    let lo = 0;
    let hi = lemmas.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lemmas[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    if (!a.includes(' ')) for (let i = lo; i < lemmas.length && lemmas[i]!.startsWith(prefix); i++) add(lemmas[i]!);
    if (!sets.has(a)) sets.set(a, undefined);
    return sets.get(a);
  };
}

/** One "word:sense:tags" member string, with the defaults the table's builder never needs. */
function member(m: string): Member {
  const [word = '', sense = '9', tags = '0'] = m.split(':');
  return { word, sense: Number(sense), tags: Number(tags) };
}
