// The language table's two-word lemmas are indexed lazily by first word (table.ts): every first word, and words
// that are none, must give what indexing the whole list at once gives, set order included.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languageTable } from '../../src/language/table.js';

const raw = JSON.parse(readFileSync(new URL('../../rules/data/spin-table.json', import.meta.url), 'utf8')) as { collocations: string[]; words: Record<string, number> };

function eager(lemmas: readonly string[]): Map<string, Set<string>> {
  const pairs = new Map<string, Set<string>>();
  for (const c of lemmas) {
    const space = c.indexOf(' ');
    if (space < 0) continue;
    const next = c.indexOf(' ', space + 1);
    const a = c.slice(0, space);
    const b = c.slice(space + 1, next < 0 ? c.length : next);
    const set = pairs.get(a);
    if (set) set.add(b);
    else pairs.set(a, new Set([b]));
  }
  return pairs;
}

describe('language table collocations', () => {
  const table = languageTable();
  const pairs = eager(raw.collocations);

  it('gives every first word the second words of a full index, in the same order', () => {
    for (const [a, set] of pairs) expect([...(table.collocationsOf(a) ?? [])], a).toEqual([...set]);
  });

  it('knows no second words for other words, prefixes and odd strings', () => {
    const others = [...Object.keys(raw.words).filter((_, i) => i % 7 === 0), '', ' ', 'a b', 'share price', 'zzzz', 'ab', 'rallying '];
    for (const a of others) {
      expect(table.collocationsOf(a) === undefined, a).toBe(!pairs.has(a));
      if (!pairs.has(a)) expect(table.collocation(a, 'price')).toBe(false);
    }
  });

  it('answers pair questions as the full index does', () => {
    const words = Object.keys(raw.words).filter((_, i) => i % 97 === 0);
    const wrong: string[] = [];
    for (const [a, set] of [...pairs].filter((_, i) => i % 11 === 0)) {
      for (const b of [...set, ...words]) if (table.collocation(a, b) !== set.has(b)) wrong.push(`${a} ${b}`);
    }
    expect(wrong).toEqual([]);
  });
});
