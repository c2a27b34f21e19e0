// sum-check through the real pipeline: the total is often written only as a modifier ("a 450-seat chamber").
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import { bundledConfig, doc } from '../helpers.js';

const sums = (text: string) => analyse([doc('a.txt', `${text}\n`)], bundledConfig()).findings.filter((f) => f.rule === 'core.sum-check');

describe('sum-check on a total written as "N-seat"', () => {
  it('adds the seats won against the chamber, not against the first party', () => {
    const found = sums('In the 450-seat chamber, the Reds won 212 seats, the Blues 168 and the Greens 95.');
    expect(found.map((f) => f.message)).toEqual(['Parts "212" + "168" + "95" add up to 475 seats, which would exceed the stated total "450" (a.txt).']);
  });

  it('is silent when the seats fill the chamber exactly', () => {
    expect(sums('In the 450-seat chamber, the Reds won 212 seats, the Blues 143 and the Greens 95.')).toEqual([]);
  });

  it('does not take an age written as "45-year-old" for a part', () => {
    expect(sums('In the 450-seat chamber, the 45-year-old leader of the Reds won 212 seats, the Blues 143 and the Greens 95.')).toEqual([]);
  });
});
