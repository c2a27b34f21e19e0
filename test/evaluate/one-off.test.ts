import { describe, expect, it } from 'vitest';
import { relativeYear } from '../../src/extract/qualifiers.js';
import { evaluateValueConflict, valueConflictSchema } from '../../src/evaluate/value-conflict.js';
import { claim, context, shippedRule, textDoc } from './factory.js';

const rule = shippedRule('value-conflict', valueConflictSchema);
const hotels = { subject: { id: 'tamsin-hotels', name: 'Tamsin Hotels', via: 'text' as const }, metric: null, noun: 'rooms' };

describe('value-conflict: one-off figures and deadlines', () => {
  it('compares what a plan adds with and without its deadline', () => {
    const a = textDoc('a.txt', 'Tamsin Hotels will add 90 rooms.');
    const b = textDoc('b.txt', 'Tamsin Hotels is adding 120 rooms by 2026.');
    const claims = [
      claim(a, '90', 90, 90, 'count:rooms', { ...hotels, aspect: 'addition' }),
      claim(b, '120', 120, 120, 'count:rooms', { ...hotels, aspect: 'addition', period: '2026', deadline: true }),
    ];
    const out = evaluateValueConflict(rule, context([a, b], claims));
    expect(out).toHaveLength(1);
    expect(out[0]?.claims).toHaveLength(2);
  });

  it('compares a project cost with a deadline against one without', () => {
    const a = textDoc('a.txt', 'Tamsin Hotels will spend £40 million on the extension.');
    const b = textDoc('b.txt', 'Tamsin Hotels will spend £55 million on the extension by 2026.');
    const over = { subject: hotels.subject, metric: 'capex' };
    const claims = [claim(a, '£40 million', 40e6, 40e6, 'GBP', over), claim(b, '£55 million', 55e6, 55e6, 'GBP', { ...over, period: '2026', deadline: true })];
    expect(evaluateValueConflict(rule, context([a, b], claims))).toHaveLength(1);
  });

  it('keeps two different deadlines apart, and never folds a yearly figure', () => {
    const a = textDoc('a.txt', 'Tamsin Hotels is adding 50 rooms by 2025.');
    const b = textDoc('b.txt', 'Tamsin Hotels is adding 120 rooms by 2027.');
    const adds = [
      claim(a, '50', 50, 50, 'count:rooms', { ...hotels, aspect: 'addition', period: '2025', deadline: true }),
      claim(b, '120', 120, 120, 'count:rooms', { ...hotels, aspect: 'addition', period: '2027', deadline: true }),
    ];
    expect(evaluateValueConflict(rule, context([a, b], adds))).toHaveLength(0);
    const c = textDoc('c.txt', 'Tamsin Hotels is to reach revenue of £300 million by 2026.');
    const d = textDoc('d.txt', 'Tamsin Hotels reported revenue of £210 million.');
    const revenue = { subject: hotels.subject, metric: 'revenue' };
    const yearly = [claim(c, '£300 million', 300e6, 300e6, 'GBP', { ...revenue, period: '2026', deadline: true }), claim(d, '£210 million', 210e6, 210e6, 'GBP', revenue)];
    expect(evaluateValueConflict(rule, context([c, d], yearly))).toHaveLength(0);
  });

  it('never compares an addition with the total there is', () => {
    const a = textDoc('a.txt', 'Tamsin Hotels will add 90 rooms.');
    const b = textDoc('b.txt', 'Tamsin Hotels has 640 rooms.');
    const claims = [claim(a, '90', 90, 90, 'count:rooms', { ...hotels, aspect: 'addition' }), claim(b, '640', 640, 640, 'count:rooms', hotels)];
    expect(evaluateValueConflict(rule, context([a, b], claims))).toHaveLength(0);
  });

  it('counts people alike once the metric says who is counted', () => {
    const a = textDoc('a.txt', 'Tamsin Hotels employs 4,000 people.');
    const b = textDoc('b.txt', 'Tamsin Hotels has 4,600 staff.');
    const c = textDoc('c.txt', 'Tamsin Hotels served 4,600 guests.');
    const claims = [
      claim(a, '4,000', 4000, 4000, 'count:people', { subject: hotels.subject, metric: 'employees', noun: 'people' }),
      claim(b, '4,600', 4600, 4600, 'count:staff', { subject: hotels.subject, metric: 'employees', noun: 'staff' }),
      claim(c, '4,600', 4600, 4600, 'count:guests', { subject: hotels.subject, metric: null, noun: 'guests' }),
    ];
    const out = evaluateValueConflict(rule, context([a, b, c], claims));
    expect(out).toHaveLength(1);
    expect(out[0]?.claims).toEqual([claims[0]?.id, claims[1]?.id]);
  });
});

describe('value-conflict: "last year" in a dated document', () => {
  const hall = { subject: { id: 'kestrel-hall', name: 'Kestrel Hall', via: 'text' as const }, metric: 'users', noun: 'visitors' };

  it('is the year before publication when it stands next to the value', () => {
    expect(relativeYear('The hall had 212,000 visitors last year.', '2024-05-14', 13, 20)).toBe('2023');
    expect(relativeYear('The hall expects 250,000 visitors this year.', '2024-05-14', 17, 24)).toBe('2024');
    expect(relativeYear('The hall had 212,000 visitors last year.', null, 13, 20)).toBeNull();
    // "up from 180,000 last year": the later figure is not last year's.
    expect(relativeYear('Visitors rose to 212,000, up from 180,000 last year.', '2024-05-14', 17, 24)).toBeNull();
  });

  it('compares a figure for "last year" with one for the year it means, and not with another year', () => {
    const a = textDoc('a.txt', 'Kestrel Hall had 212,000 visitors last year.', '2024-05-14');
    const b = textDoc('b.txt', 'Kestrel Hall had 221,000 visitors in 2023.', '2024-05-16');
    const c = textDoc('c.txt', 'Kestrel Hall had 190,000 visitors in 2022.', '2024-05-16');
    const claims = [
      // Extraction reads "last year" in a text of 2024 as 2023 (Claim.impliedPeriod).
      claim(a, '212,000', 212000, 212000, 'count:visitors', { ...hall, impliedPeriod: '2023' }),
      claim(b, '221,000', 221000, 221000, 'count:visitors', { ...hall, period: '2023' }),
      claim(c, '190,000', 190000, 190000, 'count:visitors', { ...hall, period: '2022' }),
    ];
    const out = evaluateValueConflict(rule, context([a, b, c], claims));
    expect(out.map((f) => f.claims)).toEqual([[claims[0]?.id, claims[1]?.id]]);
  });
});
