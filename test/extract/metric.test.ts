import { describe, expect, it } from 'vitest';
import { claim, claimsOf } from './helpers.js';

describe('metric of a value', () => {
  it('takes the noun written right after the value over a phrase before it', () => {
    expect(claim('The expansion is funded by a £300 million government grant.', '£300 million').metric).toBe('budget');
    expect(claim('Acme booked $4 billion in revenue.', '$4 billion').metric).toBe('revenue');
  });

  it('gives a project cost the capex metric and a level aspect', () => {
    const c = claim('The council approved a £420 million expansion of Riverside General Hospital.', '£420 million');
    expect([c.metric, c.aspect]).toEqual(['capex', 'level']);
  });

  it('gives the money of a plan to build something the capex metric, and a plan to do something else none', () => {
    expect(claim('The county signed off a $75 million plan to widen the coast road.', '$75 million').metric).toBe('capex');
    expect(claim('Trustees backed a €12 million project to rebuild the east wing.', '€12 million').metric).toBe('capex');
    expect(claim('The firm set up a $2 million plan to reward staff.', '$2 million').metric).toBeNull();
  });

  it('keeps a plan to build something capex when a phrase further on names another metric', () => {
    const text = 'Port officials signed off a €340 million scheme to expand the container terminal, raising capacity to 1.6 million containers.';
    expect(claim(text, '€340 million').metric).toBe('capex');
  });

  it('reads a noun after one capitalised modifier as the value\'s own ("a €200 million European grant")', () => {
    const [grant, bond] = claimsOf('Funding comes from a €200 million European grant and a €140 million bond.');
    expect([grant?.metric, bond?.metric]).toEqual(['budget', 'loan']);
  });

  it('reads a loan as its own metric, apart from the grant beside it', () => {
    const [grant, loan] = claimsOf('The new library is paid for by a $6 million state grant and a $4 million bank loan.');
    expect([grant?.metric, loan?.metric]).toEqual(['budget', 'loan']);
    expect(claim('Kestrel Mining drew down a $250 million credit facility.', '$250 million').metric).toBe('loan');
    // A list of sources keeps each its own metric: donations are not a second loan.
    const [bond, gifts] = claimsOf('The project is funded by a $400 million bond and $160 million in donations.');
    expect([bond?.metric, gifts?.metric]).toEqual(['loan', 'donations']);
  });

  it('leaves a generic change verb without a metric when a thing the lexicon does not name changed', () => {
    expect(claim("Halden University's endowment rose 8% to $4.1 billion.", '8%').metric).toBeNull();
    expect(claim('Azure grew 31%.', '31%').metric).toBe('growth');
    expect(claim('This reflects an overall increase of more than 40% from recent lows.', 'more than 40%').metric).toBe('growth');
  });

  it("does not take another value's counted noun as its metric", () => {
    const [stores, members] = claimsOf('Pinecrest Retail operates more than 900 stores and had 34 million loyalty members.');
    expect([stores?.metric, members?.metric]).toEqual([null, 'users']);
    expect(claim('Erling Haaland scored 27 goals in 31 league matches.', '31').metric).toBeNull();
  });

  it('reads "run" as a distance for lengths', () => {
    expect(claim('The MetroLink Eastside extension will run 14.5 kilometres.', '14.5 kilometres').metric).toBe('distance');
  });

  it('leaves a metric word that stands right before the next value to that value', () => {
    const [shops, people] = claimsOf('The chain now runs 610 shops across the region and employs about 9,800 people.');
    expect([shops?.text, shops?.metric]).toEqual(['610', null]);
    expect([people?.text, people?.metric]).toEqual(['about 9,800', 'employees']);
    // Its own counted noun stays its metric: "27 goals in 31 matches".
    expect(claim('Marta Solis scored 27 goals in 31 league matches.', '27').metric).toBe('score');
  });

  it('reads a value in apposition to a share of a metric as a part, not as the metric', () => {
    expect(claim('About a third of the budget, £16 million, will go on buildings.', '£16 million').metric).toBeNull();
    expect(claim('Roughly 40% of its revenue, $2 billion, came from Asia.', '$2 billion').metric).toBeNull();
    expect(claim('The council approved a budget of £48 million.', '£48 million').metric).toBe('budget');
  });
});
