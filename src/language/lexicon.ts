// The spin lexicon (rules/data/spin.yaml) compiled once into phrases indexed by their first word, so a
// paragraph is scanned in one pass over its words however many pairs the file holds.
import type { DataFiles } from '../config/data/index.js';

export interface LexiconHit {
  start: number;
  end: number;
  text: string;
  original: string;
  weight: number;
}

export interface Lexicon {
  /** Pairs found in `text`, longest first at each word, minus those whose context makes them legitimate. */
  find(text: string, words?: readonly Word[]): LexiconHit[];
  /** Ranges of allow-listed phrases, inside which nothing counts as spun. */
  allowed(text: string, words?: readonly Word[]): Array<[number, number]>;
}

type Spin = DataFiles['spin'];
type Pair = Spin['pairs'][number];

interface Phrase {
  words: string[];
  pair: Pair | null;
  before: RegExp | null;
  after: RegExp | null;
}

/** A word with offsets; tokens.ts produces these with the same word pattern. */
export interface Word {
  start: number;
  end: number;
  /** Lower-cased, curly apostrophes made straight. */
  lower: string;
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty']);
const NUMBER = '{n}';
// Letters and digits, joined by inner hyphens, apostrophes or decimal marks: "e-commerce", "corporate’s", "4.2".
const WORD = /[A-Za-z0-9]+(?:[-'’.,][A-Za-z0-9]+)*/g;

export function compileLexicon(spin: Spin): Lexicon {
  const pairs = index(
    spin.pairs.map((p) => ({
      words: split(p.spun),
      pair: p,
      before: p.unlessBefore ? new RegExp(p.unlessBefore, 'i') : null,
      after: p.unlessAfter ? new RegExp(p.unlessAfter, 'i') : null,
    })),
  );
  const allow = index(spin.allow.map((a) => ({ words: split(a), pair: null, before: null, after: null })));
  return {
    find(text, words = wordsOf(text)) {
      const hits: LexiconHit[] = [];
      scan(text, words, pairs, (ph, start, end, matched) => {
        if (blocked(ph, text, start, end)) return false;
        const pair = ph.pair!;
        hits.push({ start, end, text: text.slice(start, end), original: original(pair, ph.words, matched), weight: pair.weight });
        return true;
      });
      return hits;
    },
    allowed(text, words = wordsOf(text)) {
      const out: Array<[number, number]> = [];
      scan(text, words, allow, (_, start, end) => (out.push([start, end]), true));
      return out;
    },
  };
}

/** Phrases by first word, longest first, so the longest phrase at a position wins. */
function index(phrases: Phrase[]): Map<string, Phrase[]> {
  const by = new Map<string, Phrase[]>();
  for (const p of phrases) {
    const first = p.words[0];
    if (!first) continue;
    const list = by.get(first) ?? [];
    list.push(p);
    by.set(first, list);
  }
  for (const list of by.values()) list.sort((a, b) => b.words.length - a.words.length || (a.words.join(' ') < b.words.join(' ') ? -1 : 1));
  // A number word without phrases of its own starts the `{n}` phrases: one look-up per word while scanning.
  const numbered = by.get(NUMBER);
  if (numbered) for (const w of NUMBER_WORDS) if (!by.has(w)) by.set(w, numbered);
  return by;
}

/** Walks the words of `text`; `accept` returns true when it took the phrase, which then consumes its words. */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    words.push({ start, end: start + m[0].length, lower: m[0].toLowerCase().replace(/’/g, "'") });
  }
  return words;
}

function scan(
  text: string,
  words: readonly Word[],
  phrases: Map<string, Phrase[]>,
  accept: (p: Phrase, start: number, end: number, words: readonly Word[]) => boolean,
): void {
  if (phrases.size === 0) return;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // Number words are indexed directly (see index); only digits need the pattern test.
    const c = w.lower.charCodeAt(0);
    const list = phrases.get(w.lower) ?? (c >= 48 && c <= 57 && isNumber(w.lower) ? phrases.get(NUMBER) : undefined);
    if (!list) continue;
    for (const p of list) {
      if (!matches(p.words, words, i, text)) continue;
      const last = words[i + p.words.length - 1]!;
      if (accept(p, w.start, last.end, words.slice(i, i + p.words.length))) {
        i += p.words.length - 1;
        break;
      }
    }
  }
}

function matches(phrase: string[], words: readonly Word[], at: number, text: string): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const w = words[at + k];
    if (!w) return false;
    const want = phrase[k]!;
    if (want === NUMBER ? !isNumber(w.lower) : w.lower !== want) return false;
    // Words of a phrase are separated by white space only: "vast. Tech" is not "vast tech".
    if (k > 0 && !/^\s+$/.test(text.slice(words[at + k - 1]!.end, w.start))) return false;
  }
  return true;
}

function isNumber(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57 ? /^\d+(?:[.,]\d+)*$/.test(w) : NUMBER_WORDS.has(w);
}

function split(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/\s+/)
    .filter(Boolean);
}

function blocked(p: Phrase, text: string, start: number, end: number): boolean {
  if (p.before && p.before.test(text.slice(end, end + 40))) return true;
  return p.after !== null && p.after.test(text.slice(Math.max(0, start - 40), start));
}

/** The original wording, with the number a `{n}` pair matched and the capital of a sentence start kept. */
function original(pair: Pair, phrase: string[], words: readonly Word[]): string {
  let out = pair.original;
  const n = phrase.indexOf(NUMBER);
  if (n >= 0) out = out.replace(NUMBER, words[n]?.lower ?? '');
  return out;
}
