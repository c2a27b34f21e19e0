// The context signal: a word its neighbours almost never stand beside, where a synonym of it is what written
// English puts there ("household uprights" → goods, "a belittled office" → small, "fell shrewdly" → sharply).
// A spinner swaps words without reading them, so the swapped word loses the company the original kept; a
// writer's unusual word usually keeps some of it, or no synonym fits the neighbours better.
import { hashWord, type ContextModel } from './context-model.js';
import { inflect, lemmas } from './morphology.js';
import { variant } from './signals.js';
import type { LanguageTable } from './table.js';
import { BREAK_BEFORE, BySpelling, CAPITAL, SENTENCE_START, type Tokens } from './tokens.js';

export interface ContextHit {
  start: number;
  end: number;
  text: string;
  original: string | null;
  weight: number;
}

/** Share of the neighbour estimate taken from pair counts; the rest backs off to the plain word frequency. */
const LAMBDA = 0.8;
/** The synonym must fit the neighbours this many times better than the word, beyond what frequency explains. */
const CONTEXT_GAIN = 3;
/** log10 of the likelihood ratio (synonym over word) below which there is no evidence ... */
const MARGIN = 2;
/** ... and how far above it the evidence reaches full weight. */
const SPAN = 2;
/**
 * Written-corpus count from which a word is everyday vocabulary, never judged: spinners pick from the long tail,
 * and an everyday word's unseen pairs in a 2.5M-word corpus are the corpus's gaps (tuning recall is the same).
 */
const EVERYDAY = 500;
/**
 * Written count from which an unseen pair must also be a surprise (see `contextSwap`). Below it the word is rare
 * enough that its rarity beside a synonym that fits is the evidence. Set on the tuning part: at 10 the clean
 * tuning, topic and seed paragraphs scoring ≥ 0.4 went from 9 to 3.
 */
const SURPRISE_FROM = 10;

/** Closed-class and light words: their neighbours say nothing about a swap. */
const LIGHT = new Set(
  'about above across after against along also among and are around away back been before behind being below between beyond but down during for from here into its his her like more most near nor not off onto our out over past since such than that the their then there these this those through till too toward towards under until upon very was were what when where which while who whom whose with within without yet your'.split(' '),
);

/**
 * Magnitudes and units of time are figures, not wording: "billion" for million or "seconds" for minutes is a wrong
 * number, which context cannot judge ("in twenty seconds" is no swap because "twenty minutes" is commoner).
 */
const MAGNITUDES = new Set(
  'hundred hundreds thousand thousands million millions billion billions trillion trillions zillion zillions bazillion gazillion dozen dozens second seconds minute minutes hour hours day days week weeks month months year years decade decades'.split(
    ' ',
  ),
);

/** What the signal needs to know about one spelling, looked up once per process. */
interface Word {
  key: number;
  count: number;
  light: boolean;
  /** One or two letters ("a", "an", "to"): as little telling a neighbour as a light word. */
  short: boolean;
  /** Number of the WordNet base form ("fixes" → fix), for telling a repeated term. */
  base: number;
  /** Synonyms in the written form, with their keys and counts; filled on first need. */
  synonyms: Synonym[] | null;
}

interface Synonym {
  form: string;
  key: number;
  count: number;
}

/** By spelling id (see tokens.ts); reset when the spellings are. */
const wordsById = new BySpelling<Word>();
/** Base forms by number, interned once per process. */
const bases = new Map<string, number>();

function wordAt(t: Tokens, i: number, table: LanguageTable, model: ContextModel): Word {
  const words = wordsById.current();
  const id = t.id[i]!;
  let f = words[id];
  if (f === undefined) {
    const w = t.lower[i]!;
    const key = hashWord(w);
    const base = lemmas(w, table.known)[0]?.base ?? w;
    let b = bases.get(base);
    if (b === undefined) bases.set(base, (b = bases.size));
    f = { key, count: model.unigram(key), light: LIGHT.has(w), short: w.length < 3, base: b, synonyms: null };
    words[id] = f;
  }
  return f;
}

function synonymsOf(word: string, table: LanguageTable, model: ContextModel): Synonym[] {
  const seen = new Set<string>();
  for (const l of lemmas(word, table.known)) {
    for (const s of table.synonyms(l.base)) {
      const form = inflect(s, l.suffix);
      // Same stem ("centre"/"center", "older"/"old") is an inflection or a spelling, not a swap.
      if (form.startsWith(word.slice(0, 4)) || word.startsWith(form) || variant(form, word)) continue;
      if (MAGNITUDES.has(form) && MAGNITUDES.has(word)) continue;
      seen.add(form);
    }
  }
  return [...seen].sort().map((form) => {
    const key = hashWord(form);
    return { form, key, count: model.unigram(key) };
  });
}

/** Per base form, the last paragraph it was seen in and whether twice; reused, so nothing is allocated per paragraph. */
let seenIn = new Int32Array(1024);
let twiceIn = new Int32Array(1024);
let paragraph = 0;

/**
 * Marks, by token, the words whose base form the text uses more than once ("fix" … "fixes"): a text's own terms,
 * which a random swap would not have repeated. `judged` says which tokens count. Valid until the next call.
 */
export function repeatedTerms(t: Tokens, judged: (i: number) => boolean, table: LanguageTable, model: ContextModel): (i: number) => boolean {
  paragraph++;
  const p = paragraph;
  for (let i = 0; i < t.length; i++) {
    if (!judged(i)) continue;
    const b = wordAt(t, i, table, model).base;
    if (b >= seenIn.length) {
      const grow = (a: Int32Array) => {
        const x = new Int32Array(Math.max(b + 1, a.length * 2));
        x.set(a);
        return x;
      };
      seenIn = grow(seenIn);
      twiceIn = grow(twiceIn);
    }
    if (seenIn[b] === p) twiceIn[b] = p;
    else seenIn[b] = p;
  }
  return (i) => twiceIn[wordAt(t, i, table, model).base] === p;
}

/**
 * A neighbour that says which sense a slot wants: not a light word or a one- or two-letter one. "placed an" or
 * "cheering the" fit as well as "posted an" and "urging the", so a synonym attested only beside such a word is
 * evidence of a swap but no guide to the original (81 % right on the tuning spins, 88 % with a telling neighbour).
 */
function telling(x: Word | null): boolean {
  return x !== null && !x.light && !x.short;
}

/** Token `j` as a neighbour worth reading (a lower-case word the corpus knows), or null. */
function neighbour(t: Tokens, j: number, table: LanguageTable, model: ContextModel): Word | null {
  if (t.flags[j]! & CAPITAL) return null;
  const f = wordAt(t, j, table, model);
  return f.count > 0 ? f : null;
}

/** The neighbours of token `i` worth reading, or null when it has none. */
function neighbours(t: Tokens, i: number, table: LanguageTable, model: ContextModel): { prev: Word | null; next: Word | null } | null {
  const f = t.flags[i]!;
  const prev = i > 0 && !(f & (BREAK_BEFORE | SENTENCE_START)) ? neighbour(t, i - 1, table, model) : null;
  const next = i + 1 < t.length && !(t.flags[i + 1]! & BREAK_BEFORE) ? neighbour(t, i + 1, table, model) : null;
  return prev === null && next === null ? null : { prev, next };
}

/**
 * Token `i` when the corpus never shows it beside its neighbours (the words either side, joined by white space)
 * and a synonym fits them far better: the likelihood ratio of synonym over word, P(x | before) · P(after | x)
 * from pair counts interpolated with word counts, above 10^MARGIN, and the synonym's fit CONTEXT_GAIN times
 * what its frequency alone predicts. Weight 0–1, growing with the ratio; for a word of SURPRISE_FROM or more
 * written occurrences, scaled by how surprising the unseen pair is (see below).
 */
export function contextSwap(t: Tokens, i: number, table: LanguageTable, model: ContextModel): ContextHit | null {
  const w = wordAt(t, i, table, model);
  if (w.light || w.count >= EVERYDAY) return null;
  const around = neighbours(t, i, table, model);
  if (around === null) return null;
  const { prev, next } = around;
  // A pair the corpus has seen is company the word keeps: no evidence, however well a synonym fits.
  if ((prev !== null && model.bigram(prev.key, w.key) > 0) || (next !== null && model.bigram(w.key, next.key) > 0)) return null;
  const list = w.synonyms ?? (w.synonyms = synonymsOf(t.lower[i]!, table, model));
  if (list.length === 0) return null;
  // fit(x) = P(x | before) · P(after | x), each interpolated with plain frequencies; the word's own pairs are
  // unseen, so its fit is the back-off alone.
  const n = model.tokens;
  const uw = w.count + 0.5;
  const backBefore = prev === null ? 0 : (1 - LAMBDA) / n;
  const backAfter = next === null ? 0 : ((1 - LAMBDA) * next.count) / n;
  const own = (prev === null ? uw / n : backBefore * uw) * (next === null ? 1 : backAfter);
  let best: string | null = null;
  let ratio = 0;
  let expected = 0;
  let sure = false;
  for (const s of list) {
    const before = prev === null ? 0 : model.bigram(prev.key, s.key);
    const after = next === null ? 0 : model.bigram(s.key, next.key);
    // Without an attested pair a synonym fits only as well as its frequency predicts: never CONTEXT_GAIN better.
    if (before === 0 && after === 0) continue;
    const us = s.count + 0.5;
    const fit = (prev === null ? us / n : (LAMBDA * before) / prev.count + backBefore * us) * (next === null ? 1 : (LAMBDA * after) / us + backAfter);
    const r = fit / own;
    if (r * (uw / us) < CONTEXT_GAIN) continue;
    // Synonyms are sorted, so the first of equal ratios wins: deterministic.
    if (r > ratio) {
      ratio = r;
      best = s.form;
      // How often the word's own pair would have been seen had it kept the synonym's company: the share of
      // the synonym's occurrences beside this neighbour, times the word's count.
      expected = Math.max(prev === null ? 0 : (before / s.count) * w.count, next === null ? 0 : (after / s.count) * w.count);
      sure = (before > 0 && telling(prev)) || (after > 0 && telling(next));
    }
  }
  if (best === null) return null;
  // A rare word's unseen pairs are its rarity, which is the spinner's mark; a word written English uses often
  // enough that the pair was due to be seen ("will hire": "will take" precedes 4 % of "take", "hire" occurs 42
  // times) is evidence only as far as the unseen pair is a surprise, P(seen at least once) = 1 − e^−expected.
  const surprise = w.count >= SURPRISE_FROM ? 1 - Math.exp(-expected) : 1;
  const weight = Math.round(Math.min(1, (Math.log10(ratio) - MARGIN) / SPAN) * surprise * 1000) / 1000;
  if (weight <= 0) return null;
  return { start: t.start[i]!, end: t.end[i]!, text: t.text[i]!, original: sure ? best : null, weight };
}

/**
 * The synonym of token `i` its neighbours fit best, among those the corpus shows beside a telling one, or null:
 * the likely original of a word another signal suspects. A spinner draws from every sense, so the most common
 * synonym is often the wrong one ("departed" → asleep, where the writer had "started"); the one the context
 * expects is more often right.
 */
export function contextOriginal(t: Tokens, i: number, table: LanguageTable, model: ContextModel): string | null {
  const w = wordAt(t, i, table, model);
  const around = neighbours(t, i, table, model);
  if (around === null) return null;
  const { prev, next } = around;
  const list = w.synonyms ?? (w.synonyms = synonymsOf(t.lower[i]!, table, model));
  const n = model.tokens;
  let best: string | null = null;
  let bestFit = 0;
  for (const s of list) {
    const before = prev === null ? 0 : model.bigram(prev.key, s.key);
    const after = next === null ? 0 : model.bigram(s.key, next.key);
    if (before === 0 && after === 0) continue;
    if (!((before > 0 && telling(prev)) || (after > 0 && telling(next)))) continue;
    const us = s.count + 0.5;
    const fit =
      (prev === null ? us / n : (LAMBDA * before) / prev.count + ((1 - LAMBDA) * us) / n) *
      (next === null ? 1 : (LAMBDA * after) / us + ((1 - LAMBDA) * next.count) / n);
    if (fit > bestFit) {
      bestFit = fit;
      best = s.form;
    }
  }
  return best;
}
