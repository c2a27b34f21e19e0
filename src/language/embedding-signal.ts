// The embedding signal: a content word that does not fit the words around it or the paragraph's topic, where a
// more common WordNet synonym of it fits both clearly better in GloVe's vector space ("the two banks accorded to
// merge" → agreed, "the next report on speculates" → jobs, "the dollar attenuated" → weakened). It decides what the
// word-pair table cannot, pairs neither wording of which 2.6 million words of written English ever showed, and
// gives a second opinion on words the weaker signals (context, rare-synonym) suspect. A writer's rare word keeps to
// the topic ("narrative", "valuation" in a report on markets); a spinner's swap comes from some other sense of the
// original and drifts away from it.
import { contextModel, hashWord } from './context-model.js';
import type { Embeddings } from './embeddings.js';
import { inflect, lemmas } from './morphology.js';
import { variant } from './signals.js';
import type { LanguageTable } from './table.js';
import { BREAK_BEFORE, BySpelling, CAPITAL, QUOTED, SENTENCE_START, type Tokens } from './tokens.js';

export interface EmbeddingHit {
  start: number;
  end: number;
  text: string;
  original: string | null;
  weight: number;
}

/** Words either side that make up a word's local context. */
const WINDOW = 5;
/** Words either side whose association (stored-vector dot product) with the word and its synonym is compared. */
const NEAR = 2;
/** Written-corpus count from which a word is everyday vocabulary, never judged (as the context signal). */
const EVERYDAY = 500;

/** Closed-class words: they carry no topic, so they are left out of every context vector. */
const STOP = new Set(
  'the a an and or but of to in on at for with by from as is are was were be been being has have had do does did this that these those it its their his her they them he she we you i not no so than then there here which who whom what when where while also into over under about after before such more most many much some any each other only just very can could will would should may might must our your us him my me'.split(
    ' ',
  ),
);

/** What the signal measures for one word; the evidence is a fixed linear function of these (see `weigh`). */
export interface EmbeddingFeatures {
  /** Best synonym (by fit to the local context) among those GloVe ranks more frequent than the word. */
  synonym: string;
  /** Cosine of word and synonym with the local context (±WINDOW content words) and with the paragraph's other content words. */
  cosWord: number;
  cosSynonym: number;
  topicWord: number;
  topicSynonym: number;
  /** Mean stored-vector dot product with the ±NEAR neighbours: synonym minus word (GloVe's smoothed log co-occurrence). */
  association: number;
  /** log10 of GloVe rank, word over synonym. */
  rankRatio: number;
  /** log10 of the word's GloVe rank, and of its written-corpus count + 1. */
  logRank: number;
  logCount: number;
  /** 1 when the word-pair table has seen the word beside neither neighbour. */
  unseen: number;
}

/**
 * Logistic weights over the features, fit on the fit half of the tuning part of test/eval/garbled (ids whose last
 * digit is 0, 2, 4 or 8) with the clean seeds' words as further negatives, words no other signal explained.
 */
const COEF = {
  bias: -3.961,
  gain: 3.228,
  topicGain: 1.157,
  cosWord: -1.686,
  topicWord: -3.704,
  association: 0.251,
  rankRatio: -1.277,
  logRank: 0.117,
  logCount: 1.225,
  unseen: 0.484,
};

/** Probability from which a word is a suspect; its weight grows from 0 there to 1 at FULL. */
const FROM = 0.5;
const FULL = 0.9;

export function weigh(f: EmbeddingFeatures, coef = COEF): number {
  const z =
    coef.bias +
    coef.gain * (f.cosSynonym - f.cosWord) +
    coef.topicGain * (f.topicSynonym - f.topicWord) +
    coef.cosWord * f.cosWord +
    coef.topicWord * f.topicWord +
    coef.association * f.association +
    coef.rankRatio * f.rankRatio +
    coef.logRank * f.logRank +
    coef.logCount * f.logCount +
    coef.unseen * f.unseen;
  return 1 / (1 + Math.exp(-z));
}

/** Per paragraph: each token's vector index (-1 for stop words and unknown words) and the sum of their unit vectors. */
export interface Paragraph {
  ids: Int32Array;
  /** Each token's vector index, stop words included (-1 for unknown words): the association reads them too. */
  all: Int32Array;
  topic: Float64Array;
}

export function readParagraph(t: Tokens, emb: Embeddings): Paragraph {
  const ids = new Int32Array(t.length);
  const all = new Int32Array(t.length);
  const topic = new Float64Array(emb.dims);
  const known = vectorIndex(emb);
  for (let i = 0; i < t.length; i++) {
    const id = t.id[i]!;
    let code = known[id];
    if (code === undefined) {
      const w = t.lower[i]!;
      const k = emb.index(w);
      known[id] = code = k >= 0 && STOP.has(w) ? -2 - k : k;
    }
    // A stop word keeps its vector for the association only.
    const k = code <= -2 ? -2 - code : code;
    all[i] = k;
    ids[i] = code <= -2 ? -1 : k;
    if (code >= 0) emb.addUnit(code, topic);
  }
  return { ids, all, topic };
}

/**
 * Per vector table, by spelling id: the word's vector index, -1 without a vector, and -2 - index for a stop word
 * (which carries no topic but counts in the association).
 */
const vectorIndexes = new WeakMap<Embeddings, BySpelling<number>>();

function vectorIndex(emb: Embeddings): Array<number | undefined> {
  let byId = vectorIndexes.get(emb);
  if (!byId) vectorIndexes.set(emb, (byId = new BySpelling<number>()));
  return byId.current();
}

/** Reused vectors (every caller is synchronous): a feature read allocates nothing per word. */
const buffers: Float64Array[] = [];
function scratch(slot: number, dims: number): Float64Array {
  let b = buffers[slot];
  if (!b || b.length !== dims) buffers[slot] = b = new Float64Array(dims);
  else b.fill(0);
  return b;
}

function norm(v: Float64Array): number {
  let s = 0;
  for (const x of v) s += x * x;
  return Math.sqrt(s);
}

/** Synonyms GloVe ranks more frequent than the word, in the form the text used, by word; the tables never change. */
const candidatesByWord = new Map<string, ReadonlyArray<{ form: string; index: number }>>();

function synonymsOf(w: string, k: number, table: LanguageTable, emb: Embeddings): ReadonlyArray<{ form: string; index: number }> {
  const hit = candidatesByWord.get(w);
  if (hit) return hit;
  const rank = emb.rank(k);
  const out: Array<{ form: string; index: number }> = [];
  const seen = new Set<string>();
  for (const l of lemmas(w, table.known)) {
    for (const s of table.synonyms(l.base)) {
      const form = inflect(s, l.suffix);
      if (seen.has(form) || variant(form, w)) continue;
      seen.add(form);
      const x = emb.index(form);
      if (x >= 0 && emb.rank(x) < rank) out.push({ form, index: x });
    }
  }
  candidatesByWord.set(w, out);
  return out;
}

/** The sum of the unit vectors of the ±WINDOW content words around token `i` and its norm; null with fewer than two. */
function contextOf(t: Tokens, i: number, p: Paragraph, emb: Embeddings): { local: Float64Array; ln: number } | null {
  const local = scratch(0, emb.dims);
  let n = 0;
  for (let j = Math.max(0, i - WINDOW); j <= Math.min(t.length - 1, i + WINDOW); j++) {
    if (j === i || p.ids[j]! < 0) continue;
    emb.addUnit(p.ids[j]!, local);
    n++;
  }
  return n < 2 ? null : { local, ln: norm(local) };
}

/** The features of token `i`, or null when it is not judged (everyday, stop word, unknown, no context or no synonym). */
export function embeddingFeatures(t: Tokens, i: number, p: Paragraph, table: LanguageTable, emb: Embeddings): EmbeddingFeatures | null {
  const w = t.lower[i]!;
  const k = p.ids[i]!;
  if (k < 0 || STOP.has(w)) return null;
  const model = contextModel();
  const key = hashWord(w);
  const count = model.unigram(key);
  if (count >= EVERYDAY) return null;
  const candidates = synonymsOf(w, k, table, emb);
  if (candidates.length === 0) return null;
  const place = contextOf(t, i, p, emb);
  if (!place) return null;
  const { local, ln } = place;
  let best = candidates[0]!;
  let bestCos = -Infinity;
  for (const c of candidates) {
    const cos = emb.cosine(c.index, local, ln);
    // Candidates are in sorted order, so the first of equal fits wins: deterministic.
    if (cos > bestCos) {
      best = c;
      bestCos = cos;
    }
  }
  const topic = scratch(1, emb.dims);
  topic.set(p.topic);
  emb.addUnit(k, topic, -1);
  const tn = norm(topic);
  // Mean association with the ±NEAR words (stop words included: GloVe counted them too).
  const assoc = (x: number) => {
    let sum = 0;
    let m = 0;
    for (let j = Math.max(0, i - NEAR); j <= Math.min(t.length - 1, i + NEAR); j++) {
      const y = j === i ? -1 : p.all[j]!;
      if (y < 0) continue;
      sum += emb.dot(x, y);
      m++;
    }
    return m === 0 ? 0 : sum / m;
  };
  const rank = emb.rank(k);
  const f = t.flags[i]!;
  const prev = i > 0 && !(f & (BREAK_BEFORE | SENTENCE_START)) && !(t.flags[i - 1]! & CAPITAL) ? t.lower[i - 1]! : null;
  const next = i + 1 < t.length && !(t.flags[i + 1]! & BREAK_BEFORE) && !(t.flags[i + 1]! & CAPITAL) ? t.lower[i + 1]! : null;
  const seenBefore = prev !== null && model.bigram(hashWord(prev), key) > 0;
  const seenAfter = next !== null && model.bigram(key, hashWord(next)) > 0;
  return {
    synonym: best.form,
    cosWord: emb.cosine(k, local, ln),
    cosSynonym: bestCos,
    topicWord: emb.cosine(k, topic, tn),
    topicSynonym: emb.cosine(best.index, topic, tn),
    association: assoc(best.index) - assoc(k),
    rankRatio: Math.log10(rank / emb.rank(best.index)),
    logRank: Math.log10(rank),
    logCount: Math.log10(count + 1),
    unseen: (prev !== null || next !== null) && !seenBefore && !seenAfter ? 1 : 0,
  };
}

/** Token `i` as a suspect: weight 0–1 from the fitted probability, the best-fitting synonym its likely original. */
export function embeddingSwap(t: Tokens, i: number, p: Paragraph, table: LanguageTable, emb: Embeddings): EmbeddingHit | null {
  if (t.flags[i]! & QUOTED) return null;
  const f = embeddingFeatures(t, i, p, table, emb);
  if (!f) return null;
  const prob = weigh(f);
  if (prob < FROM) return null;
  const weight = Math.round(Math.min(1, (prob - FROM) / (FULL - FROM)) * 1000) / 1000;
  if (weight <= 0) return null;
  return { start: t.start[i]!, end: t.end[i]!, text: t.text[i]!, original: f.synonym, weight };
}

/**
 * How much better `other` fits token `i`'s place than the token does: the gain in cosine with the local context plus
 * the gain with the paragraph's topic (negative when the word as written fits better), or null when either word
 * has no vector or the place has too little context.
 */
export function fitGain(t: Tokens, i: number, p: Paragraph, emb: Embeddings, other: string): number | null {
  const k = p.ids[i]!;
  const o = emb.index(other);
  if (k < 0 || o < 0) return null;
  const place = contextOf(t, i, p, emb);
  if (!place) return null;
  const { local, ln } = place;
  const topic = scratch(1, emb.dims);
  topic.set(p.topic);
  emb.addUnit(k, topic, -1);
  const tn = norm(topic);
  return emb.cosine(o, local, ln) - emb.cosine(k, local, ln) + (emb.cosine(o, topic, tn) - emb.cosine(k, topic, tn));
}
