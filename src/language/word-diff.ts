// Word-level comparison of two sentences that say the same thing (see align.ts): a longest common subsequence
// of their words, and the gaps where one side uses a rarer wording than the other, its likely substitution.
import type { Aligned } from './align.js';
import { lemmas } from './morphology.js';
import { variant } from './signals.js';
import type { LanguageTable } from './table.js';
import { lowerOf, spellingGeneration, spellingId, spellingOf } from './tokens.js';

/** A sentence's words as the comparison reads them (runs of letters and digits joined by hyphens or apostrophes). */
export interface Words {
  /** Vocabulary id of each word's lower-case form: comparing ids is what the diff does per cell. */
  ids: Int32Array;
  /** Absolute offsets. */
  start: Int32Array;
  end: Int32Array;
  text: string[];
  /** Lower-cased, curly apostrophes made straight. */
  lower: string[];
}

/** Share of the shorter sentence's words that must line up before two sentences count as the same statement. */
const MIN_OVERLAP = 0.5;
const MAX_GAP = 3;
/**
 * Sentences longer than this (in words) are not compared: that is a list or a missed sentence break, not a
 * statement, and the comparison table grows with the product of the two lengths (the longest sentence of the
 * seeds and the benchmark corpus has 61 words).
 */
const MAX_WORDS = 150;
/** The suspect side's rarest word must be below this count, and the other side this many times more common. */
const RARE_SIDE = 2000;
const RATIO = 3;

/** Lower-case word → small integer for one alignment run, found through the interned spelling. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private bySpelling: number[] = [];
  private generation = -1;
  /** Scratch for the overlap bound, indexed by id; all zero between calls. */
  tally = new Int32Array(1024);
  constructor(readonly table: LanguageTable) {}

  /** The id of the lower-case form of the interned spelling `spelling` (valid in the current generation). */
  id(spelling: number): number {
    if (this.generation !== spellingGeneration()) {
      this.bySpelling = [];
      this.generation = spellingGeneration();
    }
    let id = this.bySpelling[spelling];
    if (id === undefined) {
      const lower = lowerOf(spelling);
      id = this.ids.get(lower);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(lower, id);
        if (id >= this.tally.length) {
          const grown = new Int32Array(this.tally.length * 2);
          grown.set(this.tally);
          this.tally = grown;
        }
      }
      this.bySpelling[spelling] = id;
    }
    return id;
  }
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Reused by every call of wordsFor, which copies what it found. */
const wordStarts: number[] = [];
const wordEnds: number[] = [];

/** The words /[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*\/g finds in text[from, to), scanned without a match object each. */
export function readWords(text: string, from: number, to: number, vocab: Vocabulary): Words {
  wordStarts.length = 0;
  wordEnds.length = 0;
  for (let i = from; i < to; ) {
    if (!isAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < to && isAlnum(text.charCodeAt(i))) i++;
      const c = text.charCodeAt(i);
      if (i + 1 < to && (c === 45 || c === 39 || c === 0x2019) && isAlnum(text.charCodeAt(i + 1))) i++;
      else break;
    }
    wordStarts.push(start);
    wordEnds.push(i);
  }
  const n = wordStarts.length;
  const words: Words = { ids: new Int32Array(n), start: Int32Array.from(wordStarts), end: Int32Array.from(wordEnds), text: [], lower: [] };
  for (let k = 0; k < n; k++) {
    const spelling = spellingId(text, wordStarts[k]!, wordEnds[k]!);
    words.ids[k] = vocab.id(spelling);
    words.text.push(spellingOf(spelling));
    words.lower.push(lowerOf(spelling));
  }
  return words;
}

const NONE: [Aligned[], Aligned[]] = [[], []];

/**
 * The differences of a pair read both ways: [a's suspects against b, b's suspects against a]. One table of
 * common-subsequence lengths serves both directions (it is symmetric), and the cheap cases come first: identical
 * wording (most pairs in a corpus of near-copies) and pairs whose shared words cannot reach the overlap needed.
 */
export function compare(wa: Words, wb: Words, vocab: Vocabulary): [Aligned[], Aligned[]] {
  const a = wa.ids;
  const b = wb.ids;
  const n = a.length;
  const m = b.length;
  // Equal word lists line up word for word: no gap, so nothing differs either way.
  let p = 0;
  while (p < n && p < m && a[p] === b[p]) p++;
  if (p === n && p === m) return NONE;
  if (n > MAX_WORDS || m > MAX_WORDS) return NONE;
  const needed = Math.max(4, MIN_OVERLAP * Math.min(n, m));
  if (sharedWords(a, b, vocab.tally) < needed) return NONE;
  const dp = lengths(a, b, p);
  const w = m - p + 1;
  if (dp[0]! + p < needed) return NONE;
  return [
    differences(wa, wb, trace(a, b, p, dp, w, false), vocab.table),
    differences(wb, wa, trace(a, b, p, dp, w, true), vocab.table),
  ];
}

/** Words the two lists have in common, counted with repeats: an upper bound of their common subsequence. */
function sharedWords(a: Int32Array, b: Int32Array, tally: Int32Array): number {
  for (let i = 0; i < a.length; i++) tally[a[i]!]!++;
  let shared = 0;
  for (let j = 0; j < b.length; j++) {
    const id = b[j]!;
    if (tally[id]! > 0) {
      tally[id]!--;
      shared++;
    }
  }
  for (let i = 0; i < a.length; i++) tally[a[i]!] = 0;
  return shared;
}

/** Reused by every call of `lengths`: one pair's lengths are read before the next pair is compared. */
let cells = new Uint16Array(4096);

/**
 * Common-subsequence lengths of a[i…] and b[j…] for i, j ≥ p, at (i - p) * w + (j - p) with w = m - p + 1. A
 * shared prefix is matched word for word by the trace anyway, so the table starts after it.
 */
function lengths(a: Int32Array, b: Int32Array, p: number): Uint16Array {
  const n = a.length - p;
  const m = b.length - p;
  const w = m + 1;
  const size = (n + 1) * w;
  if (size > cells.length) cells = new Uint16Array(Math.max(size, cells.length * 2));
  const dp = cells;
  dp.fill(0, n * w, size);
  for (let i = n - 1; i >= 0; i--) {
    const row = i * w;
    const x = a[p + i];
    dp[row + m] = 0;
    for (let j = m - 1; j >= 0; j--) {
      dp[row + j] = x === b[p + j] ? dp[row + w + j + 1]! + 1 : Math.max(dp[row + w + j]!, dp[row + j + 1]!);
    }
  }
  return dp;
}

/** Reused by every call of `trace`: read before the next call. */
const matched: number[] = [];

/**
 * Index pairs of one longest common subsequence, flat ([i0, j0, i1, j1, …]), read greedily from the start: a
 * match is taken where the words are equal; otherwise the side whose skip keeps the longer remainder moves (ties
 * move `a`'s side, or `b`'s when `swapped`, in which case the pairs are given as [index in b, index in a]). This is
 * the subsequence a table built for (b, a) would give, so both directions share one table.
 */
function trace(a: Int32Array, b: Int32Array, p: number, dp: Uint16Array, w: number, swapped: boolean): number[] {
  const out = matched;
  out.length = 0;
  for (let k = 0; k < p; k++) out.push(k, k);
  const n = a.length;
  const m = b.length;
  let i = p;
  let j = p;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      if (swapped) out.push(j, i);
      else out.push(i, j);
      i++;
      j++;
      continue;
    }
    const skipA = dp[(i + 1 - p) * w + (j - p)]!;
    const skipB = dp[(i - p) * w + (j + 1 - p)]!;
    if (swapped ? skipB >= skipA : skipA >= skipB) {
      if (swapped) j++;
      else i++;
    } else if (swapped) i++;
    else j++;
  }
  return out;
}

/** Word runs of `x` that differ from the aligned run of `y`, where `y` uses the more common wording. */
function differences(x: Words, y: Words, pairs: readonly number[], table: LanguageTable): Aligned[] {
  const out: Aligned[] = [];
  const nx = x.ids.length;
  const ny = y.ids.length;
  let pi = -1;
  let pj = -1;
  for (let k = 0; k <= pairs.length; k += 2) {
    const i = k < pairs.length ? pairs[k]! : nx;
    const j = k < pairs.length ? pairs[k + 1]! : ny;
    const opened = pi >= 0;
    // The gaps: x's words fromX … i - 1 against y's words fromY … j - 1.
    const fromX = pi + 1;
    const fromY = pj + 1;
    pi = i;
    pj = j;
    const gx = i - fromX;
    const gy = j - fromY;
    // Only gaps closed on both sides by matching words: an open end is a different sentence, not a swap.
    if (!opened || i === nx || gx <= 0 || gy <= 0 || gx > MAX_GAP || gy > MAX_GAP) continue;
    if (anyDigit(x.lower, fromX, i) || anyDigit(y.lower, fromY, j)) continue;
    // A spinner swaps a word or phrase for one of about its length ("share price" → "proportion value"); three words
    // against one ("the Indian analytics software market" / "the cloud market") is another description, not a swap.
    if (Math.abs(gx - gy) > 1) continue;
    if (gx === 1 && gy === 1 && variant(x.lower[fromX]!, y.lower[fromY]!)) continue;
    const cx = rarest(x.lower, fromX, i, table);
    const cy = rarest(y.lower, fromY, j, table);
    // Only the rarer side is suspect, and only when it is uncommon: the source keeps the everyday wording.
    const swap = gx === 1 && gy === 1 && synonymous(x.lower[fromX]!, y.lower[fromY]!, table);
    if (cx >= RARE_SIDE || cy < (swap ? RATIO : 2 * RATIO) * (cx + 1)) continue;
    out.push({
      start: x.start[fromX]!,
      end: x.end[i - 1]!,
      text: x.text.slice(fromX, i).join(' '),
      original: y.text.slice(fromY, j).join(' '),
      weight: swap ? 0.9 : 0.5,
    });
  }
  return out;
}

function anyDigit(words: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/\d/.test(words[k]!)) return true;
  return false;
}

/** The lowest count among the words. */
function rarest(words: readonly string[], from: number, to: number, table: LanguageTable): number {
  let min = Infinity;
  for (let k = from; k < to; k++) min = Math.min(min, table.count(words[k]!));
  return min;
}

/** True when WordNet lists the two words (in any inflection) in one synset. */
function synonymous(a: string, b: string, table: LanguageTable): boolean {
  const bs = new Set(lemmas(b, table.known).map((l) => l.base));
  return lemmas(a, table.known).some((l) => table.synonyms(l.base).some((s) => bs.has(s)));
}
