// Paragraph scoring: spun paragraphs flagged with suspects and originals, clean and odd-but-legitimate ones not.
import { describe, expect, it } from 'vitest';
import { createSpinDetector } from '../../src/language/detector.js';
import { bundledConfig } from '../helpers.js';

const spin = bundledConfig().data.spin;
const detector = createSpinDetector(spin);
const statistical = createSpinDetector({ pairs: [], allow: spin.allow });

describe('spin detector', () => {
  it('flags a spun paragraph and names each suspect with its likely original', () => {
    const text = 'The company’s proportion value was once close report lows, and the tech vast has since seen perceptible expansion in its core business.';
    const s = detector.score(text);
    expect(s.flagged).toBe(true);
    expect(s.score).toBeGreaterThan(0.9);
    const byText = Object.fromEntries(s.suspects.map((x) => [x.text, x.original]));
    expect(byText).toMatchObject({
      'proportion value': 'share price',
      'was once': 'was',
      'close report lows': 'near record lows',
      'tech vast': 'tech giant',
      'perceptible expansion': 'seeing growth',
    });
    expect(text.slice(s.suspects[0]!.start, s.suspects[0]!.end)).toBe(s.suspects[0]!.text);
  });

  it('leaves plain prose alone', () => {
    const s = detector.score('The retailer said quarterly revenue rose 8% to $4.2 billion, helped by strong demand for household goods and lower costs.');
    expect(s.flagged).toBe(false);
    // At most faint context evidence ("said quarterly": the corpus never has it), too weak to count as a suspect.
    expect(s.suspects.filter((x) => x.weight >= 0.2)).toEqual([]);
  });

  it('does not flag quotations, proverbs, names or jargon', () => {
    for (const text of [
      '“We are not out of the woods yet, but the light at the end of the tunnel is getting brighter,” the minister said.',
      'Analysts at Goldman Sachs said the WeChat mini programs and the iPhone app of DeepSeek had lifted engagement in Shenzhen.',
      'The assay measured the binding affinity of the ligand to the receptor using isothermal titration calorimetry.',
      'The regatta was a grand pageant of sail, and the commodore was the centre of attention. She was once a champion herself.',
    ]) {
      expect(detector.score(text).flagged, text).toBe(false);
    }
  });

  it('catches swaps no lexicon lists, through rare-sense synonyms and broken collocations', () => {
    const s = statistical.score('The retailer said revenue rose by a bazillion dollars, helped by household goods, while a littler declension in sales followed the rallying yelp.');
    const reasons = new Set(s.suspects.map((x) => x.reason));
    expect(reasons.has('rare-synonym')).toBe(true);
    // A suspect all the same, but the only magnitude a neighbour could vouch for is a wrong number: no guess.
    expect(s.suspects.find((x) => x.text === 'bazillion')).toMatchObject({ reason: 'rare-synonym', original: null });
  });

  it('takes no pair written English uses for a broken collocation ("high levels", "polling stations")', () => {
    const s = statistical.score('Tests found high levels of several compounds, and long queues formed at polling stations in the north.');
    expect(s.suspects.filter((x) => x.reason === 'broken-collocation')).toEqual([]);
    expect(statistical.score('Patients in rural regions often wait months to see an eye medico.').suspects).toContainEqual(expect.objectContaining({ reason: 'broken-collocation', original: 'eye doctor' }));
  });

  it('scores each sentence as well as the paragraph', () => {
    const text = 'Shares rose on Monday after the results. The proportion value was once close report lows amid intensifying pageant.';
    const s = detector.score(text, [
      { start: 0, end: 40 },
      { start: 41, end: text.length },
    ]);
    expect(s.sentences[0]!.score).toBeLessThan(0.5);
    expect(s.sentences[1]!.score).toBeGreaterThan(0.9);
  });

  it('is deterministic', () => {
    const text = 'Alibaba’s proportion value was once close report lows, expansion was once stalling amid intensifying pageant.';
    expect(JSON.stringify(detector.score(text))).toBe(JSON.stringify(detector.score(text)));
  });
});
