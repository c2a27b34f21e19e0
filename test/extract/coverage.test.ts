import { describe, expect, it } from 'vitest';
import { coverage, coverageLine } from '../../src/extract/coverage.js';
import { makeExtractor } from '../../src/extract/index.js';
import { segmentLexicon } from '../../src/pipeline.js';
import { segment } from '../../src/segment/index.js';
import { bundledConfig, doc } from '../helpers.js';

function run(text: string) {
  const config = bundledConfig();
  const docs = [segment(doc('a.txt', text, '2024-06-15'), segmentLexicon(config))];
  const claims = docs.flatMap(makeExtractor(config.data));
  return coverage(docs, claims);
}

describe('coverage', () => {
  it('counts numbers and dates, what became claims, and why the rest did not', () => {
    const c = run('Northwind Foods reported revenue of $4.2 billion in 2023 [9]. Northwind Foods was founded on March 3, 2001. It rained on May 5, 2001. Prices rose 4%.');
    const d = c.documents[0];
    // "in 2023" is a date of year precision, not a number; "[9]" is a numeral nothing reads.
    expect(d?.numbers).toEqual({ found: 3, claimed: 2, dropped: { boilerplate: 0, year: 0, unparseable: 1 } });
    expect(d?.dates).toEqual({ found: 3, claimed: 1, dropped: { boilerplate: 0, noEvent: 2 } });
    // "Prices rose 4%": prices changed, not a metric of Northwind Foods, so the claim has no metric.
    expect(d?.claims).toEqual({ total: 3, usable: 2, dropped: { noSubject: 0, noMetric: 1 } });
    expect(c.total.numbers.found).toBe(3);
  });

  it('counts claims without a subject or a metric as not usable', () => {
    expect(run('Prices rose 4% last month.').total.claims).toEqual({ total: 1, usable: 0, dropped: { noSubject: 1, noMetric: 0 } });
    expect(run('Northwind Foods has 3,000 trucks.').total.claims).toEqual({ total: 1, usable: 0, dropped: { noSubject: 0, noMetric: 1 } });
  });

  it('counts the two values of a conversion as read', () => {
    const c = run('Alibaba will invest $53 billion (RMB 380 billion).');
    expect(c.total.numbers.claimed).toBe(2);
  });

  it('has a one-line form for reports', () => {
    expect(coverageLine(run('Northwind sold 5 cars.').total)).toMatch(/^numbers 1: 1 claimed/);
  });
});
