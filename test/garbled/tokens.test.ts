import { describe, expect, it } from 'vitest';
import { BREAK_BEFORE, COMPOUND, PLAIN, QUOTED, SENTENCE_START, tokenize, tokenAt } from '../../src/language/tokens.js';

/** The words a reader sees, by a plain regular expression: what the one-pass tokenizer must agree with. */
function reference(text: string): Array<{ start: number; end: number; lower: string }> {
  return [...text.matchAll(/[A-Za-z0-9]+(?:[-'’.,][A-Za-z0-9]+)*/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    lower: m[0].toLowerCase().replace(/’/g, "'"),
  }));
}

const SAMPLE =
  'Alibaba’s e-commerce arm said revenue rose 4.2% to $1,234.5 million. "We are cautious," it said; (the rest) follows… ' +
  'The firm’s CEO—Eddie Wu—spoke in HANGZHOU/Shanghai: “a rallying yelp” was heard.';

describe('tokenize', () => {
  it('finds the same words, offsets and lower-case forms as the word pattern', () => {
    const t = tokenize(SAMPLE);
    const got = Array.from({ length: t.length }, (_, i) => ({ start: t.start[i]!, end: t.end[i]!, lower: t.lower[i]! }));
    expect(got).toEqual(reference(SAMPLE));
  });

  it('marks quotations, compounds, sentence starts and punctuation breaks', () => {
    const t = tokenize(SAMPLE);
    const at = (word: string) => tokenAt(t, t.text.indexOf(word));
    expect(at('cautious').flags & QUOTED).toBeTruthy();
    expect(at('rallying').flags & QUOTED).toBeTruthy();
    expect(at('revenue').flags & QUOTED).toBeFalsy();
    expect(at('e-commerce').flags & COMPOUND).toBeTruthy();
    expect(at('HANGZHOU').flags & COMPOUND).toBeTruthy();
    expect(at('revenue').flags & PLAIN).toBeTruthy();
    expect(at('Alibaba’s').flags & PLAIN).toBeFalsy();
    expect(at('The').flags & SENTENCE_START).toBeTruthy();
    expect(at('said').flags & SENTENCE_START).toBeFalsy();
    expect(at('it').flags & BREAK_BEFORE).toBeTruthy();
    expect(at('rose').flags & BREAK_BEFORE).toBeFalsy();
  });

  it('keeps words apart when a long paragraph outgrows the buffers and repeats spellings', () => {
    const words = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? `Word${i}` : ['alpha', 'beta', 'Gamma', 'delta’s'][i % 4]!));
    const text = words.join(' ');
    const t = tokenize(text);
    expect(t.length).toBe(3000);
    expect(Array.from({ length: t.length }, (_, i) => t.text[i])).toEqual(words);
    expect(t.lower[2]).toBe('gamma');
    expect(t.lower[3]).toBe("delta's");
    // A shorter text afterwards sees only its own words.
    expect(tokenize('one two').length).toBe(2);
    expect(tokenize('one two').text).toEqual(['one', 'two']);
  });
});
