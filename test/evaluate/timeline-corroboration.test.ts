import { describe, expect, it } from 'vitest';
import { corroborationSchema, evaluateCorroboration } from '../../src/evaluate/corroboration.js';
import { evaluateTimeline, timelineSchema } from '../../src/evaluate/timeline.js';
import { claim, context, shippedRule, textDoc } from './factory.js';

const timeline = shippedRule('timeline', timelineSchema);
const corroboration = shippedRule('corroboration', corroborationSchema);

describe('timeline', () => {
  it('shows a time-varying metric at two dates as one notice in date order', () => {
    const a = textDoc('a.txt', 'Acme trades at 25 times earnings.', '2025-06-01');
    const b = textDoc('b.txt', 'Acme trades at 15 times earnings.', '2024-01-10');
    const out = evaluateTimeline(timeline, context([a, b], [claim(a, '25 times', 25, 25, 'x', { metric: 'pe-ratio' }), claim(b, '15 times', 15, 15, 'x', { metric: 'pe-ratio' })]));
    expect(out).toHaveLength(1);
    expect(out[0]?.kind).toBe('notice');
    expect(out[0]?.message).toMatch(/2024-01-10: "15 times".*; 2025-06-01: "25 times"/);
  });

  it('stays quiet for metrics that do not vary with time, and for equal values', () => {
    const a = textDoc('a.txt', 'Acme trades at 15 times earnings; revenue $2 billion.', '2025-06-01');
    const b = textDoc('b.txt', 'Acme trades at 15 times earnings; revenue $3 billion.', '2024-01-10');
    const claims = [
      claim(a, '15 times', 15, 15, 'x', { metric: 'pe-ratio' }),
      claim(b, '15 times', 15, 15, 'x', { metric: 'pe-ratio' }),
      claim(a, '$2 billion', 2e9, 2e9, 'USD'),
      claim(b, '$3 billion', 3e9, 3e9, 'USD'),
    ];
    expect(evaluateTimeline(timeline, context([a, b], claims))).toEqual([]);
  });
});

describe('corroboration', () => {
  it('notes two independent sources agreeing', () => {
    const a = textDoc('a.txt', 'Acme revenue was $3.4 billion.');
    const b = textDoc('b.txt', 'Acme revenue reached $3,400 million.');
    const out = evaluateCorroboration(corroboration, context([a, b], [claim(a, '$3.4 billion', 3.4e9, 3.4e9, 'USD'), claim(b, '$3,400 million', 3.4e9, 3.4e9, 'USD')]));
    expect(out.map((f) => [f.kind, f.severity])).toEqual([['notice', 'info']]);
    expect(out[0]?.message).toContain('confirmed by 2 independent sources');
  });

  it('does not count one document twice, nor a group that disagrees', () => {
    const a = textDoc('a.txt', 'Acme revenue was $3.4 billion. Again, $3.4 billion.');
    const b = textDoc('b.txt', 'Acme revenue reached $5 billion.');
    const one = [claim(a, '$3.4 billion', 3.4e9, 3.4e9, 'USD'), claim(a, '$3.4 billion', 3.4e9, 3.4e9, 'USD', {}, 20)];
    expect(evaluateCorroboration(corroboration, context([a], one))).toEqual([]);
    expect(evaluateCorroboration(corroboration, context([a, b], [...one, claim(b, '$5 billion', 5e9, 5e9, 'USD')]))).toEqual([]);
  });
});
