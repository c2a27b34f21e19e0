// Words of a paragraph with offsets and the context flags the spin signals need. One pass, no per-word
// regular expressions: this runs on every word of every document.

export interface Token {
  /** Offsets relative to the text that was tokenised. */
  start: number;
  end: number;
  text: string;
  /** Lower-cased, curly apostrophes made straight. */
  lower: string;
  /** Starts with a capital letter. */
  capital: boolean;
  /** First word of a sentence (after terminal punctuation, a quote mark, a line break or the paragraph start). */
  sentenceStart: boolean;
  /** Inside quotation marks: quoted speech survives spinning and is judged on its own terms. */
  quoted: boolean;
  /** Part of a hyphenated, slashed or apostrophe compound ("e-commerce", "less-advanced"). */
  compound: boolean;
  /** Punctuation (not just a space) separates this token from the previous one. */
  breakBefore: boolean;
}

// Character codes of marks that end a sentence ( . ! ? : ; … newline ) or open one ( " “ ‘ ( ).
const TERMINAL = new Set([46, 33, 63, 58, 59, 0x2026, 10]);
const OPENING = new Set([34, 0x201c, 0x2018, 40]);
const QUOTE = 34;
const OPEN_QUOTE = 0x201c;
const CLOSE_QUOTE = 0x201d;

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Hyphen, apostrophes and decimal marks join two runs of letters or digits into one word. */
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 44;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let prevEnd = 0;
  let inQuote = false;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    // The words lexicon.ts matches: runs of letters and digits, joined by one inner joiner at a time.
    for (;;) {
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordChar(text.charCodeAt(i + 1))) i++;
      else break;
    }
    const end = i;
    let spaceOnly = start > prevEnd;
    let opensSentence = out.length === 0;
    for (let k = prevEnd; k < start; k++) {
      const c = text.charCodeAt(k);
      if (c === OPEN_QUOTE || (c === QUOTE && !inQuote)) inQuote = true;
      else if (c === CLOSE_QUOTE || c === QUOTE) inQuote = false;
      if (TERMINAL.has(c) || OPENING.has(c)) opensSentence = true;
      if (c !== 32 && c !== 9 && c !== 10) spaceOnly = false;
    }
    const word = text.slice(start, end);
    const first = word.charCodeAt(0);
    const before = text.charCodeAt(start - 1);
    const after = text.charCodeAt(end);
    const lower = word.toLowerCase();
    const joined = lower.includes('-') || lower.includes("'") || lower.includes('’');
    out.push({
      start,
      end,
      text: word,
      lower: joined ? lower.replace(/’/g, "'") : lower,
      capital: first >= 65 && first <= 90,
      sentenceStart: opensSentence,
      quoted: inQuote,
      // 45 is "-", 47 is "/".
      compound: joined || before === 45 || before === 47 || after === 45 || after === 47,
      breakBefore: !spaceOnly,
    });
    prevEnd = end;
  }
  return out;
}
