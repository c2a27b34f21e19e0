// Counts whose noun differs between reports but whose metric says what is counted (recalled vehicles and SUVs),
// quarters written without their year, and a ceiling beside a figure: what a fact-checker expects compared.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import { statedPartOfYear } from '../../src/extract/qualifiers.js';
import { bundledConfig, doc } from '../helpers.js';

const run = (...docs: ReturnType<typeof doc>[]) => analyse(docs, bundledConfig());
const conflicts = (...docs: ReturnType<typeof doc>[]) => run(...docs).findings.filter((f) => f.rule === 'core.value-conflict');

describe('recalls', () => {
  it('compares a recall of vehicles with a recall of SUVs, and a part of the whole is read with its noun', () => {
    const a = doc('a.txt', 'Tarrow Motors is recalling 412,000 of its Kelso sport utility vehicles because of a faulty brake hose.\n', '2025-06-12');
    const b = doc('b.txt', 'Tarrow Motors will call back 438,000 Kelso SUVs after finding a brake fault.\n', '2025-06-12');
    const found = conflicts(a, b);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('"412,000"');
    expect(found[0]?.message).toContain('"438,000"');
    const claims = run(a, b).claims;
    expect(claims.map((c) => [c.text, c.metric, c.noun])).toEqual([
      ['412,000', 'recall', 'vehicles'],
      ['438,000', 'recall', 'suvs'],
    ]);
  });

  it('reads the recall verb as naming only its object, not the reports and fires after it', () => {
    const b = doc('b.txt', 'Orlen Appliances has recalled about 410,000 heaters after 96 reports of overheating, among them 19 fires.\n', '2025-03-19');
    const metrics = run(b).claims.map((c) => [c.text, c.metric]);
    expect(metrics).toEqual([
      ['about 410,000', 'recall'],
      ['96', null],
      ['19', null],
    ]);
  });

  it('does not join cars and SUVs when no metric says what the count is of', () => {
    const a = doc('a.txt', 'Tarrow Motors has 40,000 cars on its forecourts.\n', '2025-06-12');
    const b = doc('b.txt', 'Tarrow Motors has 9,000 SUVs on its forecourts.\n', '2025-06-12');
    expect(conflicts(a, b)).toEqual([]);
  });
});

describe('parts of a count', () => {
  it('compares affordable homes with affordable homes, not with the whole scheme', () => {
    const a = doc('a.txt', 'Planners approved a scheme by Ashby Homes to build 2,400 homes, of which 720 will be affordable.\n', '2025-09-03');
    const b = doc('b.txt', 'Ashby Homes won approval for 2,400 homes, including 840 affordable homes.\n', '2025-09-04');
    const found = conflicts(a, b);
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/"720".*"840".*subset affordable/)]);
  });

  it('reads "new" as no part: 1,200 new jobs and 1,500 jobs are compared', () => {
    const a = doc('a.txt', 'Ashby Foods will create 1,200 new jobs at its Leeds plant.\n', '2025-09-03');
    const b = doc('b.txt', 'Ashby Foods will create 1,500 jobs at its Leeds plant.\n', '2025-09-03');
    expect(conflicts(a, b)).toHaveLength(1);
  });
});

describe('tallies', () => {
  it('reads "visitor numbers rose to 1.24 million" as a count of visitors', () => {
    const a = doc('a.txt', 'The Alder Gallery welcomed 1.42 million visitors in 2024.\n', '2025-01-21');
    const b = doc('b.txt', 'Visitor numbers at the Alder Gallery rose to 1.24 million in 2024.\n', '2025-01-22');
    const found = conflicts(a, b);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('1.24 million visitors');
  });
});

describe('quarters and halves without a year', () => {
  it('reads the quarter or half a value is given for, dated by the publication date', () => {
    const s = 'Sales rose to £612 million in the three months to June.';
    expect(statedPartOfYear(s, '2025-08-14', s.indexOf('£612'), s.indexOf(' in the'))).toBe('2025-Q2');
    const t = 'Sales were £1.19 billion in the first half.';
    expect(statedPartOfYear(t, '2025-08-14', t.indexOf('£1.19'), t.indexOf(' in the'))).toBe('2025-H1');
    // A fourth quarter not yet begun at publication is last year's.
    const u = 'Profit was €80 million in the fourth quarter.';
    expect(statedPartOfYear(u, '2025-02-10', u.indexOf('€80'), u.indexOf(' in the'))).toBe('2024-Q4');
    const v = 'In the second quarter, revenue rose to $9 billion.';
    expect(statedPartOfYear(v, '2025-08-01', v.indexOf('$9'), v.length - 1)).toBe('2025-Q2');
  });

  it('does not reach past a comma or another figure', () => {
    const s = 'The chain, which runs 310 shops, said first-half sales reached £1.19 billion.';
    expect(statedPartOfYear(s, '2025-08-14', s.indexOf('310'), s.indexOf(' shops'))).toBeNull();
    const t = 'Sales were £612 million, and £1.19 billion in the first half.';
    expect(statedPartOfYear(t, '2025-08-14', t.indexOf('£612'), t.indexOf(','))).toBeNull();
  });

  it('compares "the three months to June" with "the second quarter", and not with the half year', () => {
    const a = doc('a.txt', 'Kelby said sales rose 2.1% to £612 million in the three months to June. Sales in the first half were £1.19 billion.\n', '2025-08-14');
    const b = doc('b.txt', "Kelby's sales grew to £648 million in the second quarter. First-half sales reached £1.19 billion.\n", '2025-08-14');
    const found = conflicts(a, b);
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/"£612 million".*"£648 million".*period 2025-Q2 \(inferred\)/)]);
  });
});

describe("a quarterly report's unmarked figures", () => {
  it('are the quarter the report names, when it names only that one', () => {
    const a = doc('a.txt', "Tern Bank reported a first-quarter net profit of €412 million.\n\nTern Bank's provisions for loan losses rose to €236 million in the three months to March.\n", '2024-04-26');
    const b = doc('b.txt', "Tern Bank's net profit fell to €412 million in the first quarter.\n\nThe lender set aside €263 million for loan losses, it said.\n", '2024-04-26');
    expect(conflicts(a, b).map((f) => f.message)).toEqual([expect.stringMatching(/"€236 million".*"€263 million".*period 2024-Q1 \(inferred\)/)]);
  });

  it('are left without a span when the report also gives the whole year', () => {
    const a = doc('a.txt', 'Provisions for loan losses rose to €236 million in the three months to March.\n', '2024-04-26');
    const b = doc('b.txt', "Tern Bank's net profit was €1.9 billion in 2024 and €412 million in the first quarter.\n\nThe lender set aside €263 million for loan losses, it said.\n", '2024-04-26');
    expect(run(b).claims.find((c) => c.text === '€263 million')?.impliedPeriod).toBeNull();
    expect(conflicts(a, b)).toEqual([]);
  });
});

describe('a rail operator\'s year', () => {
  it('compares on-time shares for "the year to March" and "the twelve months to March", not the target', () => {
    const a = doc('a.txt', 'Only 81.2% of Dunmore Rail trains arrived on time in the year to March, short of the 90% target.\n', '2025-04-09');
    const b = doc('b.txt', 'Dunmore Rail ran 78.4% of its trains on time in the twelve months to March, against a target of 90%.\n', '2025-04-10');
    const found = conflicts(a, b);
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/punctuality: "81.2%".*"78.4%".*period FY2025 \(inferred\)/)]);
  });

  it('reads a sentence-initial plural that names a metric as the metric, not a name', () => {
    const a = doc('a.txt', 'Dunmore Rail said delays were rare. Cancellations rose to 3.1% of services.\n', '2025-04-10');
    const c = run(a).claims.find((x) => x.text === '3.1%');
    expect(c?.metric).toBe('cancellations');
    expect(c?.subject.id).toBe('dunmore-rail');
  });
});

describe('a ceiling beside a figure', () => {
  it('still compares the figure when the ceiling admits the other source\'s value', () => {
    const a = doc('a.txt', 'Harlow City signed the striker for a fee of £62 million, rising to £70 million with add-ons.\n', '2024-08-30');
    const b = doc('b.txt', 'The striker joined Harlow City for an initial fee of £58 million, which could rise to £70 million.\n', '2024-08-30');
    const found = conflicts(a, b);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('"£58 million"');
    expect(found[0]?.message).toContain('"£62 million"');
  });
});
