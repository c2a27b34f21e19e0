// fragment rule: sentences that lost their subject to scraping are reported; ordinary sentences are not.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import { bundledConfig, doc } from '../helpers.js';

function fragments(text: string): string[] {
  return analyse([doc('f.txt', text)], bundledConfig())
    .findings.filter((f) => f.rule === 'core.fragment')
    .map((f) => text.slice(f.spans[0]!.start, f.spans[0]!.end));
}

describe('fragment rule', () => {
  it('reports a paragraph that opens on a bare verb', () => {
    const text = 'Alibaba Group Holding Limited\n\nhas emerged as a formidable contender in cloud computing. It plans more.\n';
    expect(fragments(text)).toEqual(['has emerged as a formidable contender in cloud computing.']);
  });

  it('reports an introductory phrase that runs straight into a verb', () => {
    const text = 'With a strategic investment of $53 billion over the next three years, is betting on AI as its cornerstone.\n';
    expect(fragments(text)).toEqual([text.trim()]);
  });

  it('leaves whole sentences, appositives and lower-case names alone', () => {
    const text = [
      'In particular, newer companies like Pinduoduo and Douyin, the Chinese version of TikTok, were capturing attention.',
      'With the new plan, the company is betting on AI.',
      'eBay sellers and iPhone users were surveyed.',
    ].join('\n\n');
    expect(fragments(text)).toEqual([]);
  });
});
