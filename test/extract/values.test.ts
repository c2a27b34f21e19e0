import { describe, expect, it } from 'vitest';
import { claim, claimsOf } from './helpers.js';

describe('hedges become intervals', () => {
  it.each([
    ['Acme sold more than 500 units', 'more than 500', 500, null],
    ['Acme has over 900 stores', 'over 900', 900, null],
    ['Acme raised greater than $50 billion', 'greater than $50 billion', 50e9, null],
    ['Acme has up to 40 stores', 'up to 40', null, 40],
    ['Acme cut prices by as much as 87%', 'as much as 87%', null, 87],
    ['Acme has at least 12 stores', 'at least 12', 12, null],
  ])('%s', (text, value, low, high) => {
    const c = claim(`${text}.`, value);
    expect([c.value.low, c.value.high]).toEqual([low, high]);
  });

  it('"about" is a band of 5% either way and "nearly" reaches 10% below', () => {
    const about = claim('Acme employs about 2,000 people.', 'about 2,000');
    expect(about.value.low).toBeCloseTo(1900);
    expect(about.value.high).toBeCloseTo(2100);
    expect(about.hedge).toBe('about');
    const nearly = claim('Tesla delivered nearly 1.81 million vehicles.', 'nearly 1.81 million');
    expect(nearly.value.low).toBeCloseTo(1.629e6);
    expect(nearly.value.high).toBeCloseTo(1.81e6);
  });

  it('ranges written with a dash, "to" or "between … and" are one claim', () => {
    expect(claim('Meta will spend $60-65 billion.', '$60-65 billion').value).toEqual({ low: 60e9, high: 65e9, unit: 'USD' });
    expect(claim('Prices fell 15% to 50% for Acme.', '15% to 50%').value).toEqual({ low: 15, high: 50, unit: '%' });
    expect(claim('Meta plans to spend between $35 billion and $40 billion.', '$35 billion and $40 billion').value).toEqual({ low: 35e9, high: 40e9, unit: 'USD' });
  });

  it('"from 5% to 7%" is not a range', () => {
    const values = claimsOf('Acme lifted its margin from 5% to 7%.').map((c) => c.text);
    expect(values).toEqual(['5%', '7%']);
  });

  it('"from ¥18 to ¥23" and "from 18 to 23 million people" are two values; "ranged from" is a range', () => {
    expect(claimsOf('Rice prices rose from ¥18 to ¥23 in 2024.').map((c) => [c.text, c.value.low, c.value.high])).toEqual([['¥18', 18, 18], ['¥23', 23, 23]]);
    expect(claimsOf('Attendance grew from 18 to 23 million people.').map((c) => [c.text, c.value.low, c.value.unit])).toEqual([['18', 18e6, 'count:people'], ['23 million', 23e6, 'count:people']]);
    expect(claim('Temperatures ranged from 18 to 23 °C.', '18 to 23 °C').value).toEqual({ low: 18, high: 23, unit: 'c' });
  });

  it('"between 2 and 5 people" is one range whose noun is written after the second bound', () => {
    expect(claim('Between 2 and 5 people were hurt.', '2 and 5').value).toEqual({ low: 2, high: 5, unit: 'count:people' });
  });
});

describe('scales and numbers', () => {
  it.each([
    ['$53B', 53e9],
    ['$2.4bn', 2.4e9],
    ['$900m', 900e6],
    ['$1.2 trillion', 1.2e12],
    ['$15k', 15e3],
    ['$1.5-billion', 1.5e9],
  ])('%s', (value, n) => {
    expect(claim(`Acme paid ${value} for it.`, value).value.low).toBe(n);
  });

  it('reads spelled-out percentages and fractions', () => {
    expect(claim('Forty per cent of Acme sales are online.', 'Forty per cent').value.low).toBe(40);
    expect(claim('Acme holds a quarter of the market.', 'a quarter').value).toEqual({ low: 25, high: 25, unit: '%' });
    expect(claim('Half of Acme revenue is online.', 'Half').value.low).toBe(50);
    expect(claim('BP cut its dividend by half in 2020.', 'half').value.low).toBe(50);
  });

  it('counts keep their noun; a bare number or a year is no claim', () => {
    expect(claim('Alibaba Cloud has more than 1.8 million developers.', 'more than 1.8 million').value.unit).toBe('count:developers');
    expect(claimsOf('In 2019 Acme opened 3 of them [9].').map((c) => c.text)).toEqual([]);
  });

  it('a count written without its noun takes its neighbour\'s', () => {
    expect(claim('Harbor handled 2.8 million containers, up from 2.5 million.', '2.5 million').value.unit).toBe('count:containers');
    expect(claim("About 3,000 of Sable Telecom's 25,000 employees work in research.", 'About 3,000').value.unit).toBe('count:employees');
  });

  it('reads an ordinal after "up from" in a sentence about ranking, and "of whom a third"', () => {
    expect(claim('Halden University ranks 54th in the world, up from 61st.', '61st').value).toEqual({ low: 61, high: 61, unit: 'rank' });
    expect(claim('The survey covered 2,100 adults, of whom a third reported poor sleep.', 'a third').value.low).toBeCloseTo(33.33, 1);
  });

  it('ages are not counts: "aged 18 to 65"', () => {
    expect(claimsOf('Kelso Pharma enrolled 1,450 adults aged 18 to 65, of whom two-thirds got the vaccine.').map((c) => c.text)).toEqual(['1,450', 'two-thirds']);
  });

  it('"2 in 5 adults" and "one in four firms" are shares; "3 in 10 years" is not', () => {
    expect(claim('Nearly 2 in 5 adults are obese.', 'Nearly 2 in 5').value).toEqual({ low: 36, high: 40, unit: '%' });
    expect(claim('Only one in four firms hired.', 'one in four').value).toEqual({ low: 25, high: 25, unit: '%' });
    expect(claimsOf('Acme won 3 in 10 years.')).toEqual([]);
  });

  it('a hedge may stand between "by" and a fraction: "rose by nearly a third"', () => {
    expect(claim('Acme sales rose by nearly a third.', 'nearly a third').value.high).toBeCloseTo(33.33, 1);
  });

  it('"1 / 4 of it" is a fraction, not a count of 4', () => {
    expect(claim('The fund raised £20 million, roughly 1 / 4 of it online.', 'roughly 1 / 4').value).toEqual({ low: 23.75, high: 26.25, unit: '%' });
  });

  it('a compound modifier is no hyphenated scale: "a 32-billion-parameter model"', () => {
    expect(claimsOf('The agent runs on a 32-billion-parameter model.')).toEqual([]);
  });

  it('"its 15,000 target" counts what its neighbour counts', () => {
    expect(claim('The agency completed 12,400 homes in 2023, short of its 15,000 target.', '15,000').value.unit).toBe('count:homes');
  });

  it('a number before a unit the data does not know ("2,700 kWh") borrows no noun', () => {
    expect(claimsOf('Energy use fell to 2,700 kWh after 18,000 heat pumps were fitted.').map((c) => c.text)).toEqual(['18,000']);
  });

  it('a count takes the noun written before its verb: "staff numbers fell from 9,800", "passenger numbers reached"', () => {
    expect(claim("The agency's staff numbers fell from 9,800 in 2019 to roughly 8,100 today.", '9,800').value.unit).toBe('count:staff');
    expect(claim("The agency's staff numbers fell from 9,800 in 2019 to roughly 8,100 today.", 'roughly 8,100').value.unit).toBe('count:staff');
    expect(claim('Passenger numbers reached 2.1 million.', '2.1 million').value.unit).toBe('count:passengers');
    expect(claimsOf('The numbers rose to 500.')).toEqual([]);
  });

  it('"up 320,000" is a change in the count named nearby', () => {
    expect(claim('Orbis Telecom has 4.6 million subscribers, up 320,000 on the year.', '320,000').value.unit).toBe('count:subscribers');
  });

  it('durations are periods, not counts', () => {
    expect(claimsOf('Acme has grown for three years and 20 years before that.')).toEqual([]);
  });

  it('reads multiples, ranks and scores', () => {
    expect(claim('Acme trades at 15x forward P/E.', '15x').value).toEqual({ low: 15, high: 15, unit: 'x' });
    const rank = claim('Qwen scored 1332 points on the leaderboard, ranking seventh globally.', 'seventh');
    expect([rank.kind, rank.value.low, rank.metric]).toEqual(['rank', 7, 'rank']);
    expect(claim('Qwen scored 1332 points on the leaderboard.', '1332 points').value).toEqual({ low: 1332, high: 1332, unit: 'points' });
    expect(claim('Xiaomi is the third-largest phone maker.', 'third').value.low).toBe(3);
  });

  it('reads a spelled ordinal after "to" in a sentence about a table, but not "the second half"', () => {
    expect(claim('Grenfield Rovers won 3-1, moving up to fourth in the table.', 'fourth').value).toEqual({ low: 4, high: 4, unit: 'rank' });
    expect(claimsOf('Grenfield Rovers rank 5th and look to second half of the table.').map((c) => c.text)).toEqual(['5th']);
  });
});

describe('currencies', () => {
  it.each([
    ['$53 billion', 'USD'],
    ['US$5 billion', 'USD'],
    ['RMB 380 billion', 'CNY'],
    ['236.5 billion yuan', 'CNY'],
    ['HKD 600 billion', 'HKD'],
    ['2.32 trillion HKD', 'HKD'],
    ['HK$480', 'HKD'],
    ['€1.3 billion', 'EUR'],
    ['£2.4bn', 'GBP'],
    ['10.4 trillion won', 'KRW'],
    ['R$ 180 billion', 'BRL'],
    ['RMB380 million', 'CNY'],
    ['HKD120m', 'HKD'],
  ])('%s is %s', (value, code) => {
    expect(claim(`Acme reported revenue of ${value}.`, value).value.unit).toBe(code);
  });

  it('reads "won" as a currency only after the number: "won 58 seats" is a count of seats', () => {
    expect(claim('The Green Party won 58 seats in the assembly.', '58').value.unit).toBe('count:seats');
    expect(claim('A bowl of noodles costs 9,000 won in Seoul.', '9,000 won').value.unit).toBe('KRW');
  });

  it('flags ¥ as ambiguous', () => {
    const c = claim('Acme reported revenue of ¥86 billion.', '¥86 billion');
    expect(c.ambiguous).toBe(true);
  });
});

describe('inline conversions', () => {
  it('keeps "$53 billion (RMB 380 billion)" as one claim with a linked value', () => {
    const all = claimsOf('Alibaba will invest $53 billion (RMB 380 billion) over the next three years.');
    expect(all).toHaveLength(1);
    const c = all[0];
    expect(c?.value).toEqual({ low: 53e9, high: 53e9, unit: 'USD' });
    expect(c?.conversion?.value).toEqual({ low: 380e9, high: 380e9, unit: 'CNY' });
    expect(c?.conversion?.text).toBe('RMB 380 billion');
  });

  it('keeps the hedge of the converted value', () => {
    const c = claim('Its valuation reached 2.32 trillion HKD (approximately 2.17 trillion RMB).', '2.32 trillion HKD');
    expect(c.conversion?.hedge).toBe('about');
    expect(c.conversion?.value.unit).toBe('CNY');
  });

  it('reads "a 40 km (25-mile) route" as one length in metres', () => {
    const all = claimsOf('A 40 km (25-mile) route links the towns.');
    expect(all).toHaveLength(1);
    expect(all[0]?.value).toEqual({ low: 40000, high: 40000, unit: 'm' });
    expect(all[0]?.conversion?.value.low).toBeCloseTo(40233.6);
  });
});

describe('physical quantities in canonical units', () => {
  it.each([
    ['The mirror weighs 17 tonnes.', '17 tonnes', 17000, 'kg'],
    ['The farm covers 1,200 acres.', '1,200 acres', 1200 * 4046.8564224, 'm2'],
    ['The fire burned 40,000 hectares.', '40,000 hectares', 4e8, 'm2'],
    ['The pool holds 2.5 million litres of water.', '2.5 million litres', 2.5e6, 'l'],
    ['It reached 47 degrees Celsius.', '47 degrees Celsius', 47, 'c'],
    ['The women ran the 1,500 m final.', '1,500 m', 1500, 'm'],
  ])('%s', (text, value, n, unit) => {
    const c = claim(text, value);
    expect(c.kind).toBe('quantity');
    expect(c.value.low).toBeCloseTo(n);
    expect(c.value.unit).toBe(unit);
  });

  it('reads millimetres, and one-letter units only before "of" or "per"', () => {
    expect(claim('The city recorded 38 mm of rain.', '38 mm').value).toEqual({ low: 0.038, high: 0.038, unit: 'm' });
    expect(claim('A bottle contains 35 g of sugar.', '35 g').value).toEqual({ low: 0.035, high: 0.035, unit: 'kg' });
    expect(claimsOf('Acme sold 35 g units.').map((c) => c.value.unit)).toEqual(['count:units']);
  });

  it('reads square feet, and a minus sign before a temperature', () => {
    expect(claim('The tower offers 450,000 square feet of space.', '450,000 square feet').value.low).toBeCloseTo(41806.368);
    expect(claim('Lows of -12 °C are forecast.', '-12 °C').value).toEqual({ low: -12, high: -12, unit: 'c' });
    expect(claim('The line is 1,200-1,500 metres long.', '1,200-1,500 metres').value).toEqual({ low: 1200, high: 1500, unit: 'm' });
  });

  it('reads power in megawatts', () => {
    expect(claim('Acme plans to add 2 GW of capacity.', '2 GW').value).toEqual({ low: 2000, high: 2000, unit: 'MW' });
    expect(claim('The farm will generate 350 megawatts.', '350 megawatts').value).toEqual({ low: 350, high: 350, unit: 'MW' });
  });

  it('converts Fahrenheit to Celsius', () => {
    expect(claim('The record high was 134 °F.', '134 °F').value.low).toBeCloseTo(56.67, 1);
    // The masculine ordinal sign "º" is often typed for the degree sign.
    expect(claim('It reached 35 ºC.', '35 ºC').value).toEqual({ low: 35, high: 35, unit: 'c' });
  });
});

describe('change versus level', () => {
  it.each([
    ['Acme revenue rose 13% in 2024.', '13%', 'change'],
    ['Acme revenue rose to 13% of sales.', '13%', 'level'],
    ['Acme posted a 5% year-on-year increase in sales.', '5%', 'change'],
    ['Acme holds a 38% market share.', '38%', 'level'],
    ['Acme net income surged 62.62% to RMB 130.11 billion.', 'RMB 130.11 billion', 'level'],
    ['Acme revenue plummeted by 75%.', '75%', 'change'],
  ])('%s', (text, value, aspect) => {
    expect(claim(text, value).aspect).toBe(aspect);
  });

  it('a listed value shares the aspect of the one before it', () => {
    const all = claimsOf('Their revenues increased by 107.5%, 108.1%, and 121% respectively.');
    expect(all.map((c) => c.aspect)).toEqual(['change', 'change', 'change']);
  });
});

describe('pence', () => {
  it('are read as pounds: "4.1p a share", "325 pence", "212p"', () => {
    const pounds = (text: string, value: string) => {
      const v = claim(text, value).value;
      return [v.unit, Number(v.low?.toFixed(4)), Number(v.high?.toFixed(4))];
    };
    expect(pounds('Carrow Foods will pay a final dividend of 4.1p a share.', '4.1p')).toEqual(['GBP', 0.041, 0.041]);
    expect(pounds('Holders will receive 325 pence a share.', '325 pence')).toEqual(['GBP', 3.25, 3.25]);
    expect(pounds('Shares in Carrow Foods closed at 212p.', '212p')).toEqual(['GBP', 2.12, 2.12]);
  });

  it('leave a video format and a stray letter alone', () => {
    expect(claimsOf('The stream is available in 1080p video.')).toEqual([]);
    expect(claimsOf('Kelby is 5 p from here.')).toEqual([]);
  });
});

describe('numbers inside names', () => {
  it('a number joined to a word by a hyphen is part of a name, not a value: "Aurelis-1", "Covid-19", "F-35"', () => {
    expect(claimsOf('Aurelis-1 weighs 1,450 kg, the company said.').map((c) => c.text)).toEqual(['1,450 kg']);
    expect(claimsOf('Covid-19 cases rose to 4,200 in March.').map((c) => c.text)).toEqual(['4,200']);
    expect(claimsOf('The air force ordered 12 F-35 jets.').map((c) => c.text)).toEqual(['12']);
  });

  it('a range or a negative value after a space still reads', () => {
    expect(claim('Meta will spend $60-65 billion.', '$60-65 billion').value).toEqual({ low: 60e9, high: 65e9, unit: 'USD' });
    expect(claim('Temperatures fell to -12°C overnight in Oslo.', '-12°C').value.low).toBe(-12);
  });
});

describe('a bare number that is its clause subject', () => {
  it('counts the noun of the count beside it: "3,200 children got the vaccine and 1,900 received a dummy shot"', () => {
    expect(claim('Some 3,200 children got the vaccine and 1,900 received a dummy shot.', '1,900').value.unit).toBe('count:children');
    expect(claim('Of the 450 members, 212 voted for the bill and 198 voted against.', '198').value.unit).toBe('count:members');
  });

  it('is no claim when no count in its sentence names a noun', () => {
    expect(claimsOf('In the survey, 45 said they would leave.')).toEqual([]);
  });
});

describe('"up to" after a verb of motion', () => {
  it('is where the value moved, not a ceiling: "edged up to 3.1%"', () => {
    const c = claim('Core inflation edged up to 3.1% from 3.0%.', '3.1%');
    expect([c.hedge, c.value.low, c.value.high]).toEqual(['exact', 3.1, 3.1]);
    expect(claim('Acme will spend up to $40 million.', 'up to $40 million').hedge).toBe('at-most');
  });
});
