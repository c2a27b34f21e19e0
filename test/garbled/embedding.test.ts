// The embedding signal (a word the pair table cannot judge, where a more common synonym fits its context and the
// paragraph's topic clearly better in GloVe's vector space) and the derived vector table it reads.
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSpinDetector } from '../../src/language/detector.js';
import { decodeEmbeddings, embeddings, encodeEmbeddings, EMBEDDINGS_FILE } from '../../src/language/embeddings.js';
import { bundledConfig } from '../helpers.js';

const allow = bundledConfig().data.spin.allow;
const withVectors = createSpinDetector({ pairs: [], allow }, { threshold: 0.45, embedding: true });
const without = createSpinDetector({ pairs: [], allow }, { threshold: 0.45 });

describe('embedding table', () => {
  const source = { source: 'test', words: ['share', 'price', 'zebra'], ranks: [563, 596, 27168], vectors: [[0.5, -1.2, 3], [0.1, 0, -0.4], [2, 2, 2]], dims: 3 };

  it('encodes the same input to the same bytes, and decodes what it encoded', () => {
    const a = encodeEmbeddings(source);
    expect(encodeEmbeddings(source).equals(a)).toBe(true);
    const e = decodeEmbeddings(a);
    expect(e.index('price')).toBe(1);
    expect(e.index('lion')).toBe(-1);
    // Ranks are stored to within about 5 %, vectors to int8 with a scale per word.
    expect(Math.abs(e.rank(2) / 27168 - 1)).toBeLessThan(0.05);
    expect(e.dot(0, 1)).toBeCloseTo(0.5 * 0.1 + 3 * -0.4, 1);
  });

  it('ships a compact table that loads once per process', () => {
    expect(statSync(EMBEDDINGS_FILE).size).toBeLessThanOrEqual(6_000_000);
    const e = embeddings();
    expect(embeddings()).toBe(e);
    expect(e.dims).toBe(100);
    const v = new Float64Array(e.dims);
    e.addUnit(e.index('football'), v);
    const n = Math.hypot(...v);
    // Related words sit closer than unrelated ones, and frequent words rank high.
    expect(e.cosine(e.index('soccer'), v, n)).toBeGreaterThan(e.cosine(e.index('mortgage'), v, n) + 0.3);
    expect(e.rank(e.index('games'))).toBeLessThan(e.rank(e.index('lender')));
    // Words beyond GloVe's 100,000 most frequent are not kept.
    expect(e.index('gages')).toBe(-1);
  });
});

describe('embedding signal', () => {
  // A spin of our own (b10 at 50 %; tuning part): "speculates" stands for jobs, and neither it nor the original
  // was ever seen beside "on" and the full stop in the pair table's 2.6 million words.
  const spun =
    'Investors poured money into government bonds last hebdomad as troubles about the economy grew. The yield on the ten-year note unloaded to its lowest designate since the summertime, and the buck weakened against most major currencies. Some fund directors said they expected the market to stay uneasy until the next report on speculates.';

  it('catches a swap the word-pair table cannot judge, with its likely original', () => {
    const s = withVectors.score(spun);
    expect(s.suspects).toContainEqual(expect.objectContaining({ text: 'speculates', original: 'jobs', reason: 'embedding' }));
    expect(s.flagged).toBe(true);
    expect(without.score(spun).flagged).toBe(false);
  });

  it('leaves clean formal prose alone, its rare words included', () => {
    for (const text of [
      'The board reaffirmed its guidance for the fiscal year, citing resilient demand in its industrial segment and disciplined expenditure. Operating margin widened to 14.2 per cent, while the company reiterated that any acquisition would be financed from existing liquidity rather than new borrowing.',
      'The tribunal held that the statutory duty of candour was engaged, and that the respondent had neglected to disclose material correspondence. Its reasoning rests on the principle that a public body must not withhold documents that would assist the claimant’s case.',
    ]) {
      const s = withVectors.score(text);
      expect(s.flagged).toBe(false);
    }
  });

  it('vetoes a weaker signal\'s suspect that fits its place at least as well as its synonyms', () => {
    // "regulator" (rare in speech; WordNet's "governor") and "overcharged" were two rare-synonym suspects in a clean
    // report of a fine (articles-tune-7); the vectors show "regulator" belongs there.
    const text = 'The energy regulator has handed Wexford Energy a £15.4 million penalty after it overcharged about 210,000 prepayment customers.';
    expect(without.score(text).suspects.map((x) => x.text)).toContain('regulator');
    const s = withVectors.score(text);
    expect(s.suspects.map((x) => x.text)).not.toContain('regulator');
    expect(s.flagged).toBe(false);
  });

  it('is off unless the rule asks for it', () => {
    expect(without.score(spun).suspects.some((x) => x.reason === 'embedding')).toBe(false);
  });
});
