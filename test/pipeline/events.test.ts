import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import { bundledConfig, doc } from '../helpers.js';

const dateConflicts = (...docs: ReturnType<typeof doc>[]) =>
  analyse(docs, bundledConfig()).findings.filter((f) => f.rule === 'core.date-conflict');

describe('opening dates, end to end', () => {
  it('flags one structure given two opening years', () => {
    const found = dateConflicts(
      doc('a.txt', 'The Kessel Bridge reopened on Wednesday after repairs. The bridge, which opened in 1958, carries 95,000 vehicles a day.\n'),
      doc('b.txt', 'Drivers were back on the Kessel Bridge on Wednesday. The span first opened in 1961.\n'),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('"1958" [1958] (a.txt) vs "1961" [1961] (b.txt)');
  });

  it('does not read a later opening of something else as the opening', () => {
    const found = dateConflicts(
      doc('a.txt', 'Brauhaus Kessler opened in 1987 in Bamberg.\n'),
      doc('b.txt', 'Brauhaus Kessler opened its third taproom on May 2, 2023, and reopened its shop in 2021.\n'),
    );
    expect(found).toEqual([]);
  });
});
