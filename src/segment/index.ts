// segment: a document → paragraphs and sentences with absolute offsets; site furniture marked as boilerplate.
import type { Doc, Paragraph, Segmented } from '../core/types.js';
import { paragraphs } from './paragraphs.js';
import { sentences, type SentenceOptions } from './sentences.js';

export interface SegmentLexicon extends SentenceOptions {
  /** Whole-paragraph patterns of site furniture ("Advertisements", "Leave a comment"). */
  boilerplate: readonly RegExp[];
}

/** A short paragraph repeated this often in one document is furniture, whatever it says. */
const REPEATS_AS_FURNITURE = 3;
const FURNITURE_MAX_LENGTH = 40;

export function segment(doc: Doc, lex: SegmentLexicon): Segmented {
  const counts = tokenCounts(doc.text);
  const blocks = paragraphs(doc.text);
  const seen = new Map<string, number>();
  for (const b of blocks) {
    const t = doc.text.slice(b.start, b.end);
    seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  const out: Paragraph[] = blocks.map((b, index) => {
    const t = doc.text.slice(b.start, b.end);
    const repeated = t.length <= FURNITURE_MAX_LENGTH && (seen.get(t) ?? 0) >= REPEATS_AS_FURNITURE;
    return {
      index,
      start: b.start,
      end: b.end,
      sentences: sentences(doc.text, b.start, b.end, lex, counts),
      boilerplate: repeated || lex.boilerplate.some((re) => re.test(t)),
    };
  });
  return { doc, paragraphs: out };
}

/** How often each letters-only token occurs, to tell recurring camel-case names from glued sentences. A token
 *  is matched from the start of its run of letters only, as it always was, without retrying every inner letter. */
function tokenCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  // Every such token holds a lower-case letter before a capital; many documents hold none at all.
  if (!/[a-z][A-Z]/.test(text)) return counts;
  for (const m of text.matchAll(/(?<![A-Za-z])[A-Za-z]*[a-z][A-Z][A-Za-z]*/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}
