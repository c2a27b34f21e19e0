// A substitution spinner of our own, for building labelled spun paragraphs. It swaps content words for a
// WordNet synonym chosen uniformly at random (any sense), skipping every word the spin lexicon mentions, so
// what it writes can only be caught by the statistical signals. Deterministic: a seed per paragraph.
import { inflect, lemmas } from '../../../src/language/morphology.js';
import type { LanguageTable } from '../../../src/language/table.js';

const STOP = new Set(
  'about after also been before being both could does done down each from have into just like made make many more most much must only other over said same some such than that their them then there these they this those through under very were what when where which while will with would year years'.split(' '),
);

/** xorshift32: a tiny seeded generator, so the same paragraph always spins the same way. */
export function rng(seed: string): () => number {
  let x = 2166136261;
  for (const c of seed) x = Math.imul(x ^ c.charCodeAt(0), 16777619) >>> 0;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

/** One swapped word: where it sits in the spun text and the word it replaced. */
export interface Swap {
  start: number;
  end: number;
  word: string;
  original: string;
}

export function spin(text: string, seed: string, rate: number, table: LanguageTable, banned: ReadonlySet<string>): { text: string; swaps: number; swapped: Swap[] } {
  const rand = rng(seed);
  let swaps = 0;
  const swapped: Swap[] = [];
  // Offsets in the spun text: the source offset plus what earlier swaps added.
  let shift = 0;
  const out = text.replace(/(?<![-'’A-Za-z])[a-z]{4,}(?![-'’A-Za-z])/g, (word: string, at: number) => {
    if (STOP.has(word) || banned.has(word) || rand() >= rate) return word;
    const options: string[] = [];
    for (const l of lemmas(word, table.known)) {
      for (const s of table.synonyms(l.base)) {
        const form = inflect(s, l.suffix);
        // Real spinners draw from a thesaurus of real words: never an invented inflection.
        if (!banned.has(form) && !banned.has(s) && form !== word && (table.count(form) > 0 || table.known(form))) options.push(form);
      }
    }
    if (!options.length) return word;
    swaps++;
    const pick = options[Math.floor(rand() * options.length)]!;
    swapped.push({ start: at + shift, end: at + shift + pick.length, word: pick, original: word });
    shift += pick.length - word.length;
    return pick;
  });
  return { text: out, swaps, swapped };
}
