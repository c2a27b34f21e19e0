// Facts kept per spelling id must be dropped when the interned spellings are renumbered.
import { describe, expect, it } from 'vitest';
import { BySpelling, spellingGeneration, spellingId, spellingOf } from '../../src/language/tokens.js';

describe('BySpelling', () => {
  it('keeps its array while the ids stand, and starts empty once they are reassigned', () => {
    const facts = new BySpelling<string>();
    const id = spellingId('placeholder', 0, 11);
    facts.current()[id] = 'fact';
    expect(facts.current()[id]).toBe('fact');
    // Interning enough distinct spellings makes the table start over and renumber.
    const before = spellingGeneration();
    for (let i = 0; spellingGeneration() === before; i++) {
      const s = `w${i}`;
      spellingId(s, 0, s.length);
    }
    expect(facts.current()).toEqual([]);
    const again = spellingId('placeholder', 0, 11);
    expect(spellingOf(again)).toBe('placeholder');
  });
});
