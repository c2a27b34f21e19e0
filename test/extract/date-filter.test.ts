import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { findDates, mayHoldDate } from '../../src/extract/dates.js';

// The pre-filter in front of chrono must keep every date chrono can place in a month or a year, and turn away
// the words that only look like dates ("market" starts like "mar").
const FORMS = [
  'On February 17',
  'In May 2023',
  '21.10.2022',
  '9 October',
  'last year',
  'two years ago',
  'a decade ago',
  'this month',
  'next year',
  'in 5 years',
  'for two quarters',
  'a year later',
  'three months earlier',
  'the past three years',
  'over the next three years',
  'yesterday',
  'tomorrow',
  'Sept. 3',
  'Dec. 31, 2022',
  'Jan-2023',
  '3/2023',
  '2023-03-04',
  '12-5-23',
  '24/7',
  'end of the month',
  'within a week',
  '+2 years',
  'several months later',
  'twoyears ago',
  '5m out',
];

const REF = new Date(Date.UTC(2025, 2, 1, 12));
const chronoPlaces = (text: string) =>
  chrono.parse(text, { instant: REF, timezone: 0 }).some((r) => r.start.isCertain('month') || r.start.isCertain('year'));

describe('date pre-filter', () => {
  it.each(FORMS)('lets "%s" through wherever chrono places it', (form) => {
    for (const text of [form, `The market rose after ${form}.`, `${form}, margins fell.`]) {
      if (chronoPlaces(text)) expect(mayHoldDate(text)).toBe(true);
    }
  });

  it.each(['On February 17', 'In May 2023', '21.10.2022', '9 October', 'last year', 'two years ago', 'a decade ago', 'this month'])(
    'still finds the date in "It was founded %s."',
    (form) => {
      expect(findDates(`It was founded ${form}.`, '2025-03-01')).toHaveLength(1);
    },
  );

  it.each(['The market grew.', 'Margins declined sharply.', 'This is the main reason.', 'The decline hit novel products.', 'Shares in Marchetti fell.'])(
    'keeps "%s" away from chrono',
    (text) => {
      expect(mayHoldDate(text)).toBe(false);
    },
  );
});
