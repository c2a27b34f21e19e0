import { describe, expect, it } from 'vitest';
import { evaluatePeriodSanity, periodSanitySchema } from '../../src/evaluate/period-sanity.js';
import { context, shippedRule, textDoc } from './factory.js';

const rule = shippedRule('period-sanity', periodSanitySchema);

describe('period-sanity', () => {
  it('flags more consecutive quarters than a year holds', () => {
    const d = textDoc('a.txt', 'Profits grew for six consecutive quarters in 2024. Sales grew for three consecutive quarters in 2024.');
    const out = evaluatePeriodSanity(rule, context([d], []));
    expect(out.map((f) => f.message)).toEqual(['"six consecutive quarters in 2024": 6 consecutive quarters cannot fit in 2024, which has 4.']);
  });

  it('flags a weekday that does not fall on the date', () => {
    const d = textDoc('a.txt', 'The vote was held on Tuesday, March 4, 2025. The result came on Friday, March 4, 2025.');
    const out = evaluatePeriodSanity(rule, context([d], []));
    expect(out).toHaveLength(1);
    expect(out[0]?.message).toContain('2025-03-04 fell on a Tuesday, not a Friday');
  });

  it('flags a date after publication told in the past tense, not a plan', () => {
    const d = textDoc('a.txt', 'The plant opened on March 9, 2026. The plant will open on April 9, 2026. It was founded in January 2025. The United Nations summit on May 4, 2026 is in Bonn.', '2025-01-20');
    const out = evaluatePeriodSanity(rule, context([d], []));
    expect(out.map((f) => f.message)).toEqual(['"March 9, 2026": 2026-03-09 is after the publication date 2025-01-20 but is told in the past tense.']);
  });

  it('flags two elapsed times for one event in one document', () => {
    const d = textDoc('a.txt', 'Acme was founded a decade ago in a garage. Eleven years later after it was founded, it leads the market.');
    const ok = textDoc('b.txt', 'Acme was founded a decade ago. Ten years after it was founded, it leads.');
    const out = evaluatePeriodSanity(rule, context([d, ok], []));
    expect(out).toHaveLength(1);
    expect(out[0]?.severity).toBe('warning');
  });
});
