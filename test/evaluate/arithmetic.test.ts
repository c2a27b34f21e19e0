import { describe, expect, it } from 'vitest';
import { conversionCheckSchema, evaluateConversionCheck } from '../../src/evaluate/conversion-check.js';
import { evaluateRatioCheck, ratioCheckSchema } from '../../src/evaluate/ratio-check.js';
import { evaluateSumCheck, sumCheckSchema } from '../../src/evaluate/sum-check.js';
import type { Segmented } from '../../src/core/types.js';
import { claim, context, shippedRule, textDoc } from './factory.js';

const conversion = shippedRule('conversion-check', conversionCheckSchema);
const sum = shippedRule('sum-check', sumCheckSchema);
const ratio = shippedRule('ratio-check', ratioCheckSchema);
const B = 1e9;

describe('conversion-check', () => {
  it('accepts a conversion at the dated rate and flags one that is off, naming both rates', () => {
    const ok = textDoc('a.txt', 'Acme will invest $53 billion (RMB 380 billion) over three years.', '2025-02-24');
    const bad = textDoc('b.txt', 'Acme will invest $53 billion (RMB 480 billion) over three years.', '2025-02-24');
    const claims = [
      claim(ok, '$53 billion', 53 * B, 53 * B, 'USD'),
      claim(ok, 'RMB 380 billion', 380 * B, 380 * B, 'CNY'),
      claim(bad, '$53 billion', 53 * B, 53 * B, 'USD'),
      claim(bad, 'RMB 480 billion', 480 * B, 480 * B, 'CNY'),
    ];
    const out = evaluateConversionCheck(conversion, context([ok, bad], claims));
    expect(out).toHaveLength(1);
    expect(out[0]?.spans[0]?.doc).toBe('b.txt');
    expect(out[0]?.message).toContain('implies 9.057 CNY/USD; expected about 7.18 CNY/USD (2025 average');
  });

  it('checks physical units against fixed factors, allowing rounded conversions', () => {
    const d = textDoc('a.txt', 'The line runs 500 miles (805 km). The lake is 20 km (12 miles) long. The tower is 300 feet (150 m) tall.');
    const out = evaluateConversionCheck(conversion, context([d], []));
    expect(out).toHaveLength(1);
    expect(out[0]?.message).toContain('"300 feet" converted to "150 m"');
    expect(out[0]?.message).toContain('expected about 91.44 m');
  });
});

describe('sum-check', () => {
  it('adds the parts with their ranges: $105 + $60–65 + $75 + $80 billion fits "exceed $320 billion"', () => {
    const d = textDoc('a.txt', 'Combined spending will exceed $320 billion: Amazon $105 billion, Meta $60-65 billion, Google $75 billion, Microsoft $80 billion.');
    const claims = [
      claim(d, 'exceed $320 billion', 320 * B, null, 'USD'),
      claim(d, '$105 billion', 105 * B, 105 * B, 'USD'),
      claim(d, '$60-65 billion', 60 * B, 65 * B, 'USD'),
      claim(d, '$75 billion', 75 * B, 75 * B, 'USD'),
      claim(d, '$80 billion', 80 * B, 80 * B, 'USD'),
    ];
    expect(evaluateSumCheck(sum, context([d], claims))).toEqual([]);
  });

  it('flags seats that add up to more than the chamber', () => {
    const d = textDoc('a.txt', 'In the 450-seat chamber, the Reds won 212 seats, the Blues 168 and the Greens 95.');
    const claims = [claim(d, '450', 450, 450, 'count'), claim(d, '212', 212, 212, 'count'), claim(d, '168', 168, 168, 'count'), claim(d, '95', 95, 95, 'count')];
    const out = evaluateSumCheck(sum, context([d], claims));
    expect(out).toHaveLength(1);
    expect(out[0]?.message).toContain('add up to 475, which would exceed the stated total "450"');
  });

  it('ignores comparisons with earlier totals', () => {
    const d = textDoc('a.txt', 'Total spending reached $320 billion, up from $230 billion last year and $150 billion in 2023.');
    const claims = [claim(d, '$320 billion', 320 * B, 320 * B, 'USD'), claim(d, '$230 billion', 230 * B, 230 * B, 'USD'), claim(d, '$150 billion', 150 * B, 150 * B, 'USD')];
    expect(evaluateSumCheck(sum, context([d], claims))).toEqual([]);
  });
});

describe('sum-check of parts listed after "including"', () => {
  const M = 1e6;
  const check = (text: string, values: ReadonlyArray<[string, number]>) => {
    const d = textDoc('a.txt', text);
    return evaluateSumCheck(sum, context([d], values.map(([v, n]) => claim(d, v, n * M, n * M, 'GBP'))));
  };

  it('flags parts that add up to more than the amount they are included in, however far the cue stands from it', () => {
    const out = check('Tarnside Water plans to spend £1,100 million over the next five years, including £600 million on storm overflows and £650 million on treatment works.', [['£1,100 million', 1100], ['£600 million', 600], ['£650 million', 650]]);
    expect(out).toHaveLength(1);
    expect(out[0]?.message).toContain('which would exceed the stated total "£1,100 million"');
  });

  it('accepts included parts that leave some of the amount unlisted, and a cue that does not lead into the next value', () => {
    expect(check('Tarnside Water plans to spend £1,100 million over five years, including £600 million on storm overflows and £350 million on treatment works.', [['£1,100 million', 1100], ['£600 million', 600], ['£350 million', 350]])).toEqual([]);
    expect(check('Tarnside Water spent £40 million, including on repairs; it paid £30 million in tax and £25 million in dividends.', [['£40 million', 40], ['£30 million', 30], ['£25 million', 25]])).toEqual([]);
  });
});

describe('sum-check of parts listed after "Of that,"', () => {
  const M = 1e6;
  const text = (parts: string) => `Kelby council approved a £96 million housing budget. Of that, ${parts} Rents will rise by 7.7%.`;
  const claimsOf = (d: Segmented, parts: readonly string[]) => [claim(d, '£96 million', 96 * M, 96 * M, 'GBP'), ...parts.map((p) => claim(d, p, Number(p.replace(/\D/g, '')) * M, Number(p.replace(/\D/g, '')) * M, 'GBP'))];

  it('flags parts in the next sentence that add up to more than the amount they point back to', () => {
    const d = textDoc('a.txt', text('£60 million will go on new homes, £30 million on repairs and £16 million on temporary housing.'));
    const out = evaluateSumCheck(sum, context([d], claimsOf(d, ['£60 million', '£30 million', '£16 million'])));
    expect(out).toHaveLength(1);
    expect(out[0]?.message).toBe('Parts "£60 million" + "£30 million" + "£16 million" add up to GBP 106 million, which would exceed the stated total "£96 million" (a.txt).');
  });

  it('accepts parts that leave some of the amount unlisted, and a comparison that is no list', () => {
    const fewer = textDoc('a.txt', text('£60 million will go on new homes and £30 million on repairs.'));
    expect(evaluateSumCheck(sum, context([fewer], claimsOf(fewer, ['£60 million', '£30 million'])))).toEqual([]);
    const compared = textDoc('b.txt', text('£60 million will go on new homes, up from £50 million last year.'));
    expect(evaluateSumCheck(sum, context([compared], claimsOf(compared, ['£60 million', '£50 million'])))).toEqual([]);
  });
});

describe('sum-check of funding against cost', () => {
  const M = 1e6;
  const cost = { metric: 'capex' };
  const library = (id: string, text: string) => textDoc(id, text);

  it('flags funding sources that fall short of the cost stated earlier in the document', () => {
    const d = library('a.txt', 'The town backed a $90 million plan to rebuild the library. It is funded by a $60 million state grant and a $20 million bank loan.');
    const claims = [claim(d, '$90 million', 90 * M, 90 * M, 'USD', cost), claim(d, '$60 million', 60 * M, 60 * M, 'USD', { metric: 'budget' }), claim(d, '$20 million', 20 * M, 20 * M, 'USD', { metric: 'loan' })];
    const out = evaluateSumCheck(sum, context([d], claims));
    expect(out).toHaveLength(1);
    expect(out[0]?.severity).toBe('warning');
    expect(out[0]?.message).toBe('Parts "$60 million" + "$20 million" add up to USD 80 million, which would fall short of the stated total "$90 million" (a.txt).');
    expect(out[0]?.spans.map((s) => d.doc.text.slice(s.start, s.end))).toEqual(['$90 million', '$60 million', '$20 million']);
  });

  it('accepts funding that adds up, and flags funding that exceeds the cost', () => {
    const ok = library('a.txt', 'The library will cost $80 million. It is funded by a $60 million state grant and a $20 million bank loan.');
    const over = library('b.txt', 'The library will cost $70 million. It is funded by a $60 million state grant and a $20 million bank loan.');
    const mk = (d: Segmented, total: string, v: number) => [claim(d, total, v, v, 'USD', cost), claim(d, '$60 million', 60 * M, 60 * M, 'USD', { metric: 'budget' }), claim(d, '$20 million', 20 * M, 20 * M, 'USD', { metric: 'loan' })];
    const out = evaluateSumCheck(sum, context([ok, over], [...mk(ok, '$80 million', 80 * M), ...mk(over, '$70 million', 70 * M)]));
    expect(out.map((f) => [f.spans[0]?.doc, f.severity])).toEqual([['b.txt', 'error']]);
  });

  it('does not hold listed sources to the cost when the text says they are only some of them', () => {
    const d = library('a.txt', 'The library will cost $90 million. It is funded partly by a $60 million state grant and a $20 million bank loan.');
    const claims = [claim(d, '$90 million', 90 * M, 90 * M, 'USD', cost), claim(d, '$60 million', 60 * M, 60 * M, 'USD', { metric: 'budget' }), claim(d, '$20 million', 20 * M, 20 * M, 'USD', { metric: 'loan' })];
    expect(evaluateSumCheck(sum, context([d], claims))).toEqual([]);
  });

  it('does not hold sources to the cost when the next sentence says they are partial, or when they fund another thing', () => {
    const rest = library('a.txt', 'The library will cost $90 million. It is funded by a $60 million state grant and a $20 million bank loan. Donors will cover the rest.');
    const dorm = library('b.txt', 'The college plans a $90 million library. The new dorm is funded by a $60 million state grant and a $20 million bank loan.');
    const mk = (d: Segmented) => [claim(d, '$90 million', 90 * M, 90 * M, 'USD', cost), claim(d, '$60 million', 60 * M, 60 * M, 'USD', { metric: 'budget' }), claim(d, '$20 million', 20 * M, 20 * M, 'USD', { metric: 'loan' })];
    expect(evaluateSumCheck(sum, context([rest, dorm], [...mk(rest), ...mk(dorm)]))).toEqual([]);
  });

  it('reads the cost and its funding in one sentence', () => {
    const d = library('a.txt', 'The $90 million extension is funded by a $60 million state grant and a $20 million bank loan.');
    const claims = [claim(d, '$90 million', 90 * M, 90 * M, 'USD', cost), claim(d, '$60 million', 60 * M, 60 * M, 'USD', { metric: 'budget' }), claim(d, '$20 million', 20 * M, 20 * M, 'USD', { metric: 'loan' })];
    expect(evaluateSumCheck(sum, context([d], claims)).map((f) => f.actual)).toEqual(['USD 80 million (sum of parts)']);
  });

  it('leaves costs that disagree among themselves, and sources of another subject, alone', () => {
    const d = library('a.txt', 'The library will cost $90 million, or $80 million by another count. It is funded by a $60 million state grant and a $20 million bank loan.');
    const claims = [
      claim(d, '$90 million', 90 * M, 90 * M, 'USD', cost),
      claim(d, '$80 million', 80 * M, 80 * M, 'USD', cost),
      claim(d, '$60 million', 60 * M, 60 * M, 'USD', { metric: 'budget' }),
      claim(d, '$20 million', 20 * M, 20 * M, 'USD', { metric: 'loan' }),
    ];
    expect(evaluateSumCheck(sum, context([d], claims))).toEqual([]);
    const other = library('b.txt', 'The library will cost $90 million. The museum is funded by a $60 million state grant and a $20 million bank loan.');
    const museum = { id: 'museum', name: 'Museum', via: 'text' as const };
    const parts = [claim(other, '$90 million', 90 * M, 90 * M, 'USD', cost), claim(other, '$60 million', 60 * M, 60 * M, 'USD', { subject: museum }), claim(other, '$20 million', 20 * M, 20 * M, 'USD', { subject: museum })];
    expect(evaluateSumCheck(sum, context([other], parts))).toEqual([]);
  });
});

describe('ratio-check', () => {
  it('checks "N of M, or P%"', () => {
    const good = textDoc('a.txt', 'The bill passed with 212 of the 450 members, or 47%, in favour.');
    const bad = textDoc('b.txt', 'The bill passed with 212 of the 450 members, or 57%, in favour.');
    const mk = (d: typeof good, p: string, v: number) => [claim(d, '212', 212, 212, 'count'), claim(d, '450', 450, 450, 'count'), claim(d, p, v, v, '%')];
    const out = evaluateRatioCheck(ratio, context([good, bad], [...mk(good, '47%', 47), ...mk(bad, '57%', 57)]));
    expect(out).toHaveLength(1);
    expect(out[0]?.message).toContain('the stated "57%" does not follow; the figures give about 47.1');
  });

  it('checks a change stated with its base and level', () => {
    const good = textDoc('a.txt', 'Members rose to 32,400, up 8% from 30,000.');
    const bad = textDoc('b.txt', 'Members rose to 36,400, up 8% from 30,000.');
    const mk = (d: typeof good, l: string, v: number) => [claim(d, l, v, v, 'count'), claim(d, '8%', 8, 8, '%', { aspect: 'change' }), claim(d, '30,000', 3e4, 3e4, 'count')];
    const out = evaluateRatioCheck(ratio, context([good, bad], [...mk(good, '32,400', 32400), ...mk(bad, '36,400', 36400)]));
    expect(out.map((f) => f.spans[0]?.doc)).toEqual(['b.txt']);
  });

  it('checks "A …, roughly P% of its B" with a few words between A and the comma', () => {
    const good = textDoc('a.txt', 'Verdant will shed 2,300 jobs by 2027, roughly 9% of its 25,400 employees.');
    const bad = textDoc('b.txt', 'Verdant will shed 3,200 jobs by 2027, roughly 9% of its 25,400 employees.');
    const mk = (d: typeof good, a: string, v: number) => [claim(d, a, v, v, 'count:jobs'), claim(d, 'roughly 9%', 8.55, 9.45, '%'), claim(d, '25,400', 25400, 25400, 'count:employees')];
    const out = evaluateRatioCheck(ratio, context([good, bad], [...mk(good, '2,300', 2300), ...mk(bad, '3,200', 3200)]));
    expect(out.map((f) => f.spans[0]?.doc)).toEqual(['b.txt']);
  });

  it('checks fraction words and multiples loosely', () => {
    const d = textDoc('a.txt', 'It hired 600 people, half of its 1,200 staff. Sales doubled from $2 billion to $4.1 billion. Costs tripled from $1 billion to $5 billion.');
    const claims = [
      claim(d, '600', 600, 600, 'count'),
      claim(d, '1,200', 1200, 1200, 'count'),
      claim(d, '$2 billion', 2 * B, 2 * B, 'USD'),
      claim(d, '$4.1 billion', 4.1 * B, 4.1 * B, 'USD'),
      claim(d, '$1 billion', 1 * B, 1 * B, 'USD'),
      claim(d, '$5 billion', 5 * B, 5 * B, 'USD'),
    ];
    const out = evaluateRatioCheck(ratio, context([d], claims));
    expect(out).toHaveLength(1);
    expect(out[0]?.message).toContain('"$1 billion to $5 billion"');
  });
});

describe('conversion-check without a table rate', () => {
  it('compares with the median rate the corpus implies', () => {
    const docs = ['$10 million (KRW 13 billion)', '$20 million (KRW 26.2 billion)', '$30 million (KRW 39.3 billion)', '$10 million (KRW 18 billion)'].map((t, i) => textDoc(`${i}.txt`, `Nimbus paid ${t} for it.`, '2024-05-01'));
    const claims = docs.flatMap((d) => {
      const [usd = '', krw = ''] = /(\$\d+ million) \((KRW [\d.]+ billion)\)/.exec(d.doc.text)?.slice(1) ?? [];
      const u = Number(/\d+/.exec(usd)?.[0]) * 1e6;
      const k = Number(/[\d.]+/.exec(krw)?.[0]) * 1e9;
      return [claim(d, usd, u, u, 'USD'), claim(d, krw, k, k, 'KRW')];
    });
    const out = evaluateConversionCheck(conversion, context(docs, claims));
    expect(out.map((f) => f.spans[0]?.doc)).toEqual(['3.txt']);
    expect(out[0]?.message).toContain('median of 3 other conversions in these documents');
  });
});

describe('conversion-check with an ambiguous symbol', () => {
  it('accepts "¥300 billion ($2 billion)" as yen, and flags a conversion that fits neither yen nor yuan', () => {
    const ok = textDoc('a.txt', 'Kaito will spend ¥300 billion ($2 billion) on a plant.', '2024-07-01');
    const bad = textDoc('b.txt', 'Kaito will spend ¥300 billion ($800 million) on a plant.', '2024-07-01');
    const claims = [
      claim(ok, '¥300 billion', 300 * B, 300 * B, 'CNY', { ambiguous: true }),
      claim(ok, '$2 billion', 2 * B, 2 * B, 'USD'),
      claim(bad, '¥300 billion', 300 * B, 300 * B, 'CNY', { ambiguous: true }),
      claim(bad, '$800 million', 0.8 * B, 0.8 * B, 'USD'),
    ];
    const out = evaluateConversionCheck(conversion, context([ok, bad], claims));
    expect(out.map((f) => f.spans[0]?.doc)).toEqual(['b.txt']);
  });
});
