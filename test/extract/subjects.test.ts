import { describe, expect, it } from 'vitest';
import { claim, claimsOf } from './helpers.js';

describe('subjects', () => {
  it('never takes a month, currency, period, place or sentence-initial word as a subject', () => {
    const text = [
      'Alibaba reported results in November.',
      'November revenue of 236.5 billion yuan beat forecasts.',
      'HKD 600 billion was added to its market value.',
      'FY2025 net income rose 62.62%.',
      'Q4 revenue rose 7%.',
      'China accounts for 40% of Alibaba sales.',
      'Looking ahead, margins should reach 12%.',
    ].join(' ');
    const subjects = claimsOf(text).map((c) => c.subject.id);
    for (const bad of ['november', 'hkd', 'rmb', 'fy2025', 'q4', 'china', 'looking']) expect(subjects).not.toContain(bad);
    expect(subjects.every((s) => s === 'alibaba')).toBe(true);
  });

  it('takes the owner of a possessive', () => {
    expect(claim("Alibaba's market share reached 38%.", '38%').subject.id).toBe('alibaba');
    expect(claim("Acme trades at 15x forward P/E vs. Amazon's 35x.", '35x').subject.id).toBe('amazon');
  });

  it('carries the subject over for "the company", "it" and "its"', () => {
    const c = claim('Northwind Energy Systems opened a plant. The company said its revenue rose 12%.', '12%');
    expect(c.subject).toEqual({ id: 'northwind-energy-systems', name: 'Northwind Energy Systems', via: 'carry-over' });
  });

  it("falls back to the document's main subject", () => {
    const text = 'Alibaba reported results.\n\nAlibaba is investing in AI.\n\n- Maintains strong balance sheet, with FY2025 net income up 62.62%.';
    const c = claim(text, '62.62%');
    expect([c.subject.id, c.subject.via]).toEqual(['alibaba', 'document']);
  });

  it('says so when no subject can be found', () => {
    const c = claim('Prices rose 4% last month.', '4%');
    expect(c.subject).toEqual({ id: null, name: null, via: 'none' });
  });

  it('resolves aliases to the canonical entity', () => {
    expect(claim('Aliyun cut prices by 20%.', '20%').subject.id).toBe('alibaba-cloud');
    expect(claim('Cai Chongxin bought a team for $3.3 billion.', '$3.3 billion').subject.id).toBe('joe-tsai');
  });

  it('reads abbreviations the text defines', () => {
    const c = claim('Northwind Energy Systems (NES) is growing. NES reported revenue of $4.2 billion.', '$4.2 billion');
    expect([c.subject.id, c.subject.via]).toEqual(['northwind-energy-systems', 'abbreviation']);
  });

  it('matches near-identical spellings of known names', () => {
    const c = claim('Microsfot invested $10 billion in OpenAI.', '$10 billion');
    expect([c.subject.id, c.subject.via]).toEqual(['microsoft', 'fuzzy']);
  });

  it('matches swapped name order, for known and unknown names', () => {
    expect(claim('Yongming Wu was appointed chief executive in September 2023.', 'September 2023').subject.id).toBe('eddie-wu');
    const claims = claimsOf('Kim Jisoo won the 1,500 m race. Jisoo Kim also won the 1,000 m race.');
    expect(claims.map((c) => c.subject.id)).toEqual(['kim-jisoo', 'kim-jisoo']);
  });

  it('gives each value its name with "respectively"', () => {
    const all = claimsOf('Amazon and Microsoft held market capitalizations of $2.42 trillion and $3.04 trillion respectively.');
    expect(all.map((c) => c.subject.id)).toEqual(['amazon', 'microsoft']);
  });

  it('does not give capex to a person speaking for a company', () => {
    const c = claim("Alibaba's Tsai mentioned a greater than $50 billion funding in AI infrastructure.", 'greater than $50 billion');
    expect(c.subject.id).toBe('alibaba');
  });

  it('prefers the subject to a setting after a preposition', () => {
    expect(claim('Manchester City finished first in the Premier League with 91 points.', '91 points').subject.id).toBe('manchester-city');
  });
});

describe('subjects named with a head noun', () => {
  it('keeps the head with the name, one canonical head for one kind of thing', () => {
    expect(claim('The Eastside line will carry 30,000 riders a day.', '30,000').subject).toEqual({ id: 'eastside-line', name: 'Eastside line', via: 'text' });
    expect(claim('Construction of the Westfield light rail will cost $2 billion.', '$2 billion').subject.id).toBe('westfield-line');
    expect(claim('The Eastside Light Rail will need $2 billion.', '$2 billion').subject.id).toBe('eastside-line');
    expect(claim('The MetroLink Eastside extension adds 8 stations.', '8').subject.id).toBe('metrolink-eastside-line');
    expect(claim('In 2023 the Hornsea wind farm produced 5,000 tonnes of steel.', '5,000 tonnes').subject.id).toBe('hornsea-wind-farm');
  });

  it('reads a direction word before a head as a name', () => {
    expect(claim('The Northern line carried 200 million passengers in 2019.', '200 million').subject.id).toBe('northern-line');
  });

  it('points "the line", "the trust" back to the name they fit', () => {
    expect(claim('Calloway Rail opened the Southport line. The line cost $900 million to build.', '$900 million').subject.id).toBe('southport-line');
    const text = 'Ardent Health Trust runs four hospitals. Its chief, Bob Smith, left in May. The trust employs 9,000 people.';
    expect(claim(text, '9,000').subject.id).toBe('ardent-health-trust');
  });

  it('carries a subject over through a wider set of nouns ("the retailer", "the drugmaker")', () => {
    expect(claim('Pemberly Stores updated investors. The retailer said sales rose 3%.', '3%').subject.id).toBe('pemberly-stores');
  });

  it('takes a common-noun institution with its qualifier when no name stands before the value', () => {
    expect(claim('The water authority will spend $1.2 billion on new pipes.', '$1.2 billion').subject.id).toBe('water-authority');
    expect(claim('The agency spent $3 million.', '$3 million').subject.id).toBeNull();
    // Every city has "the city council": a word that only names the level of government is no name.
    expect(claim('The city council approved a budget of $410 million.', '$410 million').subject.id).toBeNull();
    expect(claim('The regional transit agency will spend $2 billion.', '$2 billion').subject.id).toBe('transit-agency');
    expect(claim('According to the transport authority, the budget is $2 billion.', '$2 billion').subject.id).toBeNull();
  });

  it('lets a name in a setting yield to a later anaphor', () => {
    const c = claim('Orrin Robotics is raising money. Analysts at Fenwick Capital estimate the firm is worth $6 billion.', '$6 billion');
    expect(c.subject.id).toBe('orrin-robotics');
  });
});

describe('subjects of projects', () => {
  it('gives the cost of a project to what it builds, not to who approved it', () => {
    expect(claim('The Harlow City Council approved a £420 million expansion of Riverside General Hospital.', '£420 million').subject.id).toBe('riverside-general-hospital');
    expect(claim('Harlow councillors signed off a £450 million plan to enlarge Riverside General Hospital.', '£450 million').subject.id).toBe('riverside-general-hospital');
  });

  it('points "the project" and "the expansion" back to that thing', () => {
    const text = 'The Harlow City Council approved a £420 million expansion of Riverside General Hospital. Council leader Maria Okafor welcomed it. The project will add 310 beds.';
    expect(claim(text, '310').subject.id).toBe('riverside-general-hospital');
  });

  it('reads a title-case name ending in a head as a name ("Riverside General Hospital")', () => {
    expect(claim('Riverside General Hospital treated 212,000 patients.', '212,000').subject.id).toBe('riverside-general-hospital');
  });

  it('does not read a sentence-initial word and a verb that looks like a head as a name', () => {
    expect(claim('Northwind Foods is growing. Analysts project revenue growth of 6.8%.', '6.8%').subject.id).toBe('northwind-foods');
  });
});

describe('owners and their structures', () => {
  it('splits an owner from a structure of its own, and keeps a product or unit with its owner', () => {
    expect(claim("MetroLink's Eastside extension will run 14.5 kilometres.", '14.5 kilometres').subject.id).toBe('eastside-line');
    expect(claim("Meta's Reality Labs lost $16.1 billion in 2023.", '$16.1 billion').subject.id).toBe('meta');
    expect(claim("St Aldric's Hospital will receive £45 million.", '£45 million').subject.id).toBe('st-aldric-s-hospital');
    expect(claim('The Riverside Hospital extension will cost $90 million.', '$90 million').subject.id).toBe('riverside-hospital');
  });

  it('reads what a structure costs as money spent building it, and leaves other costs without a metric', () => {
    expect(claim('The Eastside line will cost $1.4 billion.', '$1.4 billion').metric).toBe('capex');
    expect(claim('The cost of the Eastside line has risen to $1.5 billion.', '$1.5 billion').metric).toBe('capex');
    expect(claim('The James Webb Space Telescope cost nearly $10 billion.', 'nearly $10 billion').metric).toBeNull();
    expect(claim("Xiaomi's SU7 sedan costs 215,900 yuan.", '215,900 yuan').metric).toBeNull();
  });
});

describe('names cited as sources', () => {
  it('does not let a firm cited for figures become what "the company" or "it" points back to', () => {
    const according = 'Halvard Shipping ordered six new vessels. Demand for container ships rose sharply, according to Drewry. The company expects revenue of $2.3 billion this year.';
    expect(claim(according, '$2.3 billion').subject).toEqual({ id: 'halvard-shipping', name: 'Halvard Shipping', via: 'carry-over' });
    const data = 'Corvane Foods raised prices in March. Snack sales grew, Nielsen data shows. The company said its profit rose 8%.';
    expect(claim(data, '8%').subject.id).toBe('corvane-foods');
    const citation = 'Corvane Foods raised prices in March. Snack sales grew across the sector - Circana[4]. Its profit rose 8%.';
    expect(claim(citation, '8%').subject.id).toBe('corvane-foods');
  });

  it('does not let a quoted person become what "the company" points back to', () => {
    const text = 'Tovan Rail opened a depot. Chief executive Ida Berg told staff the move was overdue. The company now employs 2,400 people.';
    expect(claim(text, '2,400').subject.id).toBe('tovan-rail');
  });

  it('gives the value to the thing a quoted person speaks about', () => {
    const text = 'The Velmont Arena reopened in May. Mayor Lena Brandt said the arena drew 41,000 fans on its first night.';
    expect(claim(text, '41,000').subject.id).toBe('velmont-stadium');
  });

  it('still takes a source when nothing else is named', () => {
    expect(claim('Snack sales grew across the sector, according to Circana. The company expects 5% growth.', '5%').subject.id).toBe('circana');
    expect(claim('Oxfam estimates that 700 million people live in extreme poverty.', '700 million').subject.id).toBe('oxfam');
  });
});

describe('subjects of funding', () => {
  it('gives money that pays for something to the project the document last costed, not to who gives it', () => {
    const text = 'Trustees backed a $70 million plan to enlarge Calder Valley Library. Funding comes from a $40 million state grant and a $20 million loan from Westshire Council.';
    expect(claimsOf(text).map((c) => [c.text, c.subject.id, c.metric])).toEqual([
      ['$70 million', 'calder-valley-library', 'capex'],
      ['$40 million', 'calder-valley-library', 'budget'],
      ['$20 million', 'calder-valley-library', 'loan'],
    ]);
  });

  it('invents no project when none was costed (the lender, after "from", is a setting)', () => {
    expect(claim('Funding comes from a $20 million loan from Westshire Council.', '$20 million').subject.id).toBeNull();
  });
});
