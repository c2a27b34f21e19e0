// Scoring through a paragraph: the same result as scoring its text, read once per paragraph however many
// detectors (restoration, the garbled-text rule, each with its own options) ask, and never mixed up between them.
import { describe, expect, it } from 'vitest';
import { createSpinDetector, type SpinSuspect } from '../../src/language/detector.js';
import { segmentLexicon } from '../../src/pipeline.js';
import { segment } from '../../src/segment/index.js';
import { bundledConfig, doc } from '../helpers.js';

const config = bundledConfig();
const lex = segmentLexicon(config);
const text =
  'Shares rose on Monday after the results.\n\nAlibaba’s proportion value was once close report lows. Expansion was once stalling amid intensifying pageant, and control adjustments had been coming thick and rapid.\n';

function paragraphs() {
  const seg = segment(doc('a.txt', text), lex);
  return { doc: seg.doc, p: seg.paragraphs[1]! };
}

function direct(detector: ReturnType<typeof createSpinDetector>, p: ReturnType<typeof paragraphs>['p'], extra: SpinSuspect[] = []) {
  const sentences = p.sentences.map((s) => ({ start: s.start - p.start, end: s.end - p.start }));
  return detector.score(text.slice(p.start, p.end), sentences, extra);
}

describe('scoreParagraph', () => {
  it('equals scoring the paragraph text over its sentences', () => {
    const detector = createSpinDetector(config.data.spin);
    const { doc: d, p } = paragraphs();
    const s = detector.scoreParagraph(d, p);
    expect(s.flagged).toBe(true);
    expect(s).toEqual(direct(detector, p));
    expect(detector.scoreParagraph(d, p)).toEqual(s);
  });

  it('shares the reading between detectors of one lexicon but applies each detector’s own options', () => {
    const loose = createSpinDetector(config.data.spin);
    const strict = createSpinDetector(config.data.spin, { threshold: 50, minSuspects: 9 });
    const { doc: d, p } = paragraphs();
    const a = loose.scoreParagraph(d, p);
    const b = strict.scoreParagraph(d, p);
    expect(a).toEqual(direct(loose, p));
    expect(b).toEqual(direct(strict, p));
    expect(a.flagged).toBe(true);
    expect(b.flagged).toBe(false);
    expect(b.suspects).toEqual(a.suspects);
  });

  it('reads afresh with extra evidence, and a caller changing its result changes nothing later', () => {
    const detector = createSpinDetector(config.data.spin);
    const { doc: d, p } = paragraphs();
    const plain = detector.scoreParagraph(d, p);
    const extra: SpinSuspect[] = [{ start: 0, end: 9, text: 'Alibaba’s', original: 'Tencent’s', weight: 0.9, reason: 'alignment' }];
    expect(detector.scoreParagraph(d, p, extra)).toEqual(direct(detector, p, extra));
    plain.suspects.length = 0;
    expect(detector.scoreParagraph(d, p)).toEqual(direct(detector, p));
  });

  it('does not reuse a reading for another document', () => {
    const detector = createSpinDetector(config.data.spin);
    const { doc: d, p } = paragraphs();
    detector.scoreParagraph(d, p);
    const other = { ...d, text: text.replace('proportion value', 'share price     ') };
    const s = detector.scoreParagraph(other, p);
    expect(s.suspects.map((x) => x.text)).not.toContain('proportion value');
  });
});
