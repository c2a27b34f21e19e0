// Undo the spin for extraction: replace confident suspects with their likely originals and keep an offset map
// back to the text as written, so claims read from the restored text still point at the original spans.
import type { SpinDetector, SpinSuspect } from './detector.js';

/** One replacement, with its range in the original text and in the restored text. */
export interface Edit {
  start: number;
  end: number;
  restoredStart: number;
  restoredEnd: number;
  spun: string;
  original: string;
  reason: SpinSuspect['reason'];
}

export interface Restored {
  /** The text with confident substitutions undone; equal to the input when nothing was confident. */
  text: string;
  /** Replacements in text order. */
  edits: Edit[];
  /** Offset in the restored text → offset in the original; inside a replacement, the replacement's start (or end). */
  toOriginal(offset: number): number;
  /** Offset in the original text → offset in the restored text. */
  toRestored(offset: number): number;
}

/** Lexicon pairs at least this strong are restored in any paragraph; weaker ones never. */
const CONFIDENT_LEXICON = 0.5;

/** Which suspects are safe to undo: strong lexicon pairs anywhere, pair and alignment evidence in spun paragraphs. */
export function confident(s: SpinSuspect, paragraphFlagged: boolean): boolean {
  if (!s.original) return false;
  if (s.reason === 'lexicon') return s.weight >= CONFIDENT_LEXICON;
  if (s.reason === 'broken-collocation' || s.reason === 'alignment') return paragraphFlagged;
  return false;
}

/** Pure: applies the given suspects (offsets relative to `text`), skipping overlaps. */
export function applyRestoration(text: string, suspects: readonly SpinSuspect[]): Restored {
  const chosen = [...suspects].filter((s) => s.original).sort((a, b) => a.start - b.start || b.end - a.end);
  const edits: Edit[] = [];
  let out = '';
  let at = 0;
  for (const s of chosen) {
    if (s.start < at) continue;
    out += text.slice(at, s.start);
    const original = matchCase(s.text, s.original ?? s.text);
    const restoredStart = out.length;
    out += original;
    edits.push({ start: s.start, end: s.end, restoredStart, restoredEnd: out.length, spun: s.text, original, reason: s.reason });
    at = s.end;
  }
  out += text.slice(at);
  return {
    text: out,
    edits,
    toOriginal(offset) {
      let shift = 0;
      for (const e of edits) {
        if (offset < e.restoredStart) break;
        if (offset < e.restoredEnd) return offset === e.restoredStart ? e.start : Math.min(e.end, e.start + (offset - e.restoredStart));
        shift = e.end - e.restoredEnd;
      }
      return offset + shift;
    },
    toRestored(offset) {
      let shift = 0;
      for (const e of edits) {
        if (offset < e.start) break;
        if (offset < e.end) return Math.min(e.restoredEnd, e.restoredStart + (offset - e.start));
        shift = e.restoredEnd - e.end;
      }
      return offset + shift;
    },
  };
}

/** Scores a paragraph and restores its confident substitutions. */
export function restoreParagraph(detector: SpinDetector, text: string): Restored {
  const s = detector.score(text);
  return applyRestoration(
    text,
    s.suspects.filter((x) => confident(x, s.flagged)),
  );
}

/** Keeps a sentence-initial capital: "Upcoming the" → "After the". */
function matchCase(spun: string, original: string): string {
  if (/^[A-Z]/.test(spun) && /^[a-z]/.test(original)) return original[0]!.toUpperCase() + original.slice(1);
  return original;
}
