// A fire's burned area and the crews sent to it grow from one report to the next: a timeline, not a contradiction.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import { bundledConfig, doc } from '../helpers.js';

const findings = (...docs: ReturnType<typeof doc>[]) => analyse(docs, bundledConfig()).findings;

describe('a wildfire reported on two days', () => {
  const monday = doc('a.txt', 'Wildfire in Serra Alta\n\nA wildfire in the Serra Alta hills has burned 12,400 hectares since Friday, the agency said, and 900 firefighters were tackling it.\n', '2025-08-04');
  const tuesday = doc('b.txt', 'Serra Alta fire grows\n\nThe Serra Alta wildfire had burned more than 14,000 hectares by Tuesday, officials said. More than 1,100 firefighters are now fighting it.\n', '2025-08-05');

  it('reads the burned area and the crews as timelines', () => {
    const out = findings(monday, tuesday);
    expect(out.filter((f) => f.rule === 'core.timeline').map((f) => f.message)).toEqual([
      expect.stringContaining('area-burned changes over 2 dates'),
      expect.stringContaining('responders changes over 2 dates'),
    ]);
    expect(out.filter((f) => f.kind === 'contradiction')).toEqual([]);
  });

  it('still flags two burned areas given for the same day', () => {
    const other = doc('c.txt', 'Hills blaze\n\nThe Serra Alta fire has burned 16,000 hectares, the agency said on Monday.\n', '2025-08-04');
    const out = findings(monday, other).filter((f) => f.rule === 'core.value-conflict');
    expect(out).toHaveLength(1);
    expect(out[0]?.message).toContain('"16,000 hectares"');
  });
});

describe('a plan over the coming years', () => {
  it('"over the next two years" in 2025 is the plan "by 2027"', () => {
    const a = doc('a.txt', 'Verdant Telecom will cut 2,300 jobs over the next two years, the company said.\n', '2025-02-12');
    const b = doc('b.txt', 'Verdant Telecom said it would shed 3,200 jobs by 2027.\n', '2025-02-12');
    const out = findings(a, b).filter((f) => f.rule === 'core.value-conflict');
    expect(out).toHaveLength(1);
    expect(out[0]?.message).toContain('"3,200"');
  });

  it('a plan over the next two years is not one for 2030', () => {
    const a = doc('a.txt', 'Verdant Telecom will cut 2,300 jobs over the next two years, the company said.\n', '2025-02-12');
    const b = doc('b.txt', 'Verdant Telecom said it would shed 3,200 jobs by 2030.\n', '2025-02-12');
    expect(findings(a, b).filter((f) => f.rule === 'core.value-conflict')).toEqual([]);
  });
});

describe('monthly figures', () => {
  it('compares April with April and leaves March alone', () => {
    const a = doc('a.txt', 'Inflation in Norland rose to 3.4% in April from 2.9% in March, the statistics office said.\n', '2025-05-21');
    const b = doc('b.txt', 'Annual inflation in Norland climbed to 3.6% in April, up from 2.9% a month earlier.\n', '2025-05-21');
    const out = findings(a, b).filter((f) => f.rule === 'core.value-conflict');
    expect(out.map((f) => f.message)).toEqual([expect.stringContaining('"3.4%" [3.4%] (a.txt) vs "3.6%" [3.6%] (b.txt) cannot all hold')]);
  });
});

describe('one-off changes', () => {
  it('compares pay offers that state no period: "a 3.5% pay offer" vs "a 4.5% pay offer"', () => {
    const a = doc('a.txt', 'About 46,000 nurses in Wessex went on strike on Tuesday after rejecting a 3.5% pay offer.\n', '2025-11-12');
    const b = doc('b.txt', 'Some 46,000 nurses took part in the strike across Wessex after members turned down a 4.5% pay offer.\n', '2025-11-12');
    expect(findings(a, b).filter((f) => f.rule === 'core.value-conflict').map((f) => f.message)).toEqual([expect.stringContaining('"4.5%"')]);
  });

  it('still leaves a change over an unstated span alone: "sales rose 5%" vs "sales rose 7%"', () => {
    const a = doc('a.txt', 'Kestrel Foods said sales rose 5%.\n', '2025-11-12');
    const b = doc('b.txt', 'Kestrel Foods said sales rose 7%.\n', '2025-11-12');
    expect(findings(a, b).filter((f) => f.rule === 'core.value-conflict')).toEqual([]);
  });
});
