// Cross-document alignment. A spun article often sits in the same corpus as its source or a sister report:
// sentences that share numbers and names with a sentence of another document say the same thing, so where
// their words differ, the rarer wording is the likely substitution and the other document's wording its original.
import type { Segmented } from '../core/types.js';
import { lemmas } from './morphology.js';
import { variant } from './signals.js';
import { languageTable, type LanguageTable } from './table.js';
import { spellingGeneration, spellingId, spellingOf } from './tokens.js';

export interface Aligned {
  /** Absolute offsets in the document. */
  start: number;
  end: number;
  text: string;
  original: string;
  weight: number;
}

interface SentWord {
  start: number;
  end: number;
  lower: string;
  text: string;
}

interface Sent {
  doc: string;
  para: number;
  start: number;
  text: string;
  /** Filled on first comparison: most sentences never meet a partner. */
  words: SentWord[] | null;
}

/** Shared anchors (numbers, names, topic words) a sentence pair needs before its words are compared. */
const MIN_ANCHORS = 3;
/** Share of the shorter sentence's words that must line up before two sentences count as the same statement. */
const MIN_OVERLAP = 0.5;
/** An anchor shared by more sentences than this (a year, the main company) says nothing about sameness. */
const MAX_POSTINGS = 40;
const MAX_GAP = 3;
/** The suspect side's rarest word must be below this count, and the other side this many times more common. */
const RARE_SIDE = 2000;
const RATIO = 3;

/** Suspects from aligned sentences, keyed by `${doc}\0${paragraph index}`. */
export function alignCorpus(docs: readonly Segmented[]): Map<string, Aligned[]> {
  const out = new Map<string, Aligned[]>();
  if (docs.length < 2) return out;
  const table = languageTable();
  const sents: Sent[] = [];
  const postings = new Map<string, number[]>();
  for (const { doc, paragraphs } of docs) {
    for (const p of paragraphs) {
      if (p.boilerplate) continue;
      for (const s of p.sentences) {
        const text = doc.text.slice(s.start, s.end);
        // Post the sentence under each distinct anchor (a list ending in this id already has it), and take
        // the posts back when the sentence has too few anchors to ever pair.
        const id = sents.length;
        const touched: number[][] = [];
        for (const a of anchorsOf(text, table)) {
          let list = postings.get(a);
          if (!list) {
            list = [];
            postings.set(a, list);
          }
          if (list[list.length - 1] === id) continue;
          list.push(id);
          touched.push(list);
        }
        if (touched.length < MIN_ANCHORS) {
          for (const list of touched) list.pop();
          continue;
        }
        sents.push({ doc: doc.id, para: p.index, start: s.start, text, words: null });
      }
    }
  }
  const shared = new Map<string, number>();
  for (const list of postings.values()) {
    if (list.length > MAX_POSTINGS) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (sents[a]!.doc === sents[b]!.doc) continue;
        const key = `${a}:${b}`;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  for (const [key, n] of [...shared].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (n < MIN_ANCHORS) continue;
    const [a, b] = key.split(':').map(Number) as [number, number];
    const ab = differences(sents[a]!, sents[b]!, table);
    const ba = differences(sents[b]!, sents[a]!, table);
    // Both sides of a pair have rarer words somewhere; the spun side is the one with clearly more of them.
    if (ab.length === ba.length) continue;
    const [x, hits] = ab.length > ba.length ? [sents[a]!, ab] : [sents[b]!, ba];
    const k = `${x.doc}\u0000${x.para}`;
    const list = out.get(k) ?? [];
    for (const hit of hits) if (!list.some((h) => h.start < hit.end && hit.start < h.end)) list.push(hit);
    out.set(k, list);
  }
  return out;
}

/** Letters, digits and the underscore: what a regular expression's \w and \b count as a word. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Topic verdicts by spelling id (see tokens.ts); the table never changes within a process. */
let topical: Array<boolean | undefined> = [];
let topicalGeneration = -1;

/** Topic words: long and uncommon enough that two sentences sharing several say the same thing. */
const TOPIC_LENGTH = 5;
const TOPIC_MAX_COUNT = 20000;

/** Reused by every call of anchorsOf: read before the next call. */
const anchorBuffer: string[] = [];

/** Numbers, capitalised names not at the start of the sentence, and topic words a spinner tends to keep (with repeats). */
function anchorsOf(text: string, table: LanguageTable): string[] {
  const out = anchorBuffer;
  out.length = 0;
  // Topic words: whole runs of word characters (as \w counts them) made of lower-case letters only.
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let lower = true;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) continue;
      if (!isWordChar(c)) break;
      lower = false;
    }
    if (lower && i - start >= TOPIC_LENGTH) {
      const id = spellingId(text, start, i);
      if (topicalGeneration !== spellingGeneration()) {
        topical = [];
        topicalGeneration = spellingGeneration();
      }
      let topic = topical[id];
      if (topic === undefined) {
        topic = table.count(spellingOf(id)) < TOPIC_MAX_COUNT;
        topical[id] = topic;
      }
      if (topic) out.push(spellingOf(id));
    }
  }
  // Numbers (a digit, then digits and separators) and names (a capital, then letters). The two never share a
  // character, so one left-to-right pass finds exactly what two separate scans would.
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      const start = i;
      let lastDigit = i;
      let comma = false;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d >= 48 && d <= 57) lastDigit = i;
        else if (d === 44) comma = true;
        else if (d !== 46) break;
      }
      // Trailing separators are punctuation, and thousands separators are not part of the value.
      const number = text.slice(start, lastDigit + 1);
      out.push(comma ? number.replace(/,/g, '') : number);
    } else if (c >= 65 && c <= 90 && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
      const start = i;
      for (i += 2; i < n && isLetter(text.charCodeAt(i)); i++);
      if (start > 2) out.push(text.slice(start, i).toLowerCase());
    } else i++;
  }
  return out;
}

function wordsOf(text: string, offset: number): SentWord[] {
  return [...text.matchAll(/[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*/g)].map((m) => ({
    start: offset + (m.index ?? 0),
    end: offset + (m.index ?? 0) + m[0].length,
    lower: m[0].toLowerCase().replace(/’/g, "'"),
    text: m[0],
  }));
}

function wordsFor(s: Sent): SentWord[] {
  const words = s.words ?? wordsOf(s.text, s.start);
  s.words = words;
  return words;
}

/** Word runs of `x` that differ from the aligned run of `y`, where `y` uses the more common wording. */
function differences(sx: Sent, sy: Sent, table: LanguageTable): Aligned[] {
  const x = { words: wordsFor(sx) };
  const y = { words: wordsFor(sy) };
  const pairs = lcs(x.words.map((w) => w.lower), y.words.map((w) => w.lower));
  if (pairs.length < MIN_OVERLAP * Math.min(x.words.length, y.words.length) || pairs.length < 4) return [];
  const out: Aligned[] = [];
  let pi = -1;
  let pj = -1;
  for (const [i, j] of [...pairs, [x.words.length, y.words.length] as [number, number]]) {
    const gx = x.words.slice(pi + 1, i);
    const gy = y.words.slice(pj + 1, j);
    const opened = pi >= 0;
    pi = i;
    pj = j;
    // Only gaps closed on both sides by matching words: an open end is a different sentence, not a swap.
    if (!opened || i === x.words.length || !gx.length || !gy.length || gx.length > MAX_GAP || gy.length > MAX_GAP) continue;
    if (gx.some((w) => /\d/.test(w.lower)) || gy.some((w) => /\d/.test(w.lower))) continue;
    if (gx.length === 1 && gy.length === 1 && variant(gx[0]!.lower, gy[0]!.lower)) continue;
    const cx = Math.min(...gx.map((w) => table.count(w.lower)));
    const cy = Math.min(...gy.map((w) => table.count(w.lower)));
    // Only the rarer side is suspect, and only when it is uncommon: the source keeps the everyday wording.
    const swap = gx.length === 1 && gy.length === 1 && synonymous(gx[0]!.lower, gy[0]!.lower, table);
    if (cx >= RARE_SIDE || cy < (swap ? RATIO : 2 * RATIO) * (cx + 1)) continue;
    const first = gx[0]!;
    const last = gx[gx.length - 1]!;
    out.push({
      start: first.start,
      end: last.end,
      text: gx.map((w) => w.text).join(' '),
      original: gy.map((w) => w.text).join(' '),
      weight: swap ? 0.9 : 0.5,
    });
  }
  return out;
}

/** Index pairs of a longest common subsequence (words are short lists; quadratic is fine). */
function lcs(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const dp = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * (m + 1) + j] = a[i] === b[j] ? dp[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(dp[(i + 1) * (m + 1) + j]!, dp[i * (m + 1) + j + 1]!);
    }
  }
  const out: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push([i, j]);
      i++;
      j++;
    } else if (dp[(i + 1) * (m + 1) + j]! >= dp[i * (m + 1) + j + 1]!) i++;
    else j++;
  }
  return out;
}

/** True when WordNet lists the two words (in any inflection) in one synset. */
function synonymous(a: string, b: string, table: LanguageTable): boolean {
  const bs = new Set(lemmas(b, table.known).map((l) => l.base));
  return lemmas(a, table.known).some((l) => table.synonyms(l.base).some((s) => bs.has(s)));
}
