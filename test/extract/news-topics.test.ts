// Failure classes found by reading reports on articles about sport, disasters, health trials and transport
// (test/eval/rules/articles-tune-4.yaml); each case is a sentence written for this test, on its own names.
import { describe, expect, it } from 'vitest';
import { claim } from './helpers.js';

describe('a year after a baseline figure dates the baseline only', () => {
  it('leaves the figure before "compared with … in 2019" to its own "last year"', () => {
    const text = 'Nearly 27 million journeys were made on Fenmoor trams last year, the operator said, compared with 31.5 million in 2019.';
    const now = claim(text, 'Nearly 27 million', '2024-01-20');
    expect(now.period).toBeNull();
    expect(now.impliedPeriod).toBe('2023');
    expect(claim(text, '31.5 million', '2024-01-20').period).toBe('2019');
  });

  it('keeps the year of a move from one value to another for both', () => {
    const text = 'Tickets for the Aldbury ferry rose from £18 to £23 in 2024.';
    expect(claim(text, '£18').period).toBe('2024');
    expect(claim(text, '£23').period).toBe('2024');
  });
});
