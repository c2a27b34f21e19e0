// Extraction on text held in memory, with the bundled lexicons.
import type { Claim } from '../../src/core/types.js';
import { makeExtractor } from '../../src/extract/index.js';
import { segmentLexicon } from '../../src/pipeline.js';
import { segment } from '../../src/segment/index.js';
import { bundledConfig, doc } from '../helpers.js';

export function claimsOf(text: string, published: string | null = '2024-06-15', id = 'doc.txt'): Claim[] {
  const config = bundledConfig();
  return makeExtractor(config.data)(segment(doc(id, text, published), segmentLexicon(config)));
}

/** The one claim whose text is `value`; fails when there is none. */
export function claim(text: string, value: string, published: string | null = '2024-06-15'): Claim {
  const all = claimsOf(text, published);
  const found = all.find((c) => c.text === value);
  if (!found) throw new Error(`no claim "${value}" in: ${all.map((c) => c.text).join(' | ')}`);
  return found;
}
