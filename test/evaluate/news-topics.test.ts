// End to end on two short reports of one disaster, as a fact-checker reads them: a toll that rises from one day
// to the next is a timeline, a magnitude given two ways is a contradiction.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import { bundledConfig, doc } from '../helpers.js';

const findings = (...docs: ReturnType<typeof doc>[]) => analyse(docs, bundledConfig()).findings;

describe('disaster reports on different days', () => {
  const first = doc('a.txt', 'Earthquake hits Velmar Province\n\nA magnitude 6.1 earthquake struck Velmar Province on Monday, killing 40 people.\n\nAbout 900 homes were damaged, the agency said.\n', '2024-03-04');
  const later = doc('b.txt', 'Velmar Province toll rises\n\nThe death toll from the Velmar Province earthquake has risen to 118.\n\nThe magnitude 6.7 quake damaged some 2,600 homes, officials said on Wednesday.\n', '2024-03-06');

  it('reads the rising toll and damage as a timeline, not a conflict', () => {
    const out = findings(first, later);
    expect(out.filter((f) => f.rule === 'core.timeline').map((f) => f.message)).toEqual([
      expect.stringContaining('deaths changes over 2 dates: 2024-03-04: "40" [40 people] (a.txt); 2024-03-06: "118"'),
      expect.stringContaining('properties-damaged changes over 2 dates: 2024-03-04: "About 900"'),
    ]);
    expect(out.filter((f) => f.kind === 'contradiction').every((f) => !/homes|people/.test(f.message))).toBe(true);
  });

  it('flags a magnitude given as 6.1 and as 6.7', () => {
    const out = findings(first, later).filter((f) => f.rule === 'core.value-conflict');
    expect(out).toHaveLength(1);
    expect(out[0]?.message).toContain('"magnitude 6.1"');
    expect(out[0]?.message).toContain('"magnitude 6.7"');
  });
});
