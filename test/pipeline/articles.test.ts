import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import { bundledConfig, doc } from '../helpers.js';

const contradictions = (...docs: ReturnType<typeof doc>[]) =>
  analyse(docs, bundledConfig())
    .findings.filter((f) => f.kind === 'contradiction')
    .map((f) => ({ rule: f.rule, spans: f.spans.map((s) => docs.find((d) => d.id === s.doc)?.text.slice(s.start, s.end)) }));

describe('news articles naming one company differently, end to end', () => {
  it('joins a name with its legal form to the short name, and compares a plan with and without its deadline', () => {
    const a = doc('a.txt', 'Tamsin Hotels to grow\n\nTamsin Hotels plc will add 90 rooms to its Harbourside site, the company said.\n\nThe group, which employs 4,000 people, reported revenue of £410 million for 2023.\n', '2024-03-01');
    const b = doc('b.txt', 'Hotel group expands\n\nTamsin is adding 120 rooms by 2026, the hotel group said.\n\nTamsin Hotels, which has 4,000 staff, reported revenue of £410 million in 2023.\n', '2024-03-02');
    expect(contradictions(a, b)).toEqual([{ rule: 'core.value-conflict', spans: ['90', '120'] }]);
  });

  it('never compares yearly figures of different years, however the company is named', () => {
    const a = doc('a.txt', 'Larch Coffee Inc. reported revenue of $465 million in 2023.\n', '2024-03-01');
    const b = doc('b.txt', 'Larch Coffee reported revenue of $410 million in 2022.\n', '2023-03-01');
    expect(contradictions(a, b)).toEqual([]);
  });

  it('holds funding parts named by their sources to the cost the document states', () => {
    const a = doc('a.txt', 'The Kestrel Playhouse has reopened after a £26 million refit.\n\nThe work was paid for by £9 million from the arts council, £12 million from the city council and £7 million from private donors.\n', '2024-10-02');
    expect(contradictions(a)).toEqual([{ rule: 'core.sum-check', spans: ['£26 million', '£9 million', '£12 million', '£7 million'] }]);
  });

  it('compares the founding of one theatre across a name with and without its head', () => {
    const a = doc('a.txt', 'Kestrel Theatre reopened on Saturday. The Victorian theatre, which first opened in 1889, now seats 1,150 people.\n', '2024-10-01');
    const b = doc('b.txt', 'The Kestrel, which first opened in 1898, has reopened.\n', '2024-10-02');
    expect(contradictions(a, b)).toEqual([{ rule: 'core.date-conflict', spans: ['1889', '1898'] }]);
  });

  it('checks a change written before its base ("rose 40% to £56 million from £45 million")', () => {
    const wrong = doc('a.txt', 'Tollgate Engineering said operating profit rose 40% to £56 million in 2023 from £45 million a year earlier.\n', '2024-04-02');
    expect(contradictions(wrong)).toEqual([{ rule: 'core.ratio-check', spans: ['40%', '£56 million', '£45 million'] }]);
    const right = doc('a.txt', 'Tollgate Engineering said operating profit rose 25% to £56 million in 2023 from £45 million. Sales fell 10% to £900 million from £1 billion.\n', '2024-04-02');
    expect(contradictions(right)).toEqual([]);
  });

  it('reads a stake, a sale price and a trade noun before a name', () => {
    const a = doc('a.txt', 'Pellworth Capital has bought a 24% stake in Dunmore Dairies for £38 million.\n\nCarmaker Corran will invest $1.4 billion in a battery plant.\n', '2024-06-01');
    const b = doc('b.txt', 'Pellworth took a 29% stake in the dairy group.\n\nCorran Motors is investing $1.6 billion in the plant.\n', '2024-06-02');
    expect(contradictions(a, b)).toEqual([
      { rule: 'core.value-conflict', spans: ['24%', '29%'] },
      { rule: 'core.value-conflict', spans: ['$1.4 billion', '$1.6 billion'] },
    ]);
  });
});
