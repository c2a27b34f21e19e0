// npx tsx eval/garbled/speed.ts [copies] — throughput of the garbled-text rule (scoring and cross-document
// alignment) on the seeds copied N times (default 100) as separate documents, measured three times.
import { loadConfig } from '../../src/config/load.js';
import type { Doc } from '../../src/core/types.js';
import { evaluateGarbledText } from '../../src/evaluate/garbled-text.js';
import { ingest } from '../../src/ingest/index.js';
import { languageTable } from '../../src/language/table.js';
import { segmentLexicon } from '../../src/pipeline.js';
import { segment } from '../../src/segment/index.js';

const copies = Number(process.argv[2] ?? 100);
const loaded = loadConfig();
if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
const config = loaded.config;
const rule = config.rules.find((r) => r.type === 'garbled-text');
if (!rule || rule.type !== 'garbled-text') throw new Error('no garbled-text rule');

let t = performance.now();
languageTable();
console.log(`language table loaded once in ${(performance.now() - t).toFixed(0)} ms`);
const seeds = ingest(['seeds']).docs;
const docs: Doc[] = [];
for (let i = 0; i < copies; i++) for (const d of seeds) docs.push({ ...d, id: `${d.id}#${i}` });
const lex = segmentLexicon(config);
const segmented = docs.map((d) => segment(d, lex));
const mb = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0) / 1e6;
for (let k = 0; k < 3; k++) {
  t = performance.now();
  evaluateGarbledText(rule, { docs: segmented, claims: [], groups: [], data: config.data });
  const s = (performance.now() - t) / 1000;
  console.log(`${mb.toFixed(2)} MB in ${docs.length} documents: ${(s * 1000).toFixed(0)} ms, ${(mb / s).toFixed(1)} MB/s`);
}
