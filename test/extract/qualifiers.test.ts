import { describe, expect, it } from 'vitest';
import { readPeriod } from '../../src/extract/qualifiers.js';
import { claim, claimsOf } from './helpers.js';

describe('metrics', () => {
  it.each([
    ['Acme holds a 38% market share.', '38%', 'market-share'],
    ['Acme will invest $53 billion in AI.', '$53 billion', 'capex'],
    ["Acme's market capitalization is $2 trillion.", '$2 trillion', 'market-cap'],
    ['Acme reported revenue of $4.2 billion.', '$4.2 billion', 'revenue'],
    ['Acme net income rose 12%.', '12%', 'net-income'],
    ['Acme trades at 15x forward P/E.', '15x', 'pe-ratio'],
    ['Acme employs about 12,500 people.', 'about 12,500', 'employees'],
    ['Acme delivered 184,000 vehicles.', '184,000', 'deliveries'],
  ])('%s → %s', (text, value, metric) => {
    expect(claim(text, value).metric).toBe(metric);
  });

  it('a generic change word yields to the metric it changes', () => {
    expect(claim('Acme delivered 184,000 vehicles, a 9% increase.', '9%').metric).toBe('deliveries');
  });

  it('a value listed after another shares its metric', () => {
    const all = claimsOf('Capital expenditure will exceed $320 billion (with Amazon contributing $105 billion, Meta $60-65 billion).');
    expect(all.map((c) => c.metric)).toEqual(['capex', 'capex', 'capex']);
    expect(all.map((c) => c.subject.id).slice(1)).toEqual(['amazon', 'meta']);
  });

  it('one phrase names the metric that fits the unit', () => {
    expect(claim('The Tour de France covers roughly 3,500 kilometres.', 'roughly 3,500 kilometres').metric).toBe('distance');
    expect(claim('The farm covers 1,200 acres.', '1,200 acres').metric).toBe('area');
  });
});

describe('scope', () => {
  it('reads a market segment only from a segment noun phrase', () => {
    const db = claim("Alibaba Cloud dominates China's relational database market, boasting a 38% market share.", '38%');
    expect(db.scope).toEqual({ geography: 'china', segment: 'relational database' });
    const cloud = claim('Alibaba leads with 36% China cloud market share.', '36%');
    expect(cloud.scope).toEqual({ geography: 'china', segment: 'cloud' });
    const sector = claim("Alibaba's 36% market share in China's cloud sector is the largest.", '36%');
    expect(sector.scope.segment).toBe('cloud');
  });

  it('never takes verbs, names or possessive fragments as a segment', () => {
    const c = claim('Amazon and Microsoft held market capitalizations of $2.42 trillion and $3.04 trillion respectively.', '$2.42 trillion');
    expect(c.scope.segment).toBeUndefined();
    expect(claim("Alibaba's market capitalization reached $300 billion.", '$300 billion').scope.segment).toBeUndefined();
  });

  it('gives a group\'s segment share to the unit named after it', () => {
    expect(claim("Alibaba's 36% market share in China's cloud sector is the largest.", '36%').subject.id).toBe('alibaba-cloud');
  });
});

describe('periods', () => {
  it.each([
    ['revenue in FY2025', 'FY2025'],
    ['revenue in fiscal year 2024', 'FY2024'],
    ['sales in Q4 2024', '2024-Q4'],
    ['sales in Q4 of 2024', '2024-Q4'],
    ['the second quarter of fiscal year 2025', 'FY2025-Q2'],
    ['the first half of 2024', '2024-H1'],
    ['over the next three years', 'next 3 years'],
    ['over the past five years', 'past 5 years'],
    ['profit in 2023', '2023'],
    ['spending by 2027', '2027'],
    ['the lowest since 2008', null],
  ])('%s → %s', (text, period) => {
    expect(readPeriod(text)).toBe(period);
  });

  it('takes the period nearest the value', () => {
    const all = claimsOf('Apple sales will decline by 7.7% in fiscal year 2024 and 11% in Q4 of 2024.');
    expect(all.map((c) => c.period)).toEqual(['FY2024', '2024-Q4']);
  });

  it('keeps a period written after a later clause\'s value to that clause', () => {
    const all = claimsOf('The Baylor Water Board approved a $2.1 billion plan to upgrade its pumping stations, connecting 40,000 homes by 2029.');
    expect(all.map((c) => [c.text, c.period])).toEqual([
      ['$2.1 billion', null],
      ['40,000', '2029'],
    ]);
    const profit = claimsOf('Velta Airways spent $300 million on new jets, and its profit rose 9% in 2024.');
    expect(profit.map((c) => c.period)).toEqual([null, '2024']);
  });

  it('still lets a period reach a value of a later clause, and an opening period frame the whole sentence', () => {
    expect(claimsOf("Orbis Foods' sales fell 4% in 2024, while its debt stood at $900 million.").map((c) => c.period)).toEqual(['2024', '2024']);
    expect(claimsOf('In 2022, Velta Airways carried 9 million passengers, and its revenue rose 6%.').map((c) => c.period)).toEqual(['2022', '2022']);
    // A list is one clause: the year at its end dates every item.
    const list = claimsOf('Capital spending will reach $90 billion, with Orbis at $50 billion and Velta at $40 billion in 2026.');
    expect(list.map((c) => c.period)).toEqual(['2026', '2026', '2026']);
  });

  it('reads clause boundaries only with the sentence\'s values', () => {
    const s = 'a $5 million grant, funding 12 clinics by 2026';
    const values = [
      { start: 2, end: 12 },
      { start: 28, end: 30 },
    ];
    expect(readPeriod(s, 2, 12)).toBe('2026');
    expect(readPeriod(s, 2, 12, values)).toBeNull();
    expect(readPeriod(s, 28, 30, values)).toBe('2026');
  });

  it('reads a year written as the adjective of a yearly figure', () => {
    expect(claim('Harrow Foods reported 2024 revenue of £790 million.', '£790 million').period).toBe('2024');
    expect(claim('Its 2023 net profit was $41 million.', '$41 million').period).toBe('2023');
    // Another noun after the year dates that noun, not the value.
    expect(claim('A 2024 report put Harrow Foods revenue at £790 million.', '£790 million').period).toBeNull();
  });
});
