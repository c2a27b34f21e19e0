// The project nouns come from rules/data/projects.yaml, shared by extraction and sum-check's funding check.
import { describe, expect, it } from 'vitest';
import type { DataFiles } from '../../src/config/data/index.js';
import { makeExtractor } from '../../src/extract/index.js';
import { segmentLexicon } from '../../src/pipeline.js';
import { segment } from '../../src/segment/index.js';
import { bundledConfig, doc } from '../helpers.js';

const TEXT = 'Marlow Council approved a £90 million makeover of the Wexcombe Lido. The makeover will add 300 places.';

function claimsWith(data: DataFiles) {
  return makeExtractor(data)(segment(doc('a.txt', TEXT, '2024-06-15'), segmentLexicon(bundledConfig())));
}

describe('project nouns', () => {
  it('are read from the data file: a noun added there names a project', () => {
    const data = bundledConfig().data;
    const before = claimsWith(data).map((c) => [c.text, c.subject.id]);
    expect(before).toContainEqual(['£90 million', 'marlow-council']);
    const extended = { ...data, projects: { nouns: [...data.projects.nouns, 'makeover'] } };
    const after = claimsWith(extended).map((c) => [c.text, c.subject.id]);
    expect(after).toEqual([
      ['£90 million', 'wexcombe-lido'],
      ['300', 'wexcombe-lido'],
    ]);
  });
});
