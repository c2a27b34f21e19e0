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
  const counts = new Map(Object.entries(raw.words));
  const members: Member[][] = raw.synsets.map((list) =>
    list.map((m) => {
      const [word = '', sense = '9', tags = '0'] = m.split(':');
      return { word, sense: Number(sense), tags: Number(tags) };
    }),
  );
  const senses = new Map<string, Sense[]>();
  members.forEach((list, synset) => {
    for (const m of list) {
      const entry = { synset, sense: m.sense, tags: m.tags };
      const found = senses.get(m.word);
      if (found) found.push(entry);
      else senses.set(m.word, [entry]);
    }
  });
  const pairs = new Map<string, Set<string>>();
  for (const c of raw.collocations) {
    const [a, b] = c.split(' ') as [string, string];
    const set = pairs.get(a);
    if (set) set.add(b);
    else pairs.set(a, new Set([b]));
  }
  const synCache = new Map<string, readonly string[]>();
  cached = {
    count: (w) => counts.get(w) ?? 0,
    known: (w) => senses.has(w),
    senses: (w) => senses.get(w) ?? [],
    members: (i) => members[i] ?? [],
    synonyms(lemma) {
      const hit = synCache.get(lemma);
      if (hit) return hit;
      const out = new Set<string>();
      for (const { synset } of senses.get(lemma) ?? []) for (const m of members[synset] ?? []) if (m.word !== lemma) out.add(m.word);
      const list = [...out].sort();
      synCache.set(lemma, list);
      return list;
    },
    collocation: (a, b) => pairs.get(a)?.has(b) ?? false,
    collocationsOf: (a) => pairs.get(a),
  };
  return cached;
}
