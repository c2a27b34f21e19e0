// Cross-document alignment on its own: the swap a spun copy makes is found against its source, the same way
// whatever the document order or the number of copies, and the cheap paths (identical wording, near-copies that
// differ in numbers, overlong sentences) find nothing.
import { describe, expect, it } from 'vitest';
import { alignCorpus } from '../../src/language/align.js';
import { segmentLexicon } from '../../src/pipeline.js';
import { segment } from '../../src/segment/index.js';
import { bundledConfig, doc } from '../helpers.js';

const lex = segmentLexicon(bundledConfig());
const source = 'The retailer said quarterly revenue rose 8% to $4.2 billion, helped by strong demand for household goods and a smaller decline in clothing sales than analysts had expected.';
const spun = 'The retailer said quarterly revenue rose 8% to $4.2 bazillion, helped by strong demand for household goods and a littler declension in adorning sales than analysts had expected.';

const align = (docs: Array<[string, string]>) => alignCorpus(docs.map(([id, text]) => segment(doc(id, text), lex)));
const sorted = (m: Map<string, unknown>) => JSON.stringify([...m].sort((a, b) => (a[0] < b[0] ? -1 : 1)));

describe('alignCorpus', () => {
  it('finds the aligned swap of a spun copy against its source, at absolute offsets', () => {
    const intro = 'Results day.\n\n';
    const out = align([
      ['source.txt', source],
      ['spun.txt', intro + spun],
    ]);
    expect([...out.keys()]).toEqual(['spun.txt\u00001']);
    const hits = out.get('spun.txt\u00001')!;
    const swap = hits.find((h) => h.text === 'littler declension')!;
    expect(swap).toMatchObject({ original: 'smaller decline' });
    expect((intro + spun).slice(swap.start, swap.end)).toBe('littler declension');
  });

  it('gives the same suspects whatever the document order, and the same bytes on every run', () => {
    const docs: Array<[string, string]> = [
      ['a.txt', source],
      ['b.txt', spun],
      ['c.txt', source],
    ];
    const first = sorted(align(docs));
    expect(sorted(align([...docs].reverse()))).toBe(first);
    expect(JSON.stringify([...align(docs)])).toBe(JSON.stringify([...align(docs)]));
    expect(first).toContain('littler declension');
  });

  it('still finds the swap when many documents repeat the source', () => {
    const docs: Array<[string, string]> = Array.from({ length: 12 }, (_, i) => [`copy-${i}.txt`, source]);
    docs.push(['spun.txt', spun]);
    const out = align(docs);
    expect([...out.keys()]).toEqual(['spun.txt\u00000']);
    expect(out.get('spun.txt\u00000')!.map((h) => h.text)).toContain('littler declension');
  });

  it('finds nothing between identical sentences or copies that differ only in numbers', () => {
    expect(align([
      ['a.txt', source],
      ['b.txt', source],
    ]).size).toBe(0);
    expect(align([
      ['a.txt', source],
      ['b.txt', source.replace('8%', '9%').replace('4.2', '4.7')],
    ]).size).toBe(0);
  });

  it('takes a longer description for another wording, not a swap: three words against one', () => {
    const a = 'Nimbus Data has a 41% market share of the Indian analytics software market, the survey found.';
    const b = 'Nimbus Data has a 41% market share of the cloud market, the survey found.';
    expect(align([
      ['a.txt', a],
      ['b.txt', b],
    ]).size).toBe(0);
  });

  it('leaves two reports alone whose figures differ: a spinner never changes a figure', () => {
    const a = 'The utility, which supplies 2.1 million customers, reported an operating profit of £284 million for the year.';
    const b = 'The company, which serves 2.1 million customers, made an operating profit of £248 million for the year.';
    expect(align([
      ['a.txt', a],
      ['b.txt', b],
    ]).size).toBe(0);
  });

  it('does not compare sentences too long to be a statement', () => {
    const filler = Array.from({ length: 150 }, (_, i) => `item${i}`).join(' ');
    const out = align([
      ['source.txt', `${source.slice(0, -1)} ${filler}.`],
      ['spun.txt', `${spun.slice(0, -1)} ${filler}.`],
    ]);
    expect(out.size).toBe(0);
  });
});
