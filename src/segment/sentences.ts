// Sentence boundaries with absolute offsets, including sentences that scraping glued together.
import { execAll } from '../core/regex.js';
import type { Sentence } from '../core/types.js';

export interface SentenceOptions {
  /** Lower-cased abbreviations that a period does not end ("mr", "feb", "u.s"). */
  abbreviations: ReadonlySet<string>;
  /** Lower-cased words that start sentences; a capitalised one glued to a lower-case word marks a lost period. */
  starters: ReadonlySet<string>;
  /** Names written in camel case that must never be split (lower-cased). */
  camelNames: ReadonlySet<string>;
}

// Terminal punctuation, optional closing quotes/brackets, whitespace, then something that can open a sentence.
const BOUNDARY = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[A-Z0-9])/g;
// A lower-case letter (or an acronym) directly followed by a capitalised word: "ChinaTwo", "AIWith", "U.SIn".
// Each run of letters is tried from its start only: a match found inside a run is also found from its start, and
// trying every inner position made this quadratic in word length.
const GLUE = /((?<![a-z])[a-z]{2,}|(?<![A-Z])[A-Z]{2,}|\.[A-Z])([A-Z][a-z]+)/g;
// A lower-case word run straight into a camel-case word: the second part may be a known name.
const GLUED_NAME = /(?<![A-Za-z])([a-z]{3,})([A-Z][a-z]+[A-Z][A-Za-z]*(?:['’]s)?)(?![A-Za-z])/g;
/** Every match of GLUE and of GLUED_NAME holds a letter, a capital and a lower-case letter in a row ("sDe" in
 *  "viewsDeepSeek", "SIn" in "U.SIn"); most paragraphs hold none, and this one test spares them both patterns. */
const GLUE_HINT = /[A-Za-z][A-Z][a-z]/;

/** Splits paragraph text [start, end) of `text` into sentences. */
export function sentences(text: string, start: number, end: number, opts: SentenceOptions, counts: ReadonlyMap<string, number>): Sentence[] {
  const cuts = new Map<number, boolean>(); // offset → glued
  const para = text.slice(start, end);
  for (const m of execAll(BOUNDARY, para)) {
    const at = (m.index ?? 0) + (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
    if (m[1] === '.' && isAbbreviation(para, m.index ?? 0, opts.abbreviations)) continue;
    cuts.set(start + at + (m[3]?.length ?? 0), false);
  }
  const hinted = GLUE_HINT.test(para);
  for (const m of hinted ? execAll(GLUE, para) : []) {
    const at = (m.index ?? 0) + (m[1]?.length ?? 0);
    if (isGlued(para, m.index ?? 0, at, m[2] ?? '', opts, counts)) cuts.set(start + at, true);
  }
  // A known camel-case name glued to the word before it: "market viewsDeepSeek's" → "views" | "DeepSeek's".
  for (const m of hinted ? execAll(GLUED_NAME, para) : []) {
    const name = (m[2] ?? '').replace(/['’]s$/, '').toLowerCase();
    if (opts.camelNames.has(name)) cuts.set(start + (m.index ?? 0) + (m[1]?.length ?? 0), true);
  }
  const points = [...cuts.keys()].sort((a, b) => a - b);
  const out: Sentence[] = [];
  let from = start;
  let glued = false;
  for (const p of points) {
    if (p <= from || p >= end) continue;
    out.push(trim(text, from, p, glued));
    from = p;
    glued = cuts.get(p) ?? false;
  }
  out.push(trim(text, from, end, glued));
  return out.filter((s) => s.end > s.start);
}

function trim(text: string, start: number, end: number, glued: boolean): Sentence {
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  return { start, end, glued };
}

function isAbbreviation(para: string, dot: number, abbreviations: ReadonlySet<string>): boolean {
  const before = /([A-Za-z][A-Za-z.]*)$/.exec(para.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  // An initial: "J. Smith"; a letter glued to a number is a scale that ends its sentence ("came to £810m. Carrow …").
  if (before.length === 1) return !/\d/.test(para[dot - 2] ?? '');
  return abbreviations.has(before.toLowerCase());
}

/** Whole token around a glue point, to test it against known camel-case names and repeats. */
function tokenAt(para: string, at: number): string {
  let s = at;
  let e = at;
  while (s > 0 && /[A-Za-z.]/.test(para[s - 1] ?? '')) s--;
  while (e < para.length && /[A-Za-z]/.test(para[e] ?? '')) e++;
  return para.slice(s, e).replace(/^\.+/, '');
}

function isGlued(para: string, leftStart: number, at: number, right: string, opts: SentenceOptions, counts: ReadonlyMap<string, number>): boolean {
  const token = tokenAt(para, at);
  if (opts.camelNames.has(token.toLowerCase())) return false;
  const left = para.slice(leftStart, at);
  if (opts.starters.has(right.toLowerCase())) {
    // "WeChat", "LinkedIn": a short left part glued to a starter is more often a name than a lost period.
    return left.replace('.', '').length >= 3 || /^[A-Z.]+$/.test(left);
  }
  // Not a starter word: split only a long lower-case word glued to a capitalised one that the document never
  // repeats in that form, since real camel-case names recur ("DeepSeek" … "DeepSeek's").
  if (!/^[a-z]{4,}$/.test(left) || right.length < 3 || (counts.get(token) ?? 0) > 1) return false;
  const next = para.slice(at + right.length, at + right.length + 4);
  if (/^\W*\s+[a-z]/.test(next)) return true;
  // A glued heading or citation title ("Qwen familyAlibaba's Strategy", "valuationMorgan Stanley"): the token
  // opens with a whole lower-case word, which no camel-case brand does (they open with a capital or one letter).
  const opening = para.slice(at - left.length - 1, at - left.length);
  return !/[A-Za-z]/.test(opening) && /^(['’]s\b|\s+[A-Z])/.test(next);
}
