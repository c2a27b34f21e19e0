// Throughput of the garbled-text rule (scoring and cross-document alignment) on the seeds copied N times
// (default 200) as separate documents, measured eight times (the first runs warm the JIT up), in CPU time of this process (the machine is shared).
//   npx tsc -p . && npx tsx test/eval/garbled/speed.ts 200 --dist   (the compiled code, as `claimcheck check` runs it)
//   npx tsx test/eval/garbled/speed.ts 200                          (the TypeScript sources through tsx: slower)
import type { Doc } from '../../../src/core/types.js';

const copies = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 200);
const root = process.argv.includes('--dist') ? '../../../dist' : '../../../src';
const load = async <T>(path: string): Promise<T> => (await import(new URL(`${root}/${path}.js`, import.meta.url).href)) as T;
const { loadConfig } = await load<typeof import('../../../src/config/load.js')>('config/load');
const { evaluateGarbledText } = await load<typeof import('../../../src/evaluate/garbled-text.js')>('evaluate/garbled-text');
const { ingest } = await load<typeof import('../../../src/ingest/index.js')>('ingest/index');
const { languageTable } = await load<typeof import('../../../src/language/table.js')>('language/table');
const { contextModel } = await load<typeof import('../../../src/language/context-model.js')>('language/context-model');
const { segmentLexicon } = await load<typeof import('../../../src/pipeline.js')>('pipeline');
const { segment } = await load<typeof import('../../../src/segment/index.js')>('segment/index');

const loaded = loadConfig();
if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
const config = loaded.config;
const rule = config.rules.find((r) => r.type === 'garbled-text');
if (!rule || rule.type !== 'garbled-text') throw new Error('no garbled-text rule');

let t = performance.now();
languageTable();
console.log(`${root.slice(6)}: language table loaded once in ${(performance.now() - t).toFixed(0)} ms`);
t = performance.now();
contextModel();
console.log(`${root.slice(6)}: context table loaded once in ${(performance.now() - t).toFixed(0)} ms`);
const seeds = ingest(['seeds']).docs;
const docs: Doc[] = [];
for (let i = 0; i < copies; i++) for (const d of seeds) docs.push({ ...d, id: `${d.id}#${i}` });
const lex = segmentLexicon(config);
const mb = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0) / 1e6;
for (let k = 0; k < 8; k++) {
  // Segmented afresh each time, outside the clock: paragraph scores are kept per paragraph object for the rest
  // of a run (restoration and the rule share them), and reusing the objects would time the cache, not the rule.
  const segmented = docs.map((d) => segment(d, lex));
  t = performance.now();
  const cpu = process.cpuUsage();
  evaluateGarbledText(rule, { docs: segmented, claims: [], groups: [], data: config.data });
  const used = process.cpuUsage(cpu);
  const s = (used.user + used.system) / 1e6;
  const wall = (performance.now() - t) / 1000;
  console.log(`${mb.toFixed(2)} MB in ${docs.length} documents: cpu ${(s * 1000).toFixed(0)} ms, ${(mb / s).toFixed(1)} MB/s (wall ${(wall * 1000).toFixed(0)} ms)`);
}
