// Two reports of one company's year, written differently: what a fact-checker would expect to be flagged.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import { bundledConfig, doc } from '../helpers.js';

const a = `Marlow Bakeries posts record year

Marlow Bakeries Ltd said on Tuesday that revenue rose 14% to £860 million in 2024, helped by 42 new shops. The chain now runs 610 shops and employs about 9,800 people.

The group was founded in 1987 in Leeds.
`;
const b = `Marlow's sales climb as shoppers return

Marlow Bakeries reported 2024 revenue of £790 million, up 14% on the year before. The baker, founded in 1989, operates 610 outlets and employs 9,750 staff.
`;

describe('two reports of one company year', () => {
  it('flags the revenue and the founding year, and nothing about shops or staff that agree', () => {
    const out = analyse([doc('a.txt', a, '2025-03-12'), doc('b.txt', b, '2025-03-13')], bundledConfig());
    const contradictions = out.findings.filter((f) => f.kind === 'contradiction').map((f) => [f.rule, f.spans.map((s) => (s.doc === 'a.txt' ? a : b).slice(s.start, s.end))]);
    expect(contradictions).toEqual([
      ['core.value-conflict', ['£860 million', '£790 million']],
      ['core.date-conflict', ['1987', '1989']],
    ]);
  });
});

describe('a share of a budget beside the budget', () => {
  it('does not compare "a third of the budget, £16 million" with the budget itself', () => {
    const a = 'Ashford County Council has approved a £48 million budget for its schools.\n';
    const b = 'About a third of the Ashford County Council budget, £16 million, will go on buildings.\n';
    const out = analyse([doc('a.txt', a, '2025-02-04'), doc('b.txt', b, '2025-02-05')], bundledConfig());
    expect(out.findings.filter((f) => f.kind === 'contradiction')).toEqual([]);
  });
});
