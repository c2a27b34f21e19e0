import { describe, expect, it } from 'vitest';
import { isDeadline, readPeriod, yearBefore } from '../../src/extract/qualifiers.js';
import { findDates } from '../../src/extract/dates.js';
import { claim } from './helpers.js';

describe('deadlines and event years are not the span a value covers', () => {
  it('leaves the year something opens, finishes or was founded out of the period', () => {
    expect(readPeriod('The depot will house 60 buses and is due to open in 2027.', 22, 24)).toBeNull();
    expect(readPeriod('The mill, which opened in 1962, employs 240 people.', 41, 44)).toBeNull();
    expect(readPeriod('Output will reach 3 million tonnes once the kiln is finished in 2026.', 18, 35)).toBeNull();
    expect(readPeriod('The mill employed 240 people in 2023.', 18, 21)).toBe('2023');
  });

  it('leaves the year an event was first held or staged out of the period', () => {
    const s = 'The race, first held in 1982, raised £3.1 million for charity this year.';
    expect(readPeriod(s, s.indexOf('£3.1'), s.indexOf('£3.1') + 12)).toBeNull();
    expect(readPeriod('The festival, first staged in 1994, sold 80,000 tickets.', 42, 48)).toBeNull();
  });

  it('marks a period written as "by <year>" as a deadline', () => {
    const s = 'Tamsin Hotels is adding 120 rooms by 2026.';
    expect(readPeriod(s, 24, 27)).toBe('2026');
    expect(isDeadline(s, '2026')).toBe(true);
    expect(isDeadline('Tamsin Hotels had 120 rooms in 2026.', '2026')).toBe(false);
    expect(claim(s, '120').deadline).toBe(true);
    expect(claim('Tamsin Hotels had 900 rooms in 2023.', '900').deadline).toBe(false);
  });

  it('dates a value "a year earlier" to the year before', () => {
    const s = 'Its loan book grew to £6.2 billion at the end of 2023, up from £5.6 billion a year earlier.';
    expect(yearBefore(s, s.indexOf('£5.6 billion') + 12, '2023')).toBe('2022');
    expect(yearBefore(s, s.indexOf('£6.2 billion') + 12, '2023')).toBe('2023');
    expect(claim(`Ellery Bank said ${s.slice(4)}`, '£5.6 billion').period).toBe('2022');
  });

  it('reads a nineteenth-century year after a preposition as a date', () => {
    expect(findDates('The Victorian hall, which first opened in 1889, seats 900.', '2024-10-01').map((d) => d.date.iso)).toEqual(['1889-01-01']);
  });
});

describe('what a plan adds', () => {
  it('is an addition, apart from the total there is', () => {
    expect(claim('Tamsin Hotels will add 90 rooms.', '90').aspect).toBe('addition');
    expect(claim('Tamsin Hotels will open 35 new hotels.', '35').aspect).toBe('addition');
    expect(claim('Tamsin Hotels is hiring about 400 staff.', 'about 400').aspect).toBe('addition');
    expect(claim('Tamsin Hotels has 640 rooms.', '640').aspect).toBe('level');
    expect(claim('Tamsin Hotels grew to 640 rooms.', '640').aspect).toBe('level');
  });

  it('reads "climb" and "soar" as changes like "rise"', () => {
    expect(claim('Tamsin Hotels saw bookings climb 15% in 2023.', '15%').aspect).toBe('change');
    expect(claim('Tamsin Hotels saw bookings soar 40% in 2023.', '40%').aspect).toBe('change');
  });
});

describe('names with a legal form, a kind-word or an adjective', () => {
  it('drops an abbreviated legal form from the id, not "Corporation" or "Group"', () => {
    expect(claim('Corvane Therapeutics Inc. had 420 employees.', '420').subject.id).toBe('corvane-therapeutics');
    expect(claim('Lindqvist Steel AB employs 3,100 people.', '3,100').subject.id).toBe('lindqvist-steel');
    expect(claim('Ferrow Holdings Ltd reported revenue of £80 million.', '£80 million').subject.id).toBe('ferrow-holdings');
    expect(claim('Ashby Group reported revenue of £1.4 billion.', '£1.4 billion').subject.id).toBe('ashby-group');
  });

  it('keeps a kind-word between a name and its head in one subject', () => {
    expect(claim('The Brookfield cement plant produces 1.2 million tonnes of cement a year.', '1.2 million tonnes').subject.id).toBe('brookfield-plant');
    expect(claim('The Brookfield cement plant produces 1.2 million tonnes of cement a year.', '1.2 million tonnes').metric).toBe('weight');
  });

  it('does not take a capitalised adjective before a noun as the subject', () => {
    const c = claim('Kingsbury Theatre reopened on Saturday. The Victorian theatre now seats 1,150 people.', '1,150');
    expect(c.subject.id).toBe('kingsbury-theatre');
  });
});
