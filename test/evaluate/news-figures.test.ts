// Figures as news reports write them: election turnout, a workforce in an aside, temperatures written "41.2C",
// ranges of tonnes, running totals, subscribers called members: what a fact-checker expects read and compared.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import { bundledConfig, doc } from '../helpers.js';

const run = (...docs: ReturnType<typeof doc>[]) => analyse(docs, bundledConfig());
const conflicts = (...docs: ReturnType<typeof doc>[]) => run(...docs).findings.filter((f) => f.rule === 'core.value-conflict');
const only = (text: string, published = '2025-05-02') => run(doc('a.txt', `${text}\n`, published)).claims;

describe('elections', () => {
  it('compares turnout with turnout, not with the winner\'s share or last year\'s turnout', () => {
    const a = doc('a.txt', 'Hannah Pryce won the Ashford West by-election with 41.3% of the vote. In Ashford West, turnout was 38.2%, down from 61.5% at the general election last year.\n', '2025-05-02');
    const b = doc('b.txt', "In Ashford West only 34.6% of registered voters went to the polls, compared with 61.5% at last year's general election.\n", '2025-05-02');
    expect(conflicts(a, b).map((f) => f.message)).toEqual([expect.stringMatching(/turnout: "38.2%".*"34.6%"/)]);
  });
});

describe('a fact in an aside of a forecast', () => {
  it('reads "The lender, which has a workforce of 52,000, expects …" as a stated workforce', () => {
    const a = doc('a.txt', 'Castlemoor Bank employs 48,000 people.\n', '2025-02-19');
    const b = doc('b.txt', 'Castlemoor Bank, which has a workforce of 52,000, expects the cuts to save £400 million a year.\n', '2025-02-19');
    expect(conflicts(a, b).map((f) => f.message)).toEqual([expect.stringMatching(/employees: "48,000".*"52,000"/)]);
  });

  it('keeps a forecast in the aside a forecast', () => {
    const a = doc('a.txt', 'Castlemoor Bank employs 48,000 people.\n', '2025-02-19');
    const b = doc('b.txt', 'Castlemoor Bank, which expects to employ 52,000 people, said the cuts would save £400 million.\n', '2025-02-19');
    expect(conflicts(a, b)).toEqual([]);
  });
});

describe('temperatures and ranges', () => {
  it('reads "41.2C" and "104F" as temperatures, and dates a record "set six years ago"', () => {
    const claims = only('Carrowmore recorded 41.2C on Monday, beating the record of 39.8C set six years ago. In Texas it reached 104F.', '2025-07-22');
    expect(claims.map((c) => [c.text, c.kind, c.value.unit, c.period ?? c.impliedPeriod])).toEqual([
      ['41.2C', 'quantity', 'c', null],
      ['39.8C', 'quantity', 'c', '2019'],
      ['104F', 'quantity', 'c', null],
    ]);
    expect(claims[2]?.value.low).toBe(40);
  });

  it('does not read a lower-case letter or a code as a temperature', () => {
    expect(only('The plan covers 5c of every fare and the 3c rule.').filter((c) => c.kind === 'quantity')).toEqual([]);
  });

  it('reads "between 420,000 and 450,000 tonnes" as one range in tonnes', () => {
    const claims = only('Redhill Mining expects to mine between 420,000 and 450,000 tonnes of copper this year.', '2025-01-28');
    expect(claims.map((c) => [c.text, c.hedge, c.value.low, c.value.high, c.value.unit])).toEqual([['420,000 and 450,000 tonnes', 'range', 420_000_000, 450_000_000, 'kg']]);
  });

  it('keeps decimal scales exact', () => {
    expect(only('Vantage TV added 4.1 million subscribers.').map((c) => c.value.low)).toEqual([4_100_000]);
  });
});

describe('running totals and subscribers', () => {
  it('compares a total reached in a quarter with a total "in all", subscribers with members', () => {
    const a = doc('a.txt', 'Vantage TV added 4.1 million subscribers in the third quarter, taking its total to 92.4 million, the company said.\n', '2025-10-16');
    const b = doc('b.txt', 'Vantage TV gained 4.1 million paying members between July and September, giving it 94.2 million in all.\n', '2025-10-16');
    expect(conflicts(a, b).map((f) => f.message)).toEqual([expect.stringMatching(/"92.4 million".*"94.2 million"/)]);
  });

  it('reads "passes 90 million" as more than 90 million', () => {
    const [c] = only('Vantage TV passes 90 million subscribers.');
    expect([c?.hedge, c?.value.low, c?.value.high]).toEqual(['more-than', 90_000_000, null]);
  });
});

describe('places and floods', () => {
  it('compares a city\'s population with its residents, and keeps the metropolitan area apart', () => {
    const a = doc('a.txt', "Brackley's population rose to 412,300 in 2024. The wider metropolitan area is now home to 1.06 million people.\n", '2025-06-24');
    const b = doc('b.txt', 'Brackley had 421,300 residents in 2024. About 1.06 million people now live in the metropolitan area around Brackley.\n', '2025-06-25');
    expect(conflicts(a, b).map((f) => f.message)).toEqual([expect.stringMatching(/population: "412,300".*"421,300"/)]);
  });

  it('reads residents moved out of their homes as evacuated, not as the population', () => {
    const claims = only('In Harlow, 2,100 residents were evacuated to emergency shelters.');
    expect(claims.map((c) => c.metric)).toEqual(['evacuated']);
  });

  it('tells rainfall from a river\'s peak, and keeps a race\'s length a distance', () => {
    const claims = only('More than 140 mm of rain fell on Hollinsford. The river Tarrow peaked at 5.4 metres. About 18,500 runners took part in the 42.2 km race.');
    expect(claims.filter((c) => c.kind === 'quantity').map((c) => [c.text, c.metric])).toEqual([
      ['More than 140 mm', 'rainfall'],
      ['5.4 metres', 'water-level'],
      ['42.2 km', 'distance'],
    ]);
  });
});

describe('model numbers', () => {
  it('reads "Nova 7" and "Nova 7 Pro" as two names, and their numbers as no count', () => {
    const claims = only("Lumen's Nova 7 arrives with a bigger battery. The Nova 7 will cost $799 and the Nova 7 Pro will sell for $1,099.");
    expect(claims.map((c) => [c.text, c.subject.id])).toEqual([
      ['$799', 'nova-7'],
      ['$1,099', 'nova-7-pro'],
    ]);
  });

  it('still reads a count after a month\'s day and after a name that opens the sentence', () => {
    const q = run(doc('a.txt', 'Halden said on September 19 that 14 cars were damaged. Tesco 400 stores closed early.\n', '2025-09-20')).claims;
    expect(q.map((c) => [c.text, c.noun])).toEqual([
      ['14', 'cars'],
      ['400', 'stores'],
    ]);
  });
});

describe('round thirteen: waits, tolls, storms, dividends, half years', () => {
  it('reads the share seen within a time limit through its "of" phrase', () => {
    const a = doc('a.txt', "Only 61.4% of patients at Westbridge Health Trust's emergency departments were seen within four hours.\n", '2025-03-13');
    const b = doc('b.txt', 'Westbridge Health Trust saw 64.1% of emergency patients within four hours.\n', '2025-03-13');
    expect(conflicts(a, b).map((f) => f.message)).toEqual([expect.stringMatching(/seen-within-target: "61.4%".*"64.1%"/)]);
  });

  it('gives a death toll its metric across its complement, and keeps the dead from the homes after "and"', () => {
    expect(only('The death toll from Cyclone Ilsa rose to 19 on Friday as rescuers reached cut-off villages.').map((c) => c.metric)).toEqual(['deaths']);
    expect(only('At least 12 people were killed and about 40,000 homes lost power.').map((c) => c.metric)).toEqual(['deaths', null]);
    // A conjunction ends the complement: "jobs … after sales fell 4%" gives the 4% no employees metric.
    expect(only('Ravel Foods Group cut 300 jobs in 2023 after sales fell 4% to €1.1 billion.').map((c) => c.metric)).toEqual(['employees', 'revenue', 'revenue']);
  });

  it('reads "The cyclone" as the storm named before when the only name near the value is a setting', () => {
    const a = doc('a.txt', 'Cyclone Ilsa made landfall near Port Carran with sustained winds of 185 km/h.\n', '2025-04-03');
    const b = doc('b.txt', 'Cyclone Ilsa forced thousands to flee. The cyclone struck the coast near Port Carran with sustained winds of 205 km/h.\n', '2025-04-05');
    expect(conflicts(a, b).map((f) => f.message)).toEqual([expect.stringMatching(/Ilsa speed: "185 km\/h".*"205 km\/h"/)]);
  });

  it('compares final dividends, not a final dividend with the full-year total', () => {
    const a = doc('a.txt', 'Ferrand Insurance will pay a final dividend of 14.2p a share, bringing the total for 2024 to 21.0p, up 5%.\n', '2025-02-27');
    const b = doc('b.txt', 'Ferrand Insurance declared a final dividend of 12.4p per share, taking the full-year payout to 21.0p.\n', '2025-02-27');
    expect(conflicts(a, b).map((f) => f.message)).toEqual([expect.stringMatching(/dividend: "14.2p".*"12.4p"/)]);
  });

  it('keeps a price per share apart from the deal it prices', () => {
    const c = only('Orbis Systems will pay $62 per share for Fenwick Software, a deal worth $9.8 billion.', '2025-03-11');
    expect(c.find((x) => x.text === '$62')?.metric).toBe('share-price');
  });

  it('dates a half year\'s profit by "the six months to June" in its sentence', () => {
    const a = doc('a.txt', 'Skyline Air carried 21.3 million passengers in the six months to June, up 7% on a year earlier, and made a pre-tax profit of €118 million.\n', '2025-07-24');
    const b = doc('b.txt', 'Skyline Air flew 21.3 million passengers in the first half of the year.\n\nSkyline Air said pre-tax profit reached €181 million.\n', '2025-07-24');
    expect(conflicts(a, b).map((f) => f.message)).toEqual([expect.stringMatching(/"€118 million".*"€181 million".*period 2025-H1 \(inferred\)/)]);
  });

  it('does not compare a profit expected for the current financial year with a year\'s result', () => {
    const a = doc('a.txt', 'Carrow Foods chief executive Priya Malhotra said she expected profit of about £130 million in the current financial year.\n', '2025-02-12');
    const b = doc('b.txt', 'Carrow Foods made a pre-tax profit of £118m, the group said, and is targeting £130m next year.\n', '2025-02-12');
    expect(conflicts(a, b)).toEqual([]);
  });
});

describe('a pair of water-company reports read as a fact-checker', () => {
  const a = doc('herald.txt', 'Brightmoor Water serves the Tene valley. The company, which serves 2.4 million customers, said it would spend £640 million over the next five years on its treatment works. About 1,400 people work for Brightmoor.\n', '2026-03-04');
  const b = doc('gazette.txt', 'Brightmoor Water serves the Tene valley. The water company, with 2.6 million customers, plans to invest £640 million in its treatment plants by 2031. Brightmoor employs roughly 1,400 staff.\n', '2026-03-05');

  it('compares the customers given in an aside, whatever the plan after it', () => {
    expect(conflicts(a, b).map((f) => f.message)).toEqual([expect.stringMatching(/users: "2.6 million".*"2.4 million".*same subject and metric\)/)]);
  });

  it('leaves the plan\'s years to the plan, and reads "people work for" as a workforce', () => {
    const claims = run(a, b).claims;
    expect(claims.filter((c) => c.noun === 'customers').map((c) => c.period)).toEqual([null, null]);
    expect(claims.find((c) => c.text === 'About 1,400')?.metric).toBe('employees');
  });
});

describe('hyphenated counts and baselines', () => {
  it('reads a noun hyphenated to its number as what it counts, never a span of time or an age', () => {
    const nouns = (t: string) => only(t).map((c) => [c.text, c.noun]);
    expect(nouns('Halden Health is building a 350-bed hospital.')).toEqual([['350', 'beds']]);
    expect(nouns('The 42,000-seat ground belongs to Norhaven Athletic.')).toEqual([['42,000', 'seats']]);
    expect(nouns('Halden Foods has a 5,000-strong workforce.')).toEqual([['5,000', 'people']]);
    expect(nouns('Halden signed a 24-year-old striker after a 3-day strike.')).toEqual([]);
  });

  it('does not give a value the metric of the baseline it is compared with', () => {
    const [c] = only('The stadium will cost £460 million, the council confirmed, compared with an original budget of £350 million.', '2026-06-11');
    expect(c?.metric).not.toBe('budget');
  });
});

describe('from the blind articles-held-out-6, read after its first runs', () => {
  it('reads "this season" and "the 2026-27 season" as one season, apart from last season', () => {
    const a = doc('a.txt', 'Cooperativa San Isidro expects to press 48,000 tonnes of oil this season, down from 71,000 tonnes last season.\n', '2026-11-10');
    const b = doc('b.txt', 'At Cooperativa San Isidro, managers expect to press 58,000 tonnes of oil this season. Cooperativa San Isidro pressed 71,000 tonnes last season.\n', '2026-11-12');
    expect(conflicts(a, b).map((f) => f.message)).toEqual([expect.stringMatching(/"48,000 tonnes".*"58,000 tonnes".*period 2026-27 season \(inferred\)/)]);
  });

  it('puts a sentence opening "Across the country," in the country, and nowhere else', () => {
    const q = only('Valdoria expects 412,000 tonnes this season. Across the country, the ministry forecasts 1.1 million tonnes this season, compared with 1.4 million tonnes last season.', '2026-11-10');
    expect(q.map((c) => c.scope.geography ?? null)).toEqual([null, 'the country', 'the country']);
    expect(only('Kettle & Crane will open 90 new cafes across the country.').map((c) => c.scope.geography ?? null)).toEqual([null]);
  });

  it('reads no metric word inside a name ("Quanta Pay")', () => {
    expect(only('Quanta Pay processes about €190 billion of payments a year.').map((c) => c.metric)).toEqual([null]);
  });
});

describe('names in any script', () => {
  it('reads accented names whole and folds their accents in the id', () => {
    expect(only('Julián Herrero earns £400,000.').map((c) => c.subject.id)).toEqual(['julian-herrero']);
    const a = doc('a.txt', 'Nestlé sold 4.1 million tonnes of coffee in 2025.\n', '2026-02-01');
    const b = doc('b.txt', 'Nestle sold 4.6 million tonnes of coffee in 2025.\n', '2026-02-01');
    expect(conflicts(a, b)).toHaveLength(1);
  });
});

describe('temperatures converted inline', () => {
  it('checks "31C (84F)" as it checks "31 °C (88 °F)"', () => {
    const wrong = run(doc('a.txt', 'Temperatures hit 31C (84F) that weekend.\n', '2026-08-20')).findings.filter((f) => f.rule === 'core.conversion-check');
    expect(wrong.map((f) => f.message)).toEqual([expect.stringContaining('expected about 87.8')]);
    const right = run(doc('a.txt', 'Temperatures hit 31C (88F) that weekend, and 31 °C (88 °F) on Sunday.\n', '2026-08-20')).findings.filter((f) => f.rule === 'core.conversion-check');
    expect(right).toEqual([]);
  });
});

describe('a bridge written of as "the 60-year-old crossing"', () => {
  it('points back to the bridge past its age, and gives no value to the places a route runs between', () => {
    const a = doc('a.txt', 'The Aldwyn Bridge carries 38,000 vehicles a day.\n', '2026-05-06');
    const b = doc('b.txt', 'Engineers have begun a survey of the Aldwyn Bridge. The 60-year-old crossing normally carries 83,000 vehicles a day between Esk Quay and Northfield.\n', '2026-05-08');
    expect(conflicts(a, b).map((f) => f.message)).toEqual([expect.stringMatching(/Aldwyn Bridge .*"38,000".*"83,000"/)]);
  });

  it('reads a repair bill as what the work costs', () => {
    expect(only('Esk County Council said the £64 million repair bill would be shared.').map((c) => c.metric)).toEqual(['capex']);
  });
});

describe('two ferry-operator reports read as a fact-checker', () => {
  it('keeps a delivery year and a second verb phrase away from a profit stated before them', () => {
    const [profit, order] = only('Harbourline reported operating profit of £38 million and confirmed an order for two electric ferries costing £120 million, to be delivered in 2028.', '2026-09-03');
    expect([profit?.metric, profit?.period]).toEqual(['operating-income', null]);
    expect(order?.metric).not.toBe('operating-income');
  });
});
