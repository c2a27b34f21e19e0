// The one place where offsets become lines and columns. Everything else stores offsets.
// Normalising \r\n or a lone \r to \n never moves a line or a column, so only a removed BOM needs undoing.
import type { Doc } from './types.js';

/** A 1-based line and column (UTF-16 code units) in the file as given. */
export interface LineCol {
  line: number;
  column: number;
}

export type LineIndex = (offset: number) => LineCol;

const cache = new WeakMap<Doc, LineIndex>();

/** Builds (once per document) a lookup from normalised offsets to positions in the original file. */
export function lineIndex(doc: Doc): LineIndex {
  const hit = cache.get(doc);
  if (hit) return hit;
  const starts = [0];
  for (let i = 0; i < doc.text.length; i++) if (doc.text.charCodeAt(i) === 10) starts.push(i + 1);
  const at: LineIndex = (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const shift = lo === 0 && doc.bom ? 1 : 0;
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 + shift };
  };
  cache.set(doc, at);
  return at;
}
