import { describe, expect, it } from 'vitest';
import { execAll } from '../../src/core/regex.js';

/** What matchAll gives, reduced to comparable data. */
const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => ({ index: m.index, all: [...m], groups: m.groups }));

describe('execAll', () => {
  const texts = ['', 'Alibaba’s revenue rose 5% to $1.2 billion in 2024.', 'a😀b😀😀c', 'aaa bbb  ccc', 'x1y22z333'];
  const patterns = [
    /\d+/g,
    /(?<![\w-])(?:Alibaba|Ali)(?![\w-])/g,
    /(?<num>\d+(?:\.\d+)?)(?<pct>%)?/g,
    /\b/g, // empty matches only
    /a*/g,
    /(?:)/gu, // empty matches over surrogate pairs
    /\p{L}*/gu,
    /\S+/g,
  ];
  for (const re of patterns)
    for (const text of texts)
      it(`${re} on ${JSON.stringify(text)} gives what matchAll gives`, () => {
        expect(shape(execAll(re, text))).toEqual(shape(text.matchAll(re)));
        expect(re.lastIndex).toBe(0);
      });

  it('starts at lastIndex, as matchAll does, and leaves it there', () => {
    const re = /\d/g;
    re.lastIndex = 3;
    expect(shape(execAll(re, '12345'))).toEqual(shape('12345'.matchAll(re)));
    expect(re.lastIndex).toBe(3);
  });

  it('refuses a regex without the global flag, like matchAll', () => {
    expect(() => execAll(/a/, 'a')).toThrow(TypeError);
  });
});
