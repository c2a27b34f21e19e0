// Precision and trustworthy originals (2026-11-29): formal words written English uses often count less as
// rare-synonym evidence; a common word's unseen pair counts only as far as it is a surprise; an original is
// suggested only when a telling neighbour (not "the", "an", "to") is seen beside it; a suspect may stand without one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { spin } from '../eval/garbled/spin.js';
import { contextModel } from '../../src/language/context-model.js';
import { contextOriginal, contextSwap } from '../../src/language/context-signal.js';
import { createSpinDetector } from '../../src/language/detector.js';
import { writtenTaper } from '../../src/language/signals.js';
import { languageTable } from '../../src/language/table.js';
import { tokenize } from '../../src/language/tokens.js';
import { analyse } from '../../src/pipeline.js';
import { bundledConfig, doc } from '../helpers.js';

const table = languageTable();
const model = contextModel();
const statistical = createSpinDetector({ pairs: [], allow: bundledConfig().data.spin.allow });

/** The context hit on `word` in `text`, or null. */
function hitOn(text: string, word: string) {
  const t = tokenize(text);
  for (let i = 0; i < t.length; i++) if (t.lower[i] === word) return contextSwap(t, i, table, model);
  throw new Error(`no ${word} in ${text}`);
}

describe('written-register taper of the rare-synonym signal', () => {
  it('keeps full weight for words written English hardly uses and none for words it uses a hundred times', () => {
    expect(writtenTaper(0)).toBe(1);
    expect(writtenTaper(10)).toBe(1);
    expect(writtenTaper(Math.sqrt(1000))).toBeCloseTo(0.5, 5);
    expect(writtenTaper(100)).toBe(0);
    expect(writtenTaper(5000)).toBe(0);
  });
});

describe('context evidence of a common word is its surprise', () => {
  it('weighs an unseen pair of a word written English often uses by how surely it would have been seen', () => {
    // "class" occurs 406 times in the written corpus, yet "class size" is unseen there: a gap, not a swap.
    const common = hitOn('The school wants to reduce average class size next year.', 'class');
    expect(common?.weight ?? 0).toBeLessThan(0.4);
  });

  it('keeps full weight for a rare word in a slot its synonym fills', () => {
    expect(hitOn('The shop sold household uprights at a discount.', 'uprights')).toMatchObject({ original: 'goods', weight: 1 });
  });
});

describe('likely originals', () => {
  it('names the synonym a telling neighbour expects', () => {
    expect(hitOn('The shop sold household uprights at a discount.', 'uprights')?.original).toBe('goods');
  });

  it('flags a word seen only beside light words without guessing its original', () => {
    const hit = hitOn('Work on the new bridge is expected to bulge in the spring.', 'bulge');
    expect(hit).not.toBeNull();
    expect(hit?.original).toBeNull();
  });

  it('takes a rare-synonym suspect’s original from the context, not from the most common synonym', () => {
    const near = statistical.score('They rented a belittled office near the station.').suspects.find((x) => x.text === 'belittled');
    expect(near).toMatchObject({ reason: 'rare-synonym', original: 'small' });
    // "a" is the only neighbour beside which "small" is seen: no suggestion, the suspect stays.
    const alone = statistical.score('The farm kept a belittled herd of goats.').suspects.find((x) => x.text === 'belittled');
    expect(alone).toMatchObject({ reason: 'rare-synonym', original: null });
  });

  it('offers no original when no synonym is seen beside a telling neighbour', () => {
    const t = tokenize('The farm kept a belittled herd of goats.');
    expect(contextOriginal(t, 4, table, model)).toBeNull();
  });

  it('names a suspect without an original in the message rather than dropping it', () => {
    const text =
      'The farm kept a belittled herd of goats and a handful of sheep. The farmer said the flock would bulge in the spring and that household uprights were stored in the barn beside the old tractor.';
    // The pair-table signals alone: the vector signal would name "small" for "belittled" from the paragraph's
    // farm and goats (see embedding.test.ts).
    const rules = bundledConfig().rules.map((r) => (r.type === 'garbled-text' ? { ...r, embedding: false } : r));
    const noLexicon = { ...bundledConfig(), rules, data: { ...bundledConfig().data, spin: { pairs: [], allow: [] } } };
    const f = analyse([doc('a.txt', text)], noLexicon).findings.find((x) => x.rule === 'core.garbled-text');
    expect(f).toBeDefined();
    expect(f!.message).toContain('"uprights" (likely "goods")');
    expect(f!.message).toMatch(/"belittled"(?! \(likely)/);
    expect(f!.expected).not.toContainEqual(expect.stringMatching(/^belittled →/));
    const withVectors = analyse([doc('a.txt', text)], { ...noLexicon, rules: bundledConfig().rules }).findings.find((x) => x.rule === 'core.garbled-text');
    expect(withVectors!.message).toContain('"belittled" (likely "small")');
  });
});

describe('evaluation spinner', () => {
  it('reports where each swapped word sits in the spun text and what it replaced', () => {
    const text = 'The retailer said quarterly revenue rose, helped by strong demand for household goods and a smaller decline in clothing sales.';
    const out = spin(text, 'test', 0.5, table, new Set());
    expect(out.swapped.length).toBe(out.swaps);
    expect(out.swaps).toBeGreaterThan(0);
    for (const s of out.swapped) {
      expect(out.text.slice(s.start, s.end)).toBe(s.word);
      expect(text).toContain(s.original);
    }
  });
});

describe('clean paragraphs in the formal register (tuning set)', () => {
  const paragraphs = (parse(readFileSync(new URL('fixtures/clean-formal.yaml', import.meta.url), 'utf8')) as { paragraphs: Array<{ id: string; text: string }> })
    .paragraphs;
  const rule = createSpinDetector(bundledConfig().data.spin, { threshold: 0.45 });
  for (const p of paragraphs) {
    it(`leaves ${p.id} unflagged at the rule's threshold, with and without the lexicon`, () => {
      expect(createSpinDetector({ pairs: [], allow: [] }, { threshold: 0.45 }).score(p.text).flagged).toBe(false);
      expect(rule.score(p.text).flagged).toBe(false);
    });
  }
});
