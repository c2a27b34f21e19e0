import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/index.js';
import { evaluateValueConflict, valueConflictSchema } from '../../src/evaluate/value-conflict.js';
import { claim, context, shippedRule, textDoc } from './factory.js';

const rule = shippedRule('value-conflict', valueConflictSchema);
const share = { metric: 'market-share', subject: { id: 'acme-cloud', name: 'Acme Cloud', via: 'alias' as const } };

describe('value-conflict', () => {
  it('reports 38% vs 36% in differently named segments once, as a warning naming both scopes', () => {
    const a = textDoc('a.txt', 'Acme Cloud holds a 38% share of the relational database market.');
    const b = textDoc('b.txt', 'Acme Cloud has 36% of the cloud sector. Acme Cloud keeps 36% of the cloud sector.');
    const claims = [
      claim(a, '38%', 38, 38, '%', { ...share, scope: { geography: 'china', segment: 'relational database' } }),
      claim(b, '36%', 36, 36, '%', { ...share, scope: { geography: 'china', segment: 'cloud' } }),
      claim(b, '36%', 36, 36, '%', { ...share, scope: { geography: 'china', segment: 'cloud' } }, 45),
    ];
    const out = evaluateValueConflict(rule, context([a, b], claims));
    expect(out).toHaveLength(1);
    expect(out[0]?.severity).toBe('warning');
    expect(out[0]?.claims).toHaveLength(3);
    expect(out[0]?.message).toContain('segment differs: relational database vs cloud');
    expect(out[0]?.message).toContain('"38%" [38%] (a.txt)');
    expect(out[0]?.message).toContain('same subject and metric, geography china');
  });

  it('an error when the same scope gives far-apart values', () => {
    const a = textDoc('a.txt', 'Acme revenue was $12 billion.');
    const b = textDoc('b.txt', 'Acme revenue was $19 billion.');
    const out = evaluateValueConflict(rule, context([a, b], [claim(a, '$12 billion', 12e9, 12e9, 'USD'), claim(b, '$19 billion', 19e9, 19e9, 'USD')]));
    expect(out.map((f) => f.severity)).toEqual(['error']);
  });

  const agree: [string, [string, number | null, number | null], [string, number | null, number | null]][] = [
    ['a hedge and a value inside it', ['more than $50 billion', 50e9, null], ['$53 billion', 53e9, 53e9]],
    ['about 4.8 million and 4.76 million', ['about 4.8 million', 4.56e6, 5.04e6], ['4.76 million', 4.76e6, 4.76e6]],
    ['scale variants', ['$3.4 billion', 3.4e9, 3.4e9], ['$3,400 million', 3.4e9, 3.4e9]],
    ['rounding of the written digits', ['$3.4 billion', 3.4e9, 3.4e9], ['$3.42 billion', 3.42e9, 3.42e9]],
  ];
  for (const [name, [t1, l1, h1], [t2, l2, h2]] of agree)
    it(`no finding for ${name}`, () => {
      const a = textDoc('a.txt', `Acme spent ${t1} this year.`);
      const b = textDoc('b.txt', `Acme spent ${t2} this year.`);
      const claims = [claim(a, t1, l1, h1, 'USD', { metric: 'capex' }), claim(b, t2, l2, h2, 'USD', { metric: 'capex' })];
      expect(evaluateValueConflict(rule, context([a, b], claims))).toEqual([]);
    });

  it('never compares across a hard scope (another period or geography)', () => {
    const a = textDoc('a.txt', 'Acme revenue was $12 billion in 2023.');
    const b = textDoc('b.txt', 'Acme revenue was $19 billion in 2024. In China it was $3 billion.');
    const claims = [
      claim(a, '$12 billion', 12e9, 12e9, 'USD', { period: '2023' }),
      claim(b, '$19 billion', 19e9, 19e9, 'USD', { period: '2024' }),
      claim(b, '$3 billion', 3e9, 3e9, 'USD', { period: '2024', scope: { geography: 'china' } }),
    ];
    expect(evaluateValueConflict(rule, context([a, b], claims))).toEqual([]);
  });

  it('never compares two values of one sentence, nor by default of one document', () => {
    const a = textDoc('a.txt', 'Acme trades at 15 times earnings against 35 times for peers. Later it traded at 20 times.');
    const claims = [claim(a, '15 times', 15, 15, 'x', { metric: 'pe-ratio' }), claim(a, '35 times', 35, 35, 'x', { metric: 'pe-ratio' }), claim(a, '20 times', 20, 20, 'x', { metric: 'pe-ratio' })];
    expect(evaluateValueConflict(rule, context([a], claims))).toEqual([]);
  });

  it('a time-varying metric at different dates is not a conflict', () => {
    const a = textDoc('a.txt', 'Acme trades at 15 times earnings.', '2024-01-10');
    const b = textDoc('b.txt', 'Acme trades at 25 times earnings.', '2025-06-01');
    const claims = [claim(a, '15 times', 15, 15, 'x', { metric: 'pe-ratio' }), claim(b, '25 times', 25, 25, 'x', { metric: 'pe-ratio' })];
    expect(evaluateValueConflict(rule, context([a, b], claims))).toEqual([]);
  });
});

describe('value-conflict on changes', () => {
  it('compares changes only when both state their period', () => {
    const a = textDoc('a.txt', 'Acme revenue rose 13% in 2024. Acme revenue rose 20%.');
    const b = textDoc('b.txt', 'Acme revenue rose 31% in 2024.');
    const claims = [
      claim(a, '13%', 13, 13, '%', { aspect: 'change', period: '2024' }),
      claim(a, '20%', 20, 20, '%', { aspect: 'change' }),
      claim(b, '31%', 31, 31, '%', { aspect: 'change', period: '2024' }),
    ];
    const out = evaluateValueConflict(rule, context([a, b], claims));
    expect(out.map((f) => f.claims)).toEqual([[claims[0]?.id, claims[2]?.id]]);
  });
});

describe('value-conflict reads the span and mood of a sentence when extraction gave no period', () => {
  const pair = (t1: string, v1: string, t2: string, v2: string) => {
    const a = textDoc('a.txt', t1);
    const b = textDoc('b.txt', t2);
    const n = (v: string) => Number(/\d+/.exec(v)?.[0]) * 1e9;
    return evaluateValueConflict(rule, context([a, b], [claim(a, v1, n(v1), n(v1), 'USD'), claim(b, v2, n(v2), n(v2), 'USD')]));
  };

  it('keeps first-half and full-year figures, and a forecast and a result, apart', () => {
    expect(pair('Acme first-half revenue was $5 billion.', '$5 billion', 'Acme full-year revenue was $11 billion.', '$11 billion')).toEqual([]);
    expect(pair('Acme expects revenue of $14 billion.', '$14 billion', 'Acme revenue was $11 billion.', '$11 billion')).toEqual([]);
  });

  it('still compares two results that name the same span', () => {
    expect(pair('Acme full-year revenue was $5 billion.', '$5 billion', 'Acme full year revenue was $11 billion.', '$11 billion')).toHaveLength(1);
  });
});

describe('value-conflict severity follows consequence', () => {
  const shares = (x: number, y: number) => {
    const a = textDoc('a.txt', `Acme won ${x}% of the vote.`);
    const b = textDoc('b.txt', `Acme won ${y}% of the vote.`);
    return evaluateValueConflict(rule, context([a, b], [claim(a, `${x}%`, x, x, '%', { metric: 'market-share' }), claim(b, `${y}%`, y, y, '%', { metric: 'market-share' })]));
  };

  it('a small gap is a warning, a large one an error, and crossing 50% an error however small', () => {
    expect(shares(40, 42).map((f) => f.severity)).toEqual(['warning']);
    expect(shares(40, 55).map((f) => f.severity)).toEqual(['error']);
    expect(shares(49, 51).map((f) => [f.severity, f.notes[0]])).toEqual([['error', 'the sources fall on both sides of 50']]);
  });
});

describe('value-conflict splits a partition by soft scope', () => {
  const cloud = { ...share, scope: { geography: 'china', segment: 'cloud market' } };
  const database = { ...share, scope: { geography: 'china', segment: 'relational database' } };
  const docs = () => [
    textDoc('a.txt', "Acme Cloud holds 36% of China's cloud market."),
    textDoc('b.txt', "Acme Cloud holds 48% of China's cloud market."),
    textDoc('c.txt', 'Acme Cloud holds 36% of the relational database market.'),
  ] as const;

  it('a conflict within one segment is full severity even with a claim about another segment beside it', () => {
    const [a, b, c] = docs();
    const claims = [claim(a, '36%', 36, 36, '%', cloud), claim(b, '48%', 48, 48, '%', cloud), claim(c, '36%', 36, 36, '%', database)];
    const same = evaluateValueConflict(rule, context([a, b, c], claims)).find((f) => f.severity === 'error');
    expect(same?.claims).toEqual([claims[0]?.id, claims[1]?.id]);
    expect(same?.message).toBe(
      'Acme Cloud market-share: "36%" [36%] (a.txt) vs "48%" [48%] (b.txt) cannot all hold (same subject and metric, geography china, segment cloud market).',
    );
    expect(same?.notes).toEqual(['largest gap 11.001 % (tolerance 0.5)']);
  });

  it('a disagreement across segments stays a warning naming both scopes, and holds only the pairs across them', () => {
    const [a, b, c] = docs();
    const claims = [claim(a, '36%', 36, 36, '%', cloud), claim(b, '48%', 48, 48, '%', cloud), claim(c, '36%', 36, 36, '%', database)];
    const out = evaluateValueConflict(rule, context([a, b, c], claims));
    expect(out.map((f) => f.severity)).toEqual(['error', 'warning']);
    // 36% (cloud) and 36% (database) agree; only 48% (cloud) against 36% (database) crosses segments.
    expect(out[1]?.claims).toEqual([claims[1]?.id, claims[2]?.id]);
    expect(out[1]?.message).toContain('(same subject and metric, geography china). segment differs: cloud market vs relational database');
  });

  it('reports each disagreeing pair in one finding only, with distinct fingerprints', () => {
    // b.txt gives 48% for both segments: the pair within "cloud market" and the pair across segments have the
    // same documents and values, which must not make them one fingerprint (evaluate() would drop one).
    const a = textDoc('a.txt', "Acme Cloud holds 36% of China's cloud market.");
    const b = textDoc('b.txt', "Acme Cloud holds 48% of China's cloud market. Acme Cloud holds 48% of the relational database market.");
    const claims = [claim(a, '36%', 36, 36, '%', cloud), claim(b, '48%', 48, 48, '%', cloud), claim(b, '48%', 48, 48, '%', database, 50)];
    const out = evaluate([{ ...rule, id: 'core.value-conflict', file: 'value-conflict.yaml' }], context([a, b], claims));
    expect(out.map((f) => [f.severity, f.claims])).toEqual([
      ['error', [claims[0]?.id, claims[1]?.id]],
      ['warning', [claims[0]?.id, claims[2]?.id]],
    ]);
    expect(new Set(out.map((f) => f.id)).size).toBe(2);
  });

  it('keeps the fingerprint of a conflict when a claim about another segment joins the group', () => {
    const [a, b, c] = docs();
    const ruleWithId = { ...rule, id: 'core.value-conflict', file: 'value-conflict.yaml' };
    const pair = [claim(a, '36%', 36, 36, '%', cloud), claim(b, '48%', 48, 48, '%', cloud)];
    const alone = evaluate([ruleWithId], context([a, b], pair));
    const joined = evaluate([ruleWithId], context([a, b, c], [...pair, claim(c, '36%', 36, 36, '%', database)]));
    expect(alone.map((f) => [f.severity, f.id])).toEqual([['error', joined[0]?.id]]);
  });
});
