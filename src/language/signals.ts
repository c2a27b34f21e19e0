// Statistical signals for substitutions no lexicon lists. A spinner swaps a word for a dictionary synonym,
// usually a rarer one of some other sense, so (1) a rare word whose WordNet synonym is far more common, and
// (2) a word pair that becomes a WordNet collocation when one word is put back ("proportion value" →
// "share price") both point at a swap and name the likely original.
import { contextModel, hashWord } from './context-model.js';
import { inflect, lemmas } from './morphology.js';
import type { LanguageTable } from './table.js';
import { BySpelling, COMPOUND, PLAIN, QUOTED, type Tokens } from './tokens.js';

export interface Signal {
  start: number;
  end: number;
  text: string;
  original: string | null;
  weight: number;
  reason: 'rare-synonym' | 'broken-collocation';
}

/** Words this common are never suspects: spinners pick words from the dictionary's long tail. */
const COMMON = 1000;
export const COMMON_WORD = COMMON;
/** A synonym must be this many times more common than the word before the word looks substituted. */
const RATIO = 12;
/** ... and common in absolute terms, or it is no more natural a choice than the word itself. */
const SYNONYM_FLOOR = 300;

/** Particles, prepositions and other closed-class words: never half of a substituted pair. */
const FUNCTION_WORDS = new Set(
  'about above across after against along among around away back before behind below between beyond down during for from into like near off onto out over past since than through till toward towards under until upon with within without the and but nor yet its his her their our your this that these those which who whom whose what where when while'.split(' '),
);

/** True when token `i` may be judged: lower-case prose outside quotations and compounds. */
export function eligible(t: Tokens, i: number): boolean {
  return (t.flags[i]! & (PLAIN | QUOTED | COMPOUND)) === PLAIN && t.end[i]! - t.start[i]! >= 3;
}

/**
 * The most common synonym that the word shares only through one of its minor senses, in the form the text
 * used. A writer uses a word in its main senses; a spinner takes the original's synonym list and lands on a
 * word whose shared sense is one written English hardly uses ("proportion" for share, "fashion" for model).
 */
export function minorSenseSynonym(word: string, table: LanguageTable): { word: string; count: number } | null {
  let best: { word: string; count: number } | null = null;
  for (const l of lemmas(word, table.known)) {
    const senses = table.senses(l.base);
    // Synonyms through the word's main senses are what a writer meant; never suggest those as originals.
    const main = new Set(senses.filter((s) => s.sense === 1 || s.tags > 0).flatMap((s) => table.members(s.synset).map((m) => m.word)));
    for (const s of senses) {
      if (s.sense === 1 || s.tags > 0) continue;
      for (const m of table.members(s.synset)) {
        if (m.word === l.base || main.has(m.word) || m.sense > 3) continue;
        // Only attested forms: an invented inflection ("stillly") says nothing about what a writer would use.
        const form = inflect(m.word, l.suffix);
        if (variant(form, word)) continue;
        const c = table.count(form);
        if (!best || c > best.count || (c === best.count && form < best.word)) best = { word: form, count: c };
      }
    }
  }
  return best;
}

/** Below this spoken count, and never tagged in written English (SemCor), a word is a dictionary word. */
const DICTIONARY_WORD = 100;
/** Its synonym must be at least this much more common before the pick looks like a thesaurus swap. */
const DICTIONARY_RATIO = 30;

/** The most common synonym over all senses, for words written English never uses (see DICTIONARY_WORD). */
export function anySenseSynonym(word: string, table: LanguageTable): { word: string; count: number } | null {
  let best: { word: string; count: number } | null = null;
  for (const l of lemmas(word, table.known)) {
    if (table.senses(l.base).some((s) => s.tags > 0)) return null;
    for (const s of table.synonyms(l.base)) {
      const form = inflect(s, l.suffix);
      if (variant(form, word)) continue;
      const c = table.count(form);
      if (!best || c > best.count || (c === best.count && form < best.word)) best = { word: form, count: c };
    }
  }
  return best;
}

/** Spelling variants and inflections ("labour"/"labor", "centres"/"centers") are the same word, not a swap. */
export function variant(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return true; // a derivation: "world"/"worldwide"
  if (a.slice(0, 4) === b.slice(0, 4) && Math.abs(a.length - b.length) <= 2) return true;
  return Math.abs(a.length - b.length) <= 2 && usSpelling(a) === usSpelling(b);
}

/**
 * A British spelling in American form ("oedema" → edema, "anaemia" → anemia, "fibre" → fiber, "analyse" → analyze):
 * WordNet lists such pairs as synonyms, but they are one word, and a writer's choice of either is no evidence of a swap.
 */
function usSpelling(w: string): string {
  let us = usSpellings.get(w);
  if (us === undefined) {
    if (usSpellings.size >= 100_000) usSpellings.clear();
    usSpellings.set(w, (us = americanise(w)));
  }
  return us;
}

/** By word: a process meets a bounded vocabulary, and eight replacements per call cost more than a look-up. */
const usSpellings = new Map<string, string>();

function americanise(w: string): string {
  return w
    .replace(/ae|oe/g, 'e')
    .replace(/our/g, 'or')
    .replace(/([bt])re(s?)$/, '$1er$2')
    .replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1')
    .replace(/ys(e|es|ed|ing)$/, 'yz$1')
    .replace(/ogue(s?)$/, 'og$1')
    .replace(/ence$/, 'ense')
    .replace(/ll/g, 'l');
}

/** What the signals need to know about one word, looked up once per distinct word and process. */
export interface WordFacts {
  count: number;
  functionWord: boolean;
  /** The rare-synonym verdict, judged on first need. */
  rare: { original: string; weight: number } | null | undefined;
}

/** Per-word facts: the table never changes within a process, and prose repeats its vocabulary. */
const facts = new Map<string, WordFacts>();

/** The same facts by spelling id (see tokens.ts). */
const factsById = new BySpelling<WordFacts>();

export function tokenFacts(t: Tokens, i: number, table: LanguageTable): WordFacts {
  const byId = factsById.current();
  const id = t.id[i]!;
  let f = byId[id];
  if (f === undefined) {
    f = wordFacts(t.lower[i]!, table);
    byId[id] = f;
  }
  return f;
}

export function wordFacts(lower: string, table: LanguageTable): WordFacts {
  let f = facts.get(lower);
  if (f === undefined) {
    f = { count: table.count(lower), functionWord: FUNCTION_WORDS.has(lower), rare: undefined };
    facts.set(lower, f);
  }
  return f;
}

/** Token `i` when it is a rare word with a far more common synonym. */
export function rareSynonym(t: Tokens, i: number, table: LanguageTable, f: WordFacts = wordFacts(t.lower[i]!, table)): Signal | null {
  // Words this common never need the synonym search.
  if (f.count >= COMMON) return null;
  if (f.rare === undefined) f.rare = judgeRare(t.lower[i]!, table);
  const hit = f.rare;
  return hit && { start: t.start[i]!, end: t.end[i]!, text: t.text[i]!, original: hit.original, weight: hit.weight, reason: 'rare-synonym' };
}

function judgeRare(word: string, table: LanguageTable): { original: string; weight: number } | null {
  const c = table.count(word);
  if (c >= COMMON) return null;
  let syn = minorSenseSynonym(word, table);
  let floor = RATIO;
  if ((!syn || syn.count < SYNONYM_FLOOR || (syn.count + 1) / (c + 1) < RATIO) && c < DICTIONARY_WORD) {
    syn = anySenseSynonym(word, table);
    floor = DICTIONARY_RATIO;
  }
  if (!syn || syn.count < SYNONYM_FLOOR) return null;
  const ratio = (syn.count + 1) / (c + 1);
  if (ratio < floor) return null;
  // log10(12) ≈ 1.08 → 0.3; a thousand-fold gap → 0.75.
  let weight = Math.min(0.75, 0.3 + (Math.log10(ratio) - Math.log10(RATIO)) * 0.24);
  // A word whose main sense written English uses is most likely meant in that sense: weaker evidence.
  if (lemmas(word, table.known).some((l) => table.senses(l.base).some((s) => s.sense === 1 && s.tags > 0))) weight /= 2;
  // Spoken counts undersell the written register ("trajectory", "stringent"): a word that written English
  // uses nearly as often as the synonym is a writer's choice, not a thesaurus swap.
  const written = contextModel();
  const own = written.unigram(hashWord(word));
  if ((written.unigram(hashWord(syn.word)) + 1) / (own + 1) < WRITTEN_RATIO) weight /= 2;
  weight *= writtenTaper(own);
  if (weight <= 0) return null;
  return { original: syn.word, weight };
}

/** In written English (spin-context.json) the synonym must be this much more common, or the evidence halves. */
const WRITTEN_RATIO = 5;
/**
 * Written counts (in spin-context.json's 2.5M words) up to which a rare-synonym suspect keeps its full weight, and
 * from which it has none. On the tuning spins 92 % of the words the spinner put in occur ≤ 10 times in written
 * English; of the rare-synonym suspects in clean text more than half occur more often ("trajectory", "robust",
 * "stringent"): formal vocabulary that subtitles hardly use but writers do.
 */
const WRITTEN_FULL = 10;
const WRITTEN_NONE = 100;

/** 1 up to WRITTEN_FULL written occurrences, falling with the log of the count to 0 at WRITTEN_NONE. */
export function writtenTaper(count: number): number {
  if (count <= WRITTEN_FULL) return 1;
  return Math.max(0, Math.log10(WRITTEN_NONE / count) / Math.log10(WRITTEN_NONE / WRITTEN_FULL));
}

/** Adjacent eligible words that are not a collocation but become one when a rarer word is swapped back. */
const pairs = new BySpelling<Map<number, string | null>>();

/** Tokens `i - 1` and `i` when they are a collocation with one word swapped for a rarer one. */
export function brokenCollocation(
  t: Tokens,
  i: number,
  table: LanguageTable,
  fa: WordFacts = wordFacts(t.lower[i - 1]!, table),
  fb: WordFacts = wordFacts(t.lower[i]!, table),
): Signal | null {
  if (fa.functionWord || fb.functionWord) return null;
  // Phrasal verbs and everyday pairs ("grow into", "moving away") are not spinner work: one word must be rare.
  if (fa.count >= COMMON && fb.count >= COMMON) return null;
  const a = t.lower[i - 1]!;
  const b = t.lower[i]!;
  // Keyed by spelling ids, not by a joined string: building and hashing "a b" per pair was the costliest line.
  const pairCache = pairs.current();
  const ida = t.id[i - 1]!;
  const seconds = pairCache[ida] ?? (pairCache[ida] = new Map<number, string | null>());
  let original = seconds.get(t.id[i]!);
  if (original === undefined) {
    original = restoreCollocation(a, b, table);
    seconds.set(t.id[i]!, original);
  }
  if (original === null) return null;
  return { start: t.start[i - 1]!, end: t.end[i]!, text: `${t.text[i - 1]!} ${t.text[i]!}`, original, weight: 0.9, reason: 'broken-collocation' };
}

function restoreCollocation(a: string, b: string, table: LanguageTable): string | null {
  if (table.collocation(a, b)) return null;
  // A pair written English uses is a collocation of its own, whatever WordNet lists ("high levels" is no broken
  // "high points", "polling stations" no "polling places"): none of the tuning spins' broken pairs was ever seen.
  if (contextModel().bigram(hashWord(a), hashWord(b)) > 0) return null;
  const ca = table.count(a);
  const cb = table.count(b);
  const aForms = [{ w: a, c: ca }, ...alternatives(a, table)];
  const bForms = [{ w: b, c: cb }, ...alternatives(b, table)];
  let best: { text: string; gain: number } | null = null;
  for (const x of aForms) {
    const seconds = table.collocationsOf(x.w);
    if (!seconds) continue;
    for (const y of bForms) {
      if (x.w === a && y.w === b) continue;
      if (variant(x.w, a) && variant(y.w, b)) continue;
      if (!seconds.has(y.base ?? y.w)) continue;
      if (x.c < ca || y.c < cb) continue;
      // The word put back must replace a rare one, or the pair is just an everyday alternative.
      if ((x.w !== a && ca >= COMMON) || (y.w !== b && cb >= COMMON)) continue;
      const gain = Math.max((x.c + 1) / (ca + 1), (y.c + 1) / (cb + 1));
      if (gain < 3) continue;
      const text = `${x.w} ${y.w}`;
      if (!best || gain > best.gain || (gain === best.gain && text < best.text)) best = { text, gain };
    }
  }
  return best ? best.text : null;
}

/** Synonyms of a word in its written form; `base` is the lemma, which collocations are keyed by. */
type Alternative = { w: string; c: number; base?: string };

/** Per table and word: every pair a word takes part in asks again, and the table never changes. */
const alternativesCache = new WeakMap<LanguageTable, Map<string, readonly Alternative[]>>();

function alternatives(word: string, table: LanguageTable): readonly Alternative[] {
  let cache = alternativesCache.get(table);
  if (!cache) {
    cache = new Map();
    alternativesCache.set(table, cache);
  }
  const hit = cache.get(word);
  if (hit) return hit;
  const out: Alternative[] = [];
  for (const l of lemmas(word, table.known)) {
    for (const s of table.synonyms(l.base)) {
      const form = inflect(s, l.suffix);
      out.push({ w: form, c: table.count(form) || table.count(s), base: l.suffix === 's' ? s : form });
    }
  }
  cache.set(word, out);
  return out;
}
