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

describe('a crowd, an attendance or a toll counts people', () => {
  it('reads the number after "a crowd of" and "the attendance of"', () => {
    const crowd = claim('A crowd of 52,300 watched the Brackley Cup final.', '52,300');
    expect(crowd.value.unit).toBe('count:people');
    expect(crowd.metric).toBe('users');
    expect(claim('The attendance of 48,150 at Holm Park was a record, organisers said.', '48,150').value.unit).toBe('count:people');
  });

  it('reads a death toll that has risen to a number', () => {
    const toll = claim('The death toll from the Ostrava landslide has risen to 37, officials said.', '37');
    expect(toll.value.unit).toBe('count:people');
    expect(toll.metric).toBe('deaths');
  });
});

describe('disaster tallies', () => {
  it('gives the dead and the injured their own metric', () => {
    const text = 'The storm hit Marrow Bay on Friday, killing 14 people and injuring 230.';
    expect(claim(text, '14').metric).toBe('deaths');
    expect(claim(text, '230').metric).toBe('injuries');
  });

  it('does not lend a tally word across "and" to the next count', () => {
    // The homes take their own verb's metric, never the injured people's.
    expect(claim('Nine people were injured and 410 homes were evacuated in Carlow.', '410').metric).toBe('evacuated');
    expect(claim('Nine people were injured and 410 homes lost power in Carlow.', '410').metric).toBeNull();
  });

  it('counts homes damaged', () => {
    expect(claim('About 1,900 homes were damaged in Tarsk, the agency said.', 'About 1,900').metric).toBe('properties-damaged');
  });
});

describe('earthquake magnitudes', () => {
  it('reads the magnitude written before or after its number', () => {
    const before = claim('A magnitude 5.8 earthquake struck near Ilvan on Monday.', 'magnitude 5.8');
    expect(before.value).toEqual({ low: 5.8, high: 5.8, unit: 'magnitude' });
    expect(before.metric).toBe('magnitude');
    expect(claim('The 7.1-magnitude quake shook the coast of Perrin.', '7.1-magnitude').value.unit).toBe('magnitude');
  });
});

describe('trial results', () => {
  it('reads how effective a vaccine was as its efficacy', () => {
    expect(claim('The Halvern Bio vaccine was 64% effective in a trial of 9,000 adults.', '64%').metric).toBe('efficacy');
  });
});

describe('inches', () => {
  it('are a length, so a rainfall given in millimetres and inches is one converted value', () => {
    const rain = claim('Storm Bea left 90 mm (3.5 inches) of rain on Dunhold.', '90 mm');
    expect(rain.conversion?.text).toBe('3.5 inches');
  });
});
