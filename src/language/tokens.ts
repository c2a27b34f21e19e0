// Words of a paragraph with offsets and the context flags the spin signals need. This runs on every word of
// every document (once per check: restoration and the garbled-text rule share the reading), so it allocates
// nothing per word: one pass over the characters fills reusable typed arrays, and each distinct spelling is
// interned once per process (its lower-case form computed once), found again by a hash of its characters
// instead of a slice.

/** Flags of a token (bits of `Tokens.flags`). */
export const CAPITAL = 1;
/** First word of a sentence (after terminal punctuation, a quote mark, a line break or the paragraph start). */
export const SENTENCE_START = 2;
/** Inside quotation marks: quoted speech survives spinning and is judged on its own terms. */
export const QUOTED = 4;
/** Part of a hyphenated, slashed or apostrophe compound ("e-commerce", "less-advanced"). */
export const COMPOUND = 8;
/** Punctuation (not just a space) separates this token from the previous one. */
export const BREAK_BEFORE = 16;
/** Only the letters a–z: no capital, digit or joiner. */
export const PLAIN = 32;

/**
 * The words of one text, as parallel arrays indexed 0 … length-1. The arrays are reused by the next call of
 * `tokenize`: read them before tokenising another text (every caller here is synchronous).
 */
export interface Tokens {
  length: number;
  /** Offsets relative to the text that was tokenised. */
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  /** The word as written. */
  text: string[];
  /** Lower-cased, curly apostrophes made straight. */
  lower: string[];
  /**
   * The interned spelling's number: equal spellings, equal ids, so per-word verdicts can be kept in arrays
   * instead of maps. Valid while `spellingGeneration()` is unchanged.
   */
  id: Int32Array;
}

/** One token as an object, for the few words a signal reports on. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  flags: number;
}

export function tokenAt(t: Tokens, i: number): Token {
  return { start: t.start[i]!, end: t.end[i]!, text: t.text[i]!, lower: t.lower[i]!, flags: t.flags[i]! };
}

const QUOTE = 34;
const OPEN_QUOTE = 0x201c;
const CLOSE_QUOTE = 0x201d;
const CURLY_APOSTROPHE = 0x2019;

/** Marks that end a sentence ( . ! ? : ; … newline ) or open one ( " “ ‘ ( ). */
function opens(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2026 || c === 10 || c === 34 || c === 0x201c || c === 0x2018 || c === 40;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Hyphen, apostrophes and decimal marks join two runs of letters or digits into one word. */
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === CURLY_APOSTROPHE || c === 46 || c === 44;
}

const out: Tokens = {
  length: 0,
  start: new Int32Array(1024),
  end: new Int32Array(1024),
  flags: new Uint8Array(1024),
  text: [],
  lower: [],
  id: new Int32Array(1024),
};

function grow(): void {
  const size = out.start.length * 2;
  const start = new Int32Array(size);
  start.set(out.start);
  const end = new Int32Array(size);
  end.set(out.end);
  const flags = new Uint8Array(size);
  flags.set(out.flags);
  const id = new Int32Array(size);
  id.set(out.id);
  out.id = id;
  out.start = start;
  out.end = end;
  out.flags = flags;
}

export function tokenize(text: string): Tokens {
  const n = text.length;
  let count = 0;
  let inQuote = false;
  // State of the gap since the previous word: empty, white space only, and whether it opened a sentence.
  let gap = 0;
  let spaceOnly = true;
  let opened = true;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      if (c === OPEN_QUOTE || (c === QUOTE && !inQuote)) inQuote = true;
      else if (c === CLOSE_QUOTE || c === QUOTE) inQuote = false;
      if (opens(c)) opened = true;
      if (c !== 32 && c !== 9 && c !== 10) spaceOnly = false;
      gap++;
      i++;
      continue;
    }
    const start = i;
    let upper = false;
    let plain = true;
    let hash = 0x811c9dc5;
    // 1: a hyphen or straight apostrophe inside, 2: a curly apostrophe inside.
    let joined = 0;
    // The words lexicon.ts matches: runs of letters and digits, joined by one inner joiner at a time.
    for (;;) {
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) {
          hash = Math.imul(hash ^ d, 0x01000193);
          continue;
        }
        if (d >= 65 && d <= 90) upper = true;
        else if (!(d >= 48 && d <= 57)) break;
        hash = Math.imul(hash ^ d, 0x01000193);
        plain = false;
      }
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordChar(text.charCodeAt(i + 1))) {
        const j = text.charCodeAt(i);
        if (j === CURLY_APOSTROPHE) joined = 2;
        else if ((j === 45 || j === 39) && joined === 0) joined = 1;
        hash = Math.imul(hash ^ j, 0x01000193);
        plain = false;
        i++;
      } else break;
    }
    const end = i;
    const entry = intern(text, start, end, hash, upper, joined === 2);
    const first = text.charCodeAt(start);
    const before = text.charCodeAt(start - 1);
    const after = text.charCodeAt(end);
    let flags = 0;
    if (first >= 65 && first <= 90) flags |= CAPITAL;
    if (opened) flags |= SENTENCE_START;
    if (inQuote) flags |= QUOTED;
    // 45 is "-", 47 is "/".
    if (joined > 0 || before === 45 || before === 47 || after === 45 || after === 47) flags |= COMPOUND;
    if (gap === 0 || !spaceOnly) flags |= BREAK_BEFORE;
    if (plain) flags |= PLAIN;
    if (count === out.start.length) grow();
    out.start[count] = start;
    out.end[count] = end;
    out.flags[count] = flags;
    out.id[count] = entry;
    out.text[count] = texts[entry]!;
    out.lower[count] = lowers[entry]!;
    count++;
    gap = 0;
    spaceOnly = true;
    opened = false;
  }
  out.length = count;
  // Drop references past the end so a long paragraph's words do not outlive it.
  if (out.text.length > count) {
    out.text.length = count;
    out.lower.length = count;
  }
  return out;
}

/** The id of the interned spelling of text[start, end), any run of characters: no slice when seen before. */
export function spellingId(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  let upper = false;
  let curly = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper = true;
    else if (c === CURLY_APOSTROPHE) curly = true;
    hash = Math.imul(hash ^ c, 0x01000193);
  }
  return intern(text, start, end, hash, upper, curly);
}

export function spellingOf(id: number): string {
  return texts[id]!;
}

/** The spelling lower-cased as tokens' `lower` is (curly apostrophes made straight). */
export function lowerOf(id: number): string {
  return lowers[id]!;
}

// Interned spellings: open addressing over `slots` (entry index + 1, 0 = empty) with the hash kept alongside.
let slots = new Int32Array(1 << 16);
let hashes = new Int32Array(1 << 16);
const texts: string[] = [];
const lowers: string[] = [];
/** A corpus full of distinct numbers and names must not grow the table without bound: start over past this. */
const MAX_ENTRIES = 1 << 20;
let generation = 0;

/** Changes whenever ids are reassigned; arrays indexed by id must then be cleared. */
export function spellingGeneration(): number {
  return generation;
}

/** Facts kept per spelling id in a plain array (a read instead of a map look-up per word), emptied whenever the
 *  ids are reassigned, so a fact never outlives the spelling it was computed for. */
export class BySpelling<T> {
  private values: Array<T | undefined> = [];
  private seen = -1;

  /** The array for the current ids: read and fill it by spelling id. */
  current(): Array<T | undefined> {
    if (this.seen !== generation) {
      this.values = [];
      this.seen = generation;
    }
    return this.values;
  }
}

function intern(text: string, start: number, end: number, hash: number, upper: boolean, curly: boolean): number {
  let mask = slots.length - 1;
  let k = hash & mask;
  for (let e = slots[k]!; e !== 0; k = (k + 1) & mask, e = slots[k]!) {
    if (hashes[k] === hash && same(texts[e - 1]!, text, start, end)) return e - 1;
  }
  if (texts.length >= MAX_ENTRIES) {
    slots.fill(0);
    generation++;
    texts.length = 0;
    lowers.length = 0;
    k = hash & mask;
  } else if ((texts.length + 1) * 2 > slots.length) {
    rehash(slots.length * 2);
    mask = slots.length - 1;
    k = hash & mask;
    while (slots[k] !== 0) k = (k + 1) & mask;
  }
  const word = text.slice(start, end);
  const lowered = upper ? word.toLowerCase() : word;
  texts.push(word);
  lowers.push(curly ? lowered.replace(/’/g, "'") : lowered);
  slots[k] = texts.length;
  hashes[k] = hash;
  return texts.length - 1;
}

function same(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

function rehash(size: number): void {
  const oldSlots = slots;
  const oldHashes = hashes;
  slots = new Int32Array(size);
  hashes = new Int32Array(size);
  const mask = size - 1;
  for (let k = 0; k < oldSlots.length; k++) {
    const e = oldSlots[k]!;
    if (e === 0) continue;
    const h = oldHashes[k]!;
    let j = h & mask;
    while (slots[j] !== 0) j = (j + 1) & mask;
    slots[j] = e;
    hashes[j] = h;
  }
}
