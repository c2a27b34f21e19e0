import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.js';
import { claimsOf } from './helpers.js';

describe('dates', () => {
  it.each([
    ['On February 17 it rose.', '2025-02-17', 'day', ['year']],
    ['In May 2023 it rose.', '2023-05-01', 'month', []],
    ['On January 29, 2025 it rose.', '2025-01-29', 'day', []],
    ['It rose on 9 October.', '2024-10-09', 'day', ['year']],
    ['It rose on 21.10.2022.', '2022-10-21', 'day', []],
    ['It was founded in 1962.', '1962-01-01', 'year', []],
    ['It was founded two decades ago.', '2005-01-01', 'year', ['year']],
  ])('%s', (text, iso, precision, inferred) => {
    const [d] = findDates(text, '2025-03-01');
    expect(d?.date).toEqual({ iso, precision, inferred });
  });

  it('resolves relative dates against the publication date and records what was inferred', () => {
    const [d] = findDates('It happened last year.', '2025-03-01');
    expect(d?.date.iso.slice(0, 4)).toBe('2024');
    expect(d?.date.inferred).toContain('year');
  });

  it('never resolves a partial or relative date against today when the publication date is unknown', () => {
    expect(findDates('It happened this month and on February 17.', null)).toEqual([]);
    expect(findDates('It happened on January 29, 2025.', null)).toHaveLength(1);
  });

  it('names the event of a dated claim by the nearest trigger', () => {
    const all = claimsOf('Sable Telecom was established in 1998 and listed on the Nasdaq in 2004.');
    expect(all.map((c) => [c.event, c.date?.iso, c.subject.id])).toEqual([
      ['founded', '1998-01-01', 'sable-telecom'],
      ['listing', '2004-01-01', 'sable-telecom'],
    ]);
  });

  it('a date without an event is no claim', () => {
    expect(claimsOf('On February 17 the weather was fine.')).toEqual([]);
  });
});
