// Failure classes found by reading reports on unseen articles: each case is a sentence written for this test,
// on its own topic, never one of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import { bundledConfig, doc } from '../helpers.js';
import { claim, claimsOf } from './helpers.js';

const subjects = (text: string) => claimsOf(text).map((c) => [c.text, c.subject.id]);

describe('a quoted person is not the subject of the figure they report', () => {
  it('takes the organisation named earlier in the paragraph', () => {
    const text = 'Wenlow Council published its transport plan. Council leader Ada Brook said bus journeys had risen to 9.1 million.';
    expect(claim(text, '9.1 million').subject.id).toBe('wenlow-council');
  });

  it('skips a speaker set off by commas and follows the pronoun', () => {
    const text = 'Osprey Freight announced results. The firm’s finance chief, Lena Voss, said it would hire 420 drivers.';
    expect(claim(text, '420').subject.id).toBe('osprey-freight');
  });

  it('does not make a role written before the name part of it', () => {
    const text = 'Harrow Vale College opened a library. Spokeswoman Mia Tan said the college enrols 5,600 students.';
    expect(claim(text, '5,600').subject.id).toBe('harrow-vale-college');
  });

  it('does not give the speaker a figure no person has, even after "she"', () => {
    const text = 'Tarrant Mills reported higher sales. Chief executive Priya Malhotra said she expected profit of about £130 million next year.';
    expect(claim(text, 'about £130 million').subject.id).toBe('tarrant-mills');
  });

  it('keeps the speaker when the figure is their own or nothing else is named', () => {
    expect(claim('Coach Ian Marsh said he had won 212 races.', '212').subject.id).toBe('ian-marsh');
    expect(claim('Analyst Priya Das said prices had fallen to 340 points.', '340 points').subject.id).toBe('priya-das');
  });
});

describe('names joined by "and"', () => {
  it('are two subjects, one per value, with "respectively"', () => {
    expect(subjects('Bexley Bakeries and Corran Mills employ 1,300 and 870 people respectively.')).toEqual([
      ['1,300', 'bexley-bakeries'],
      ['870', 'corran-mills'],
    ]);
    expect(subjects('Mwangi and Okoro scored 27 and 19 points respectively.')).toEqual([
      ['27', 'mwangi'],
      ['19 points', 'okoro'],
    ]);
  });

  it('stay one name when its end or the text says it is one thing', () => {
    expect(claim('Arkwright and Finch, the architecture practice, reported revenue of £42 million.', '£42 million').subject.id).toBe('arkwright-and-finch');
    expect(claim('Arkwright and Finch employs 310 staff.', '310').subject.id).toBe('arkwright-and-finch');
    expect(claim('The Arts and Letters Council awarded grants of £3 million.', '£3 million').subject.id).toBe('arts-and-letters-council');
  });
});

describe('a value that opens its clause', () => {
  it('is about the name after it, not the names before the clause', () => {
    expect(claim('Dauda and Marsh take gold as 2,200 rowers finish the Tamar Regatta.', '2,200').subject.id).toBe('tamar-regatta');
    expect(claim('Some 640 volunteers ran the Ashby Food Fair.', 'Some 640').subject.id).toBe('ashby-food-fair');
  });

  it('is about the event or place its clause puts it in, when no other name is there', () => {
    expect(claim('A record 7,300 riders took part in the Coldharbour Sportive.', '7,300').subject.id).toBe('coldharbour-sportive');
    // A destination is not what the value is about: the company of the paragraph is.
    expect(claim('Tennant Foods is moving. About 300 staff will transfer to the Brayford Business Park.', 'About 300').subject.id).toBe('tennant-foods');
  });

  it('still takes the name before it when the value does not open a clause', () => {
    expect(claim('Penrose Foods hired 640 workers for the Ashby Food Fair.', '640').subject.id).toBe('penrose-foods');
  });
});

describe('money raised', () => {
  it('for a cause is donations, not IPO proceeds', () => {
    expect(claim('Lindow Rugby Club raised £18,000 for charity.', '£18,000').metric).toBe('donations');
    expect(claim('Staff at Marlin Insurance raised £9,500 for the local hospice.', '£9,500').metric).toBe('donations');
    expect(claim('The Hale Youth Orchestra raised $14,000 at a gala dinner.', '$14,000').metric).toBe('donations');
  });

  it('as capital stays capital raised', () => {
    expect(claim('Norrow Robotics raised $60 million in a Series C round.', '$60 million').metric).toBe('ipo-proceeds');
    expect(claim('Castle Brewing raised £25 million in its stock market flotation.', '£25 million').metric).toBe('ipo-proceeds');
  });
});

describe('budgets and planned spending', () => {
  const read = (text: string, value: string) => {
    const c = claim(text, value);
    return [c.metric, c.scope.purpose ?? null];
  };

  it('reads spending still to come on a purpose as a budget for that purpose', () => {
    expect(read('Ashwell Council will spend £31 million on parks in 2025.', '£31 million')).toEqual(['budget', 'park']);
    expect(read('Ashwell Council set a £28 million budget for its parks in 2025.', '£28 million')).toEqual(['budget', 'park']);
    expect(read('The Ashwell Council parks budget for 2025 is £28 million.', '£28 million')).toEqual(['budget', 'park']);
  });

  it('keeps money already spent, and spending on a project or a named thing, as what it cost', () => {
    expect(read('Ashwell Council spent £31 million on parks in 2024.', '£31 million')).toEqual(['capex', null]);
    expect(read('Morden Water will spend £80 million on the expansion of its Tollard reservoir.', '£80 million')).toEqual(['capex', null]);
    expect(read('Morden Water will spend £80 million upgrading its treatment works.', '£80 million')).toEqual(['capex', null]);
  });

  it('names no purpose for a whole budget, and one for each of its lines', () => {
    const text = 'Ashwell Council approved a budget of £390 million for 2025, including £6 million for road repairs.';
    expect(read(text, '£390 million')).toEqual(['budget', null]);
    expect(read(text, '£6 million')).toEqual(['budget', 'repair']);
  });
});

describe('"last year" next to a value', () => {
  it('is the year before publication, kept apart from the stated period', () => {
    const c = claim('Corbin Rail carried 48 million passengers last year.', '48 million');
    expect([c.period, c.impliedPeriod]).toEqual([null, '2023']);
  });

  it('is nothing without a publication date, or when a stated period or another figure stands between', () => {
    expect(claimsOf('Corbin Rail carried 48 million passengers last year.', null)[0]?.impliedPeriod).toBeNull();
    expect(claim('Corbin Rail carried 48 million passengers in 2021.', '48 million').impliedPeriod).toBeNull();
    expect(claim('Corbin Rail carried 48 million passengers, up from 45 million last year.', '48 million').impliedPeriod).toBeNull();
  });
});

describe('a name made of common words', () => {
  it('is a name in running text, though a title-case heading of such words is not', () => {
    expect(claim('Silver Lake Country Park recorded 640,000 visits in 2023.', '640,000').subject.id).toBe('silver-lake-country-park');
    expect(claimsOf('Investment and Financial Growth Analysis\n\nRevenue rose 4% in 2023.').map((c) => c.subject.id)).toEqual([null]);
  });
});

describe('a noun of what is measured, and the cost of a plan', () => {
  it('does not take "Enrolment at …" for a name', () => {
    expect(claim('Attendance at the Corvey Stadium fell to 31,000 fans in 2023.', '31,000').subject.id).toBe('corvey-stadium');
  });

  it('reads the cost of a plan to add or build things as capex', () => {
    expect(claim('Fenmore Hotels plans to add 180 rooms by 2026 at a cost of £60 million.', '£60 million').metric).toBe('capex');
    expect(claim('The strike will cost Fenmore Hotels £2 million.', '£2 million').metric).toBeNull();
  });
});

describe('a name inside an aside about the subject', () => {
  it('is not the subject of the figure the sentence reports', () => {
    const text = "Tarrant Mills plc, the maker of Oakfield flour and Brady's biscuits, reported revenue of £640 million.";
    expect(claim(text, '£640 million').subject.id).toBe('tarrant-mills');
    const which = 'Helmsby Water, which supplies Corlan and Deane, made a profit of £52 million.';
    expect(claim(which, '£52 million').subject.id).toBe('helmsby-water');
  });

  it('is not read into a comma that closes a list: the main clause after it names the subject', () => {
    const text = 'After weighing bids from Corlan, Deane and Brightwater, the board of Helmsby Water approved spending, committing £52 million to new pipes.';
    expect(claim(text, '£52 million').subject.id).toBe('helmsby-water');
  });

  it('still lets a name before the value own it when no aside closes before the value', () => {
    expect(claim('Analysts say Tarrant Mills, the flour maker, lifted revenue to £640 million.', '£640 million').subject.id).toBe('tarrant-mills');
  });
});

describe('pay offers in per cent', () => {
  it('are pay rises, and changes, whether written as "a 4.5% pay offer" or "an offer of a 5.5% rise"', () => {
    const offer = claim('Porthaven Ferries made drivers a 4.5% pay offer for 2024.', '4.5%');
    const rise = claim("Crews rejected Porthaven Ferries' offer of a 5.5% rise for this year.", '5.5%');
    expect([offer.metric, offer.aspect]).toEqual(['pay-rise', 'change']);
    expect([rise.metric, rise.aspect]).toEqual(['pay-rise', 'change']);
  });

  it('keep what a union claims apart from what the employer offers', () => {
    expect(claim('The union has lodged a 9% pay claim with Porthaven Ferries.', '9%').metric).toBe('pay-claim');
  });

  it('do not make "pay" the verb a pay figure: a bill or a settlement someone will pay is no one\'s pay', () => {
    expect(claim('Households on standard tariffs will pay about £1,700 a year.', 'about £1,700').metric).toBeNull();
    expect(claim('Kelby Council agreed to pay £2m to settle the claim.', '£2m').metric).toBeNull();
    expect(claim('Porthaven Ferries chief executive Ann Cole received pay of £2.1m.', '£2.1m').metric).toBe('pay');
  });

  it('leave a pay figure in money to the pay metric, however the pay is written', () => {
    expect(claim('Porthaven Ferries said a senior driver earned £31,200 last year.', '£31,200').metric).toBe('pay');
    expect(claim('A senior driver at Porthaven Ferries earns £31,200 a year.', '£31,200').metric).toBe('pay');
    expect(claim('Senior drivers at Porthaven Ferries are paid £31,200.', '£31,200').metric).toBe('pay');
  });
});

describe('a sentence that ends on a scale letter', () => {
  it('ends there: "£810m. Carrow, …" starts a sentence that borrows nothing from the one before', () => {
    const text = 'Bakery sales in the UK came to £810m. Carrow, which has more than 9,000 staff, cut its energy use.';
    expect(claim(text, 'more than 9,000').sentence.start).toBe(text.indexOf('Carrow'));
    expect(claim(text, 'more than 9,000').scope).toEqual({});
  });

  it('still reads an initial as part of a name', () => {
    expect(claim('J. Corlan Holdings made a profit of £4m.', '£4m').subject.id).toBe('j-corlan-holdings');
  });
});

describe('spending a council has approved', () => {
  it('is a budget for its purpose, as "a £96 million housing budget" is', () => {
    const approved = claim("Kelby Council's cabinet signed off spending of £96m on housing in the coming financial year.", '£96m');
    const budget = claim('Kelby Council approved a £96 million housing budget for 2024-25.', '£96 million');
    expect([approved.metric, approved.scope.purpose]).toEqual(['budget', 'housing']);
    expect([budget.metric, budget.scope.purpose]).toEqual(['budget', 'housing']);
  });

  it('names one purpose for "libraries" and "library", and leaves a verb in -ing to a project', () => {
    expect(claim('Kelby Council has approved spending of £12m on libraries.', '£12m').scope.purpose).toBe('library');
    expect(claim('Kelby Council will spend £12m on building new homes.', '£12m').metric).toBe('capex');
    expect(claim('Kelby Council will spend £12m on parking.', '£12m').scope.purpose).toBe('parking');
    expect(claim('Tarsel Mining will spend $2.3 billion on capital spending.', '$2.3 billion').metric).toBe('capex');
  });
});

describe('what a budget is for', () => {
  it('ends at the verb after it: "the £16m set aside for temporary accommodation was not enough"', () => {
    const text = 'Kelby Council said the £16m set aside for temporary accommodation was not enough.';
    expect(claim(text, '£16m').scope.purpose).toBe('accommodation');
  });
});

describe('financial years', () => {
  it('name the year they end in, as the period compared: "the year to March 2024" and "twelve months to the end of March 2024"', () => {
    const a = claim('Carrow Foods reported revenue of £1.42 billion for the year to March 2024.', '£1.42 billion');
    const b = claim('Carrow Foods reported sales of £1.24 billion in the twelve months to the end of March 2024.', '£1.24 billion');
    expect([a.period, a.impliedPeriod]).toEqual([null, 'FY2024']);
    expect([b.period, b.impliedPeriod]).toEqual([null, 'FY2024']);
    expect(claim('Revenue for the financial year ended 31 December 2023 was £90m.', '£90m').impliedPeriod).toBe('2023');
  });

  it('read "2024-25" as the financial year ending in 2025, a season as a season, and no span of years', () => {
    expect(claim('Kelby Council approved a £96 million housing budget for 2024-25.', '£96 million').impliedPeriod).toBe('FY2025');
    expect(claim('Kelby Rovers reported revenue of €83 million for the 2022-23 season.', '€83 million').impliedPeriod).toBe('2022-23 season');
    expect(claim('Kelby Council spent £40 million on roads in 2019-22.', '£40 million').impliedPeriod).toBeNull();
  });

  it('give no made-up period to "the coming financial year"', () => {
    expect(claim('Kelby Council signed off spending of £96m on housing in the coming financial year.', '£96m').period).toBeNull();
  });

  it('keep figures for different financial years apart, and compare those of the same one', () => {
    const config = bundledConfig();
    const run = (b: string) =>
      analyse([doc('a.txt', 'Carrow Foods reported revenue of £1.42 billion for the year to March 2024.', '2024-06-05'), doc('b.txt', b, '2024-06-06')], config).findings.filter((f) => f.rule === 'core.value-conflict');
    expect(run('Carrow Foods reported revenue of £1.24 billion for the year to March 2023.')).toHaveLength(0);
    expect(run('Carrow Foods reported revenue of £1.24 billion for the year to March 2024.')).toHaveLength(1);
  });
});

describe('a brand written as "the <brand> maker"', () => {
  it('is the company written about before, not the brand', () => {
    const text = 'Tarrant Mills reported sales of £640 million.\n\nThe Oakfield flour maker made a profit of £52 million, the group said.';
    expect(claim(text, '£52 million').subject.id).toBe('tarrant-mills');
  });

  it('leaves a name with a head of its own alone ("the Brookfield cement plant")', () => {
    expect(claim('Output at the Brookfield cement plant rose to 1.2 million tonnes.', '1.2 million tonnes').subject.id).toBe('brookfield-plant');
  });
});

describe('a count that qualifies another through a preposition', () => {
  it('does not take the metric of the count it qualifies', () => {
    const text = 'Brantwood Tiles employs about 2,400 people at 11 plants and reported revenue of £310 million.';
    expect(claim(text, 'about 2,400').metric).toBe('employees');
    expect(claim(text, '11').metric).toBeNull();
  });

  it('keeps a metric shared by counts joined with "and"', () => {
    const text = 'Ferrow Motors delivered 48,000 cars and 6,500 vans in 2024.';
    expect(claim(text, '48,000').metric).toBe(claim(text, '6,500').metric);
  });
});
