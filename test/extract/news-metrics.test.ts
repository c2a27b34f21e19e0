// Metric words news uses that rules/data/metrics.yaml lacked: each case is a sentence written for this test, never
// one of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { claim } from './helpers.js';

const metric = (text: string, value: string) => claim(text, value).metric;

describe('metric words for orders, shops, capacity and trade', () => {
  it('reads an order backlog or order book, in money or in units', () => {
    expect(metric('Hadley Rail said its order backlog reached £7.9 billion.', '£7.9 billion')).toBe('order-backlog');
    expect(metric('Sorrento Yachts has an order book of 64 vessels.', '64')).toBe('order-backlog');
  });

  it('reads bookings and order intake', () => {
    expect(metric('Fjordline Travel said bookings climbed to NOK 3.2 billion.', 'NOK 3.2 billion')).toBe('bookings');
    expect(metric('Order intake at Tamsin Pumps fell 9% in the quarter.', '9%')).toBe('bookings');
  });

  it('keeps same-store and like-for-like sales apart from total sales', () => {
    expect(metric('Ferncastle Stores said like-for-like sales rose 1.9%.', '1.9%')).toBe('same-store-sales');
    expect(metric('Comparable sales at Pinto Burgers fell 0.8%.', '0.8%')).toBe('same-store-sales');
    expect(metric('Ferncastle Stores said sales rose 4.2%.', '4.2%')).toBe('revenue');
  });

  it('reads occupancy and load factor', () => {
    expect(metric('Room occupancy at the Harbour Lodge averaged 71%.', '71%')).toBe('occupancy');
    expect(metric('Wrenair reported a load factor of 88% for June.', '88%')).toBe('occupancy');
  });

  it('reads throughput, exports and things produced, and keeps tonnes produced a weight', () => {
    expect(metric('Container throughput at Easthaven reached 2.6 million boxes.', '2.6 million')).toBe('throughput');
    expect(metric('Malvora exported $3.4 billion of coffee.', '$3.4 billion')).toBe('exports');
    expect(metric('Imports of Malvoran coffee fell to $1.2 billion.', '$1.2 billion')).toBe('imports');
    expect(metric('Corrib Motors produced 212,000 vans.', '212,000')).toBe('production');
    expect(metric('Corrib Steel produced 3.1 million tonnes.', '3.1 million tonnes')).toBe('weight');
  });

  it('reads a share "of the market" as market share', () => {
    expect(metric('Polling by Venn Insight found that Corra held 14% of the market.', '14%')).toBe('market-share');
  });

  it('reads a harvest written as a plural or a verb as a weight', () => {
    expect(metric('Farmers harvested 2.2 million tonnes of barley.', '2.2 million tonnes')).toBe('weight');
  });
});

describe('phrases that are not the value\'s', () => {
  it('gives the worth of a thing a metric names to that metric, not to market value', () => {
    expect(metric('Quarry Aero has a backlog of 900 jets, worth about $60 billion.', 'about $60 billion')).toBe('order-backlog');
    expect(metric('Linwood Rail holds an order book of 90 trams worth £1.1 billion.', '£1.1 billion')).toBe('order-backlog');
    expect(metric('Linwood Rail is now worth £1.1 billion.', '£1.1 billion')).toBe('market-cap');
  });

  it('does not take a phrase after the value that opens another clause', () => {
    expect(metric('Turnover at Brisk Mills rose to €640 million, while exports slipped.', '€640 million')).toBe('revenue');
  });
});

describe('a metric by the unit of a value no phrase names', () => {
  it('reads a mass as a weight, an area as an area and a temperature as a temperature', () => {
    expect(metric('The Halstow landfill took in 410,000 tonnes last year.', '410,000 tonnes')).toBe('weight');
    expect(metric('The estate sits on 640 hectares of farmland.', '640 hectares')).toBe('area');
    expect(metric('Overnight lows of -9 °C are forecast.', '-9 °C')).toBe('temperature');
  });

  it('leaves a length with no phrase without a metric, since lengths are many things', () => {
    expect(metric('The gap between the panels is 41 mm.', '41 mm')).toBeNull();
    // Rain names its metric.
    expect(metric('The town recorded 41 mm of rain.', '41 mm')).toBe('rainfall');
  });
});
