// Subjects news writes around its names: each case is a sentence written for this test, never one of the
// evaluation sets.
import { describe, expect, it } from 'vitest';
import { claim, claimsOf } from './helpers.js';

const subject = (text: string, value: string) => claim(text, value).subject.id;

describe('a word of origin before a kind of company is not a name', () => {
  it('carries over the company named before', () => {
    expect(subject('Halvik Air reported its results. The Danish airline said revenue rose to €3.2 billion.', '€3.2 billion')).toBe('halvik-air');
    expect(subject('Marrow Bank cut costs. The Finnish lender said profit fell to €410 million.', '€410 million')).toBe('marrow-bank');
    expect(subject('Brede Brewing issued a warning. Shares in the Belgian brewer fell 3%.', '3%')).toBe('brede-brewing');
  });

  it('carries over a company named in an earlier paragraph through "the <origin> <kind>"', () => {
    const text = 'Halvik Air reported its results on Monday.\n\nFuel costs rose.\n\nThe Danish airline said it carried 9 million passengers.';
    expect(subject(text, '9 million')).toBe('halvik-air');
  });

  it('gives no subject when no company was named', () => {
    expect(subject('The Swiss drugmaker said sales rose to CHF 2 billion.', 'CHF 2 billion')).toBeNull();
  });

  it('keeps a name before a kind noun when the name is no word of origin', () => {
    expect(subject('The Tarvin group said revenue rose to £1.1 billion.', '£1.1 billion')).toBe('tarvin');
  });
});

describe('a metric word opening a sentence before a preposition and a name', () => {
  it('is what is measured there, and the name is the subject', () => {
    expect(subject('Exports from Delmora rose to $8 billion in 2023.', '$8 billion')).toBe('delmora');
    expect(subject('Subscribers to Flickwave reached 2 million.', '2 million')).toBe('flickwave');
    expect(subject('Occupancy at the Quayside Hotel fell to 68%.', '68%')).toBe('quayside-hotel');
  });
});

describe('bodies and legal names', () => {
  it('keeps the body a head qualifies ("school board", "school district")', () => {
    expect(subject('The Ashcombe school board approved a $12 million budget.', '$12 million')).toBe('ashcombe-school-board');
    expect(subject('Staff in the Ferris school district will get a 4% pay rise.', '4%')).toBe('ferris-school-district');
    expect(subject('The Ashcombe school has 840 pupils.', '840')).toBe('ashcombe-school');
  });

  it('reads a co-operative\'s name', () => {
    expect(subject('Dunmore Co-operative said sales rose to £90 million.', '£90 million')).toBe('dunmore-co-operative');
  });
});

describe('places, sources and counted nouns', () => {
  it('reads a place that ends its sentence as a place, not a name', () => {
    expect(subject('Tallow Films said its new release took $31 million in North America.', '$31 million')).toBe('tallow-films');
  });

  it('reads a name joined by "for" whole, and a trailing source with it is not the subject', () => {
    expect(subject('Wage growth in Britain slowed to 5.6%, the Office for Pay Statistics said.', '5.6%')).toBeNull();
    expect(subject('Sales for Berwick Tools fell to $210 million.', '$210 million')).toBe('berwick-tools');
  });

  it('does not take a source that "showed" or "found" the figure for the subject', () => {
    expect(subject('Fenmore Rovers reported results. The club\'s revenue rose to £96 million, the Marlow Football Review showed.', '£96 million')).toBe('fenmore-rovers');
  });

  it('does not take a name before the verb for the counted noun', () => {
    expect(claimsOf('Hospital admissions in Wales rose to 1,240 last week.').map((c) => c.value.unit)).not.toContain('count:wales');
    expect(claim('Staff numbers fell from 9,800 to 9,100.', '9,800').value.unit).toBe('count:staff');
  });
});

describe('legal forms, places of origin and asides around a name', () => {
  it('does not read a legal form after a comma as a name', () => {
    expect(subject('Tamsworth Energy, Inc. said revenue rose to $2.7 billion.', '$2.7 billion')).toBe('tamsworth-energy');
  });

  it('leaves a "-based" place out of the name after it', () => {
    expect(subject('Leeds-based Corvane carried 3 million parcels.', '3 million')).toBe('corvane');
    expect(subject('Brisa-owner Talmont Group said sales rose to €800 million.', '€800 million')).toBe('talmont-group');
  });

  it('gives an owner named inside an aside to the name the aside describes', () => {
    expect(subject('Brivex, Halcyon Pharma\'s best-selling drug, generated sales of $1.9 billion.', '$1.9 billion')).toBe('brivex');
  });
});

describe('speakers named around a quotation or a role', () => {
  it('reads "the chief executive of X, Name, said" as a speaker for X', () => {
    expect(subject('The chief executive of Dorset Mutual, Anne Kerr, said profit rose to £140 million.', '£140 million')).toBe('dorset-mutual');
  });

  it('reads the name after a quotation\'s "said" as a speaker when a role follows it', () => {
    expect(subject('“Sales rose to £380 million,” said Paul Denny, Fenwick Tiles\' chief executive.', '£380 million')).toBe('fenwick-tiles');
  });
});

describe('a plural noun opening a sentence', () => {
  it('is a noun before a preposition, and the name after it is the subject', () => {
    expect(subject('Shipments of Tarrow cider rose to 9 million cases.', '9 million')).toBe('tarrow');
    expect(subject('Harvests of barley reached 2.1 million tonnes.', '2.1 million tonnes')).toBeNull();
  });
});

describe('a sporting role before a name', () => {
  it('is not part of the name', () => {
    expect(subject('Striker Ana Prieto has scored 19 goals this season.', '19')).toBe('ana-prieto');
  });
});

describe('a trailing source when nothing else is named', () => {
  it('speaks of its own figure', () => {
    expect(subject('The drug cut relapses by 38%, Velmont Pharma said.', '38%')).toBe('velmont-pharma');
  });

  it('does not own a place\'s figure it reports', () => {
    expect(subject('Unemployment in Britain rose to 4.4%, the Office for Pay Statistics said.', '4.4%')).toBeNull();
  });
});
