// Cross-document alignment. A spun article often sits in the same corpus as its source or a sister report:
// sentences that share numbers and names with a sentence of another document say the same thing, so where
// their words differ, the rarer wording is the likely substitution and the other document's wording its original.
import type { Segmented } from '../core/types.js';
import { Anchors } from './anchors.js';
import { languageTable } from './table.js';
import { compare, readWords, Vocabulary, type Words } from './word-diff.js';

export interface Aligned {
  /** Absolute offsets in the document. */
  start: number;
  end: number;
  text: string;
  original: string;
  weight: number;
}

interface Sent {
  doc: string;
  /** The same document as a number (documents sharing an id are one document), for the pair loop. */
  docNo: number;
  para: number;
  /** The document's text and the sentence's absolute offsets in it. */
  source: string;
  start: number;
  end: number;
  /** The anchor posting lists the sentence is on, each once. */
  posted: number[][];
  words: Words | null;
  /** The figures of the sentence, read when it first meets a partner. */
  numbers?: string;
}

/** Shared anchors (numbers, names, topic words) a sentence pair needs before its words are compared. */
const MIN_ANCHORS = 3;
/** An anchor shared by more sentences than this (a year, the main company) says nothing about sameness. */
const MAX_POSTINGS = 40;

/** Suspects from aligned sentences, keyed by `${doc}\0${paragraph index}`. */
export function alignCorpus(docs: readonly Segmented[]): Map<string, Aligned[]> {
  const out = new Map<string, Aligned[]>();
  if (docs.length < 2) return out;
  const table = languageTable();
  const sents: Sent[] = [];
  const anchors = new Anchors(table);
  const docNos = new Map<string, number>();
  for (const { doc, paragraphs } of docs) {
    const docNo = docNos.get(doc.id) ?? docNos.size;
    docNos.set(doc.id, docNo);
    for (const p of paragraphs) {
      if (p.boilerplate) continue;
      for (const s of p.sentences) {
        // Post the sentence under each distinct anchor (a list ending in this id already has it), and take
        // the posts back when the sentence has too few anchors to ever pair.
        const id = sents.length;
        const posted: number[][] = [];
        for (const list of anchors.of(doc.text, s.start, s.end)) {
          if (list[list.length - 1] === id) continue;
          list.push(id);
          posted.push(list);
        }
        if (posted.length < MIN_ANCHORS) {
          for (const list of posted) list.pop();
          continue;
        }
        sents.push({ doc: doc.id, docNo, para: p.index, source: doc.text, start: s.start, end: s.end, posted, words: null });
      }
    }
  }
  const vocab = new Vocabulary(table);
  for (const [a, b] of candidates(sents)) {
    // A spinner swaps words and leaves the figures: two sentences whose figures differ ("£284 million" / "£248
    // million", a figure only one gives) are two writers' reports of one fact, and their wording differs freely.
    if (numbersOf(sents[a]!) !== numbersOf(sents[b]!)) continue;
    const [ab, ba] = compare(wordsFor(sents[a]!, vocab), wordsFor(sents[b]!, vocab), vocab);
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

/**
 * Pairs [a, b] (a < b) of sentences from different documents that share at least MIN_ANCHORS informative anchors,
 * in the order of their keys `${a}:${b}` as strings: the order hits are merged in, which decides which of two
 * overlapping hits a paragraph keeps. Counted per sentence in a typed array, as a map keyed by pair cost most.
 */
function candidates(sents: readonly Sent[]): Array<[number, number]> {
  const shared = new Int32Array(sents.length);
  const partners: number[] = [];
  const groups: Array<{ label: string; a: number; partners: number[] }> = [];
  for (let a = 0; a < sents.length; a++) {
    const sa = sents[a]!;
    for (const list of sa.posted) {
      if (list.length > MAX_POSTINGS) continue;
      // Lists hold ids in increasing order: only the partners after `a` count, as each pair is counted once.
      for (let k = list.length - 1; k >= 0; k--) {
        const b = list[k]!;
        if (b <= a) break;
        if (sents[b]!.docNo === sa.docNo) continue;
        if (shared[b] === 0) partners.push(b);
        shared[b]!++;
      }
    }
    const kept = partners.filter((b) => shared[b]! >= MIN_ANCHORS);
    for (const b of partners) shared[b] = 0;
    partners.length = 0;
    // "12:" sorts after "123:", as ':' follows the digits; within a group, b's decimal text sorts plainly.
    if (kept.length > 0) groups.push({ label: `${a}:`, a, partners: kept });
  }
  const out: Array<[number, number]> = [];
  for (const g of groups.sort((x, y) => (x.label < y.label ? -1 : 1))) {
    const labelled = g.partners.map((b) => ({ b, label: String(b) })).sort((x, y) => (x.label < y.label ? -1 : 1));
    for (const { b } of labelled) out.push([g.a, b]);
  }
  return out;
}

/** The sentence's figures, in order, as one key; read on the first comparison. */
function numbersOf(s: Sent): string {
  s.numbers ??= (s.source.slice(s.start, s.end).match(/\d+(?:[.,]\d+)*/g) ?? []).join(' ');
  return s.numbers;
}

/** Read on the first comparison: most sentences never meet a partner. */
function wordsFor(s: Sent, vocab: Vocabulary): Words {
  s.words ??= readWords(s.source, s.start, s.end, vocab);
  return s.words;
}
