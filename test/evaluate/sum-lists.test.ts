// Parts listed after a total with "with" and a deadline between ("£1.4 billion by 2030, with £520 million …").
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import { bundledConfig, doc } from '../helpers.js';

const sums = (text: string) => analyse([doc('a.txt', `${text}\n`, '2025-06-13')], bundledConfig()).findings.filter((f) => f.rule === 'core.sum-check');

describe('a total, a deadline and its parts', () => {
  it('flags parts that exceed it', () => {
    const out = sums('Marlow Water plans to invest £1.4 billion in its treatment works by 2030, with £520 million going to the Ashcombe plant and £980 million to other sites.');
    expect(out.map((f) => f.message)).toEqual([expect.stringContaining('exceed the stated total "£1.4 billion"')]);
  });

  it('leaves parts that fit alone, and a series over years', () => {
    expect(sums('Marlow Water plans to invest £1.4 billion by 2030, with £520 million going to the Ashcombe plant and £800 million to other sites.')).toEqual([]);
    expect(sums('Marlow Water invested £1.4 billion in 2024, with £900 million in 2025 and £800 million in 2026.')).toEqual([]);
  });
});
