// The spin lexicon (rules/data/spin.yaml) compiled once into phrases indexed by their first word, so a
// paragraph is scanned in one pass over its words however many pairs the file holds.
import type { DataFiles } from '../config/data/index.js';
import { BySpelling, tokenize, type Tokens } from './tokens.js';

export interface LexiconHit {
  start: number;
  end: number;
  text: string;
  original: string;
  weight: number;
}

export interface Lexicon {
  /** Pairs found in `text`, longest first at each word, minus those whose context makes them legitimate. */
  find(text: string, words?: Tokens): LexiconHit[];
  /** Ranges of allow-listed phrases, inside which nothing counts as spun. */
  allowed(text: string, words?: Tokens): Array<[number, number]>;
}

type Spin = DataFiles['spin'];
type Pair = Spin['pairs'][number];

interface Phrase {
  words: string[];
  pair: Pair | null;
  before: RegExp | null;
  after: RegExp | null;
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty']);
const NUMBER = '{n}';

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
    find(text, words = tokenize(text)) {
      const hits: LexiconHit[] = [];
      scan(text, words, pairs, (ph, start, end, at) => {
        if (blocked(ph, text, start, end)) return false;
        const pair = ph.pair!;
        hits.push({ start, end, text: text.slice(start, end), original: original(pair, ph.words, words, at), weight: pair.weight });
        return true;
      });
      return hits;
    },
    allowed(text, words = tokenize(text)) {
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

/** Per spelling id, the phrases starting with it (null: none), so a scan costs an array read per word. */
const memos = new WeakMap<Map<string, Phrase[]>, BySpelling<Phrase[] | null>>();

function memoFor(phrases: Map<string, Phrase[]>): Array<Phrase[] | null | undefined> {
  let memo = memos.get(phrases);
  if (!memo) memos.set(phrases, (memo = new BySpelling()));
  return memo.current();
}

/** Walks the words of `text`; `accept` returns true when it took the phrase, which then consumes its words. */
function scan(
  text: string,
  words: Tokens,
  phrases: Map<string, Phrase[]>,
  accept: (p: Phrase, start: number, end: number, at: number) => boolean,
): void {
  if (phrases.size === 0) return;
  const numbered = phrases.get(NUMBER);
  const memo = memoFor(phrases);
  for (let i = 0; i < words.length; i++) {
    const id = words.id[i]!;
    let list = memo[id];
    if (list === undefined) {
      const lower = words.lower[i]!;
      // Number words are indexed directly (see index); only digits need the pattern test.
      const c = lower.charCodeAt(0);
      list = phrases.get(lower) ?? (numbered && c >= 48 && c <= 57 && isNumber(lower) ? numbered : null);
      memo[id] = list;
    }
    if (!list) continue;
    for (const p of list) {
      if (!matches(p.words, words, i, text)) continue;
      if (accept(p, words.start[i]!, words.end[i + p.words.length - 1]!, i)) {
        i += p.words.length - 1;
        break;
      }
    }
  }
}

function matches(phrase: string[], words: Tokens, at: number, text: string): boolean {
  if (at + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    const w = words.lower[at + k]!;
    const want = phrase[k]!;
    if (want === NUMBER ? !isNumber(w) : w !== want) return false;
    // Words of a phrase are separated by white space only: "vast. Tech" is not "vast tech".
    if (k > 0 && !/^\s+$/.test(text.slice(words.end[at + k - 1]!, words.start[at + k]!))) return false;
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
function original(pair: Pair, phrase: string[], words: Tokens, at: number): string {
  let out = pair.original;
  const n = phrase.indexOf(NUMBER);
  if (n >= 0) out = out.replace(NUMBER, words.lower[at + n] ?? '');
  return out;
}
