// Lines every formatter shares, on stats made by hand.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/index.js';
import { countsLine, totalsLine } from '../../src/report/view.js';

function stats(error: number, warning: number, info: number): Report['stats'] {
  const findings = error + warning + info;
  return { documents: 1, claims: 0, findings, bySeverity: { error, warning, info }, byVerdict: { confirmed: 0, dismissed: 0, accepted: 0, none: findings } };
}

describe('countsLine', () => {
  it('counts findings by severity, singular for exactly one', () => {
    expect(countsLine(stats(1, 30, 9))).toBe('1 error, 30 warnings, 9 notices');
    expect(countsLine(stats(0, 1, 1))).toBe('0 errors, 1 warning, 1 notice');
    expect(countsLine(stats(2, 0, 0))).toBe('2 errors, 0 warnings, 0 notices');
  });
});

describe('totalsLine', () => {
  it('names documents, claims and findings, singular for exactly one', () => {
    expect(totalsLine({ ...stats(1, 0, 0), claims: 1 })).toBe('1 document, 1 claim, 1 finding');
    expect(totalsLine({ ...stats(0, 2, 1), documents: 5, claims: 87 })).toBe('5 documents, 87 claims, 3 findings');
  });
});
