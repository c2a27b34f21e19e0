// Restoration for extraction: confident substitutions undone, offsets mapped back to the text as written.
import { describe, expect, it } from 'vitest';
import { createSpinDetector } from '../../src/language/detector.js';
import { applyRestoration, restoreParagraph } from '../../src/language/restore.js';
import { bundledConfig } from '../helpers.js';

const detector = createSpinDetector(bundledConfig().data.spin);

describe('restoreParagraph', () => {
  it('undoes confident pairs and maps offsets back', () => {
    const text = 'Alibaba’s proportion value rose 5%, and it plans $50 billion of spending over the then 3 years.';
    const r = restoreParagraph(detector, text);
    expect(r.text).toBe('Alibaba’s share price rose 5%, and it plans $50 billion of spending over the next 3 years.');
    const five = r.text.indexOf('5%');
    expect(text.slice(r.toOriginal(five), r.toOriginal(five + 2))).toBe('5%');
    const fifty = r.text.indexOf('$50 billion');
    expect(text.slice(r.toOriginal(fifty), r.toOriginal(fifty + 11))).toBe('$50 billion');
    expect(r.toRestored(text.indexOf('5%'))).toBe(five);
    expect(r.edits.map((e) => [e.spun, e.original])).toEqual([
      ['proportion value', 'share price'],
      ['the then 3 years', 'the next 3 years'],
    ]);
    // Inside a replacement, positions map to the replaced stretch.
    const edit = r.edits[0]!;
    expect(r.toOriginal(edit.restoredStart)).toBe(edit.start);
  });

  it('leaves weak evidence and clean text untouched', () => {
    const text = 'Tsai mentioned that revenue rose 5% in the quarter.';
    const r = restoreParagraph(detector, text);
    expect(r.text).toBe(text);
    expect(r.edits).toEqual([]);
    expect(r.toOriginal(10)).toBe(10);
  });

  it('keeps a sentence-initial capital', () => {
    const r = applyRestoration('Upcoming the IPO was scrapped.', [{ start: 0, end: 12, text: 'Upcoming the', original: 'after the', weight: 1, reason: 'lexicon' }]);
    expect(r.text).toBe('After the IPO was scrapped.');
  });
});
