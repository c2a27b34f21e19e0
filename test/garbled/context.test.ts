// The context signal (a word its neighbours never stand beside, where a synonym fits them) and what came with it:
// the word-pair table it reads, the written-register check of the rare-synonym signal, repeated terms, and weak
// suspects that add evidence without counting as one of the `minSuspects`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contextModel, decodeCounts, encodeCounts, hashPair, hashWord, lookup } from '../../src/language/context-model.js';
import { contextSwap } from '../../src/language/context-signal.js';
import { createSpinDetector } from '../../src/language/detector.js';
import { rareSynonym } from '../../src/language/signals.js';
import { languageTable } from '../../src/language/table.js';
import { tokenize } from '../../src/language/tokens.js';
import { bundledConfig } from '../helpers.js';

const spin = bundledConfig().data.spin;
const detector = createSpinDetector(spin);
const statistical = createSpinDetector({ pairs: [], allow: spin.allow });
const table = languageTable();
const model = contextModel();

/** Every context hit of a sentence, as "word→original". */
function swaps(text: string): string[] {
  const t = tokenize(text);
  const out: string[] = [];
  for (let i = 0; i < t.length; i++) {
    const hit = contextSwap(t, i, table, model);
    if (hit) out.push(`${hit.text}→${hit.original}`);
  }
  return out;
}

describe('context table', () => {
  it('round-trips counts through its encoding, whatever order they were added in', () => {
    const a = new Map([
      [hashWord('share'), 3],
      [hashWord('price'), 200],
      [hashPair(hashWord('share'), hashWord('price')), 1],
    ]);
    const b = new Map([...a].reverse());
    expect(encodeCounts(a)).toBe(encodeCounts(b));
    const c = decodeCounts(encodeCounts(a), a.size);
    for (const [k, v] of a) expect(lookup(c, k)).toBe(v);
    expect(lookup(c, hashWord('absent'))).toBe(0);
  });

  it('keys a pair by its order', () => {
    expect(hashPair(hashWord('share'), hashWord('price'))).not.toBe(hashPair(hashWord('price'), hashWord('share')));
  });

  it('knows written English pairs and words', () => {
    const k = hashWord;
    expect(model.tokens).toBeGreaterThan(2_000_000);
    expect(model.bigram(k('household'), k('goods'))).toBeGreaterThan(0);
    expect(model.bigram(k('household'), k('uprights'))).toBe(0);
    expect(model.unigram(k('the'))).toBeGreaterThan(100_000);
  });
});

describe('context signal', () => {
  it('flags a swapped word and names the synonym its neighbours expect', () => {
    expect(swaps('Strong demand for household uprights lifted sales.')).toEqual(['uprights→goods']);
    expect(swaps('The firm kept a belittled office in Paris.')).toEqual(['belittled→small']);
    expect(swaps('Shares fell shrewdly on Tuesday.')).toEqual(['shrewdly→sharply']);
  });

  it('leaves the original wording alone', () => {
    expect(swaps('Strong demand for household goods lifted sales.')).toEqual([]);
    expect(swaps('The firm kept a small office in Paris.')).toEqual([]);
    expect(swaps('Shares fell sharply on Tuesday.')).toEqual([]);
  });

  it('reads no neighbour across punctuation, and no name', () => {
    expect(swaps('Demand for household (uprights), lifted sales.')).toEqual([]);
    expect(swaps('They met Belittled Office Ltd in Paris.')).toEqual([]);
  });

  it('never trades one magnitude for another: a wrong figure is not a wording', () => {
    expect(swaps('The deal was worth a billion dollars.')).toEqual([]);
  });

  it('never trades one unit of time for another ("twenty seconds" is no swap for twenty minutes)', () => {
    expect(swaps('She won the race by twenty seconds she said.')).toEqual([]);
  });

  it('never takes a British spelling for a swap of its American one ("oedema" → edema)', () => {
    expect(swaps('The scan showed pulmonary oedema and she was treated.')).toEqual([]);
  });

  it('reaches the detector as `context` suspects', () => {
    const s = statistical.score('Strong demand for household uprights lifted sales at the retailer in the quarter.');
    expect(s.suspects).toContainEqual(expect.objectContaining({ text: 'uprights', original: 'goods', reason: 'context' }));
  });

  it('does not suspect a term the paragraph repeats ("fixes" … "the fix")', () => {
    const s = statistical.score('The kernel patch fixes a race in the scheduler, and maintainers backported the fix to older branches.');
    expect(s.suspects.map((x) => x.text)).not.toContain('fixes');
    expect(s.suspects.map((x) => x.text)).not.toContain('fix');
  });
});

describe('rare-synonym in the written register', () => {
  const judge = (word: string) => {
    const t = tokenize(word);
    return rareSynonym(t, 0, table);
  };

  it('halves a word that written English uses nearly as often as its synonym', () => {
    // "remarked" is rare in speech, but written English uses it nearly as often as "noticed".
    expect(judge('remarked')?.original).toBe('noticed');
    expect(judge('remarked')!.weight).toBeLessThan(0.2);
  });

  it('keeps full weight for a dictionary word', () => {
    expect(judge('hebdomad')).toMatchObject({ original: 'week', weight: 0.75 });
  });
});

describe('minimum suspects', () => {
  it('does not count a suspect weaker than 0.2 as one of the two a paragraph needs', () => {
    const text = 'The board met on Monday and approved the plan for the new offices in the city centre.';
    const at = (w: string) => text.indexOf(w);
    const extra = (w: string, weight: number) => ({ start: at(w), end: at(w) + w.length, text: w, original: null, weight, reason: 'alignment' as const });
    const weak = detector.score(text, undefined, [extra('board', 2), extra('offices', 0.1)]);
    expect(weak.score).toBeGreaterThan(0.5);
    expect(weak.flagged).toBe(false);
    expect(detector.score(text, undefined, [extra('board', 2), extra('offices', 0.3)]).flagged).toBe(true);
  });
});

describe('clean paragraphs of several topics', () => {
  const fixture = parse(readFileSync(new URL('fixtures/clean-topics.yaml', import.meta.url), 'utf8')) as {
    paragraphs: Array<{ topic: string; text: string }>;
  };

  it('covers several topics', () => {
    expect(new Set(fixture.paragraphs.map((p) => p.topic)).size).toBeGreaterThanOrEqual(8);
  });

  for (const p of fixture.paragraphs) {
    it(`leaves ${p.topic} unflagged, with and without the lexicon`, () => {
      expect(statistical.score(p.text).flagged).toBe(false);
      expect(detector.score(p.text).flagged).toBe(false);
    });
  }
});
