// One case per spin pair and per allow-list phrase in rules/data/spin.yaml: each pair is found in a plain
// sentence with its original, and each allow-listed phrase shields its words.
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../src/language/lexicon.js';
import { createSpinDetector } from '../../src/language/detector.js';
import { bundledConfig } from '../helpers.js';

const spin = bundledConfig().data.spin;
const lexicon = compileLexicon(spin);

/** The pair's wording with `{n}` filled in, placed mid-sentence where no guard (unlessBefore/After) applies. */
function sample(spun: string): { text: string; start: number; phrase: string } {
  const phrase = spun.replace('{n}', '3');
  const head = 'Reporters noted that ';
  return { text: `${head}${phrase} stood out.`, start: head.length, phrase };
}

describe('spin lexicon', () => {
  it.each(spin.pairs.map((p) => [p.spun, p.original] as const))('finds "%s" and suggests "%s"', (spun, original) => {
    const { text, start, phrase } = sample(spun);
    const hit = lexicon.find(text).find((h) => h.start === start);
    expect(hit?.text).toBe(phrase);
    expect(hit?.original.toLowerCase()).toBe(original.replace('{n}', '3').toLowerCase());
  });

  it.each(spin.allow)('never counts "%s" as spun', (phrase) => {
    const detector = createSpinDetector(spin);
    const text = `Reporters noted that ${phrase} stood out.`;
    const at = text.indexOf(phrase);
    const inside = detector.score(text).suspects.filter((s) => s.start < at + phrase.length && s.end > at);
    expect(inside).toEqual([]);
  });

  it('keeps guarded function-word pairs legitimate in their legitimate contexts', () => {
    expect(lexicon.find('He was once a sailor and was once considered the best.')).toEqual([]);
    expect(lexicon.find('She is considered one of the finest sailors.')).toEqual([]);
    expect(lexicon.find('The message was once as a rallying yelp.').map((h) => h.original)).toEqual(['was', 'rallying cry']);
  });

  it('copies the number of a {n} pair into the original', () => {
    expect(lexicon.find('an investment over the then 3 years').map((h) => h.original)).toEqual(['the next 3 years']);
  });
});
