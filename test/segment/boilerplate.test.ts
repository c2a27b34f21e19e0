// Site furniture is marked boilerplate (kept out of extraction and of spin scoring); prose is not.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { segmentLexicon } from '../../src/pipeline.js';
import { bundledConfig, doc } from '../helpers.js';

function furniture(text: string): boolean[] {
  return segment(doc('b.txt', text), segmentLexicon(bundledConfig())).paragraphs.map((p) => p.boilerplate);
}

describe('boilerplate paragraphs', () => {
  it.each(['Advertisements', 'Leave a Reply', 'Published on', 'Wednesday, Sep 24, 2025 2:48 am ET2min read', 'CFOTO | Moment Publishing | Getty Pictures', 'AI Podcast:Your News, Now Playing'])(
    'marks %j',
    (line) => {
      expect(furniture(`${line}\n\nShares rose 5% on Monday.\n`)).toEqual([true, false]);
    },
  );

  it('keeps prose that merely mentions furniture words', () => {
    expect(furniture('The article was published on Monday and read by many.\n\n| a | b |\n')).toEqual([false, false]);
  });
});
