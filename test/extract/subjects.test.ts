import { describe, expect, it } from 'vitest';
import { claim, claimsOf } from './helpers.js';

describe('subjects', () => {
  it('never takes a month, currency, period, place or sentence-initial word as a subject', () => {
    const text = [
      'Alibaba reported results in November.',
      'November revenue of 236.5 billion yuan beat forecasts.',
      'HKD 600 billion was added to its market value.',
      'FY2025 net income rose 62.62%.',
      'Q4 revenue rose 7%.',
      'China accounts for 40% of Alibaba sales.',
      'Looking ahead, margins should reach 12%.',
    ].join(' ');
    const subjects = claimsOf(text).map((c) => c.subject.id);
    for (const bad of ['november', 'hkd', 'rmb', 'fy2025', 'q4', 'china', 'looking']) expect(subjects).not.toContain(bad);
    expect(subjects.every((s) => s === 'alibaba')).toBe(true);
  });

  it('takes the owner of a possessive', () => {
    expect(claim("Alibaba's market share reached 38%.", '38%').subject.id).toBe('alibaba');
    expect(claim("Acme trades at 15x forward P/E vs. Amazon's 35x.", '35x').subject.id).toBe('amazon');
  });

  it('carries the subject over for "the company", "it" and "its"', () => {
    const c = claim('Northwind Energy Systems opened a plant. The company said its revenue rose 12%.', '12%');
    expect(c.subject).toEqual({ id: 'northwind-energy-systems', name: 'Northwind Energy Systems', via: 'carry-over' });
  });

  it("falls back to the document's main subject", () => {
    const text = 'Alibaba reported results.\n\nAlibaba is investing in AI.\n\n- Maintains strong balance sheet, with FY2025 net income up 62.62%.';
    const c = claim(text, '62.62%');
    expect([c.subject.id, c.subject.via]).toEqual(['alibaba', 'document']);
  });

  it('says so when no subject can be found', () => {
    const c = claim('Prices rose 4% last month.', '4%');
    expect(c.subject).toEqual({ id: null, name: null, via: 'none' });
  });

  it('resolves aliases to the canonical entity', () => {
    expect(claim('Aliyun cut prices by 20%.', '20%').subject.id).toBe('alibaba-cloud');
    expect(claim('Cai Chongxin bought a team for $3.3 billion.', '$3.3 billion').subject.id).toBe('joe-tsai');
  });

  it('reads abbreviations the text defines', () => {
    const c = claim('Northwind Energy Systems (NES) is growing. NES reported revenue of $4.2 billion.', '$4.2 billion');
    expect([c.subject.id, c.subject.via]).toEqual(['northwind-energy-systems', 'abbreviation']);
  });

  it('matches near-identical spellings of known names', () => {
    const c = claim('Microsfot invested $10 billion in OpenAI.', '$10 billion');
    expect([c.subject.id, c.subject.via]).toEqual(['microsoft', 'fuzzy']);
  });

  it('matches swapped name order, for known and unknown names', () => {
    expect(claim('Yongming Wu was appointed chief executive in September 2023.', 'September 2023').subject.id).toBe('eddie-wu');
    const claims = claimsOf('Kim Jisoo won the 1,500 m race. Jisoo Kim also won the 1,000 m race.');
    expect(claims.map((c) => c.subject.id)).toEqual(['kim-jisoo', 'kim-jisoo']);
  });

  it('gives each value its name with "respectively"', () => {
    const all = claimsOf('Amazon and Microsoft held market capitalizations of $2.42 trillion and $3.04 trillion respectively.');
    expect(all.map((c) => c.subject.id)).toEqual(['amazon', 'microsoft']);
  });

  it('does not give capex to a person speaking for a company', () => {
    const c = claim("Alibaba's Tsai mentioned a greater than $50 billion funding in AI infrastructure.", 'greater than $50 billion');
    expect(c.subject.id).toBe('alibaba');
  });

  it('prefers the subject to a setting after a preposition', () => {
    expect(claim('Manchester City finished first in the Premier League with 91 points.', '91 points').subject.id).toBe('manchester-city');
  });
});
