import { describe, expect, it } from 'vitest';
import { dateConflictSchema, evaluateDateConflict } from '../../src/evaluate/date-conflict.js';
import { claim, context, dateOf, shippedRule, textDoc } from './factory.js';

const rule = shippedRule('date-conflict', dateConflictSchema);
const event = (iso: string, precision: 'year' | 'month' | 'day', ev = 'founded', inferred: string[] = []) => ({ kind: 'date' as const, metric: null, event: ev, date: dateOf(iso, precision, inferred) });

describe('date-conflict', () => {
  it('flags one founding given two different days', () => {
    const a = textDoc('a.txt', 'Acme was founded on June 3, 2021.');
    const b = textDoc('b.txt', 'Acme was founded on 13 June 2021.');
    const out = evaluateDateConflict(rule, context([a, b], [claim(a, 'June 3, 2021', null, null, 'date', event('2021-06-03', 'day')), claim(b, '13 June 2021', null, null, 'date', event('2021-06-13', 'day'))]));
    expect(out).toHaveLength(1);
    expect(out[0]?.severity).toBe('error');
    expect(out[0]?.message).toContain('[2021-06-03] (a.txt) vs "13 June 2021" [2021-06-13] (b.txt)');
  });

  it('respects precision: a month agrees with a day inside it', () => {
    const a = textDoc('a.txt', 'Acme was founded in June 2021.');
    const b = textDoc('b.txt', 'Acme was founded on June 3, 2021.');
    expect(evaluateDateConflict(rule, context([a, b], [claim(a, 'June 2021', null, null, 'date', event('2021-06-01', 'month')), claim(b, 'June 3, 2021', null, null, 'date', event('2021-06-03', 'day'))]))).toEqual([]);
  });

  it('compares only the written day and month when a year was guessed from the publication date', () => {
    const a = textDoc('a.txt', 'Acme was founded on June 3.', '2021-07-01');
    const b = textDoc('b.txt', 'Acme was founded on 13 June.', '2022-07-01');
    const c = textDoc('c.txt', 'Acme was founded on June 3, 2021.');
    const claims = [
      claim(a, 'June 3', null, null, 'date', event('2021-06-03', 'day', 'founded', ['year'])),
      claim(b, '13 June', null, null, 'date', event('2022-06-13', 'day', 'founded', ['year'])),
    ];
    const out = evaluateDateConflict(rule, context([a, b], claims));
    expect(out.map((f) => f.severity)).toEqual(['warning']);
    const agreeing = [claims[0]!, claim(c, 'June 3, 2021', null, null, 'date', event('2021-06-03', 'day'))];
    expect(evaluateDateConflict(rule, context([a, c], agreeing))).toEqual([]);
  });

  it('does not compare recurring events; a guessed year is no evidence', () => {
    const a = textDoc('a.txt', 'Acme announced it on June 3, 2021. Acme was founded on May 1.');
    const b = textDoc('b.txt', 'Acme announced it on July 9, 2021. Acme was founded in May.');
    const claims = [
      claim(a, 'June 3, 2021', null, null, 'date', event('2021-06-03', 'day', 'announcement')),
      claim(b, 'July 9, 2021', null, null, 'date', event('2021-07-09', 'day', 'announcement')),
      claim(a, 'May 1', null, null, 'date', event('2021-05-01', 'day', 'founded', ['year'])),
      claim(b, 'May', null, null, 'date', event('2022-05-01', 'month', 'founded', ['year'])),
    ];
    expect(evaluateDateConflict(rule, context([a, b], claims))).toEqual([]);
  });
});
