// Throughput of every stage on a generated corpus of any size.
// Usage: npx tsx test/bench/bench.ts [MB=20] [--rules DIR] [--keep] [--dir DIR]
// --dir DIR measures the documents of an existing folder instead (real articles are sparser in claims than the
// generated corpus, so both figures are worth knowing); the folder is left as it is.
// The corpus is built deterministically (seeded) from varied documents: the seeds, the labelled extraction
// sentences and generated reports on company results, budgets, sport and science, with names and numbers varied
// so that no paragraph repeats (repeats would be read as boilerplate and skipped, flattering the figures).
// The compiler settings the CLI runs with (src/cli/v8-flags.ts), first, so the stages are timed as a check runs them.
import '../../src/cli/v8-flags.js';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config/load.js';
import { coverage } from '../../src/extract/coverage.js';
import { makeExtractor } from '../../src/extract/index.js';
import { evaluate } from '../../src/evaluate/index.js';
import { ingest } from '../../src/ingest/index.js';
import { segmentLexicon } from '../../src/pipeline.js';
import { buildReport, DEFAULT_FORMAT, formatters } from '../../src/report/index.js';
import { group } from '../../src/resolve/index.js';
import { segment } from '../../src/segment/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const mb = Number(args.find((a) => /^\d+(\.\d+)?$/.test(a)) ?? 20);
const rulesAt = args.indexOf('--rules');
const dirAt = args.indexOf('--dir');
const given = dirAt >= 0 ? args[dirAt + 1] : undefined;

/** A small seeded generator (mulberry32), so the corpus is the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20250220);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const num = (lo: number, hi: number, digits = 1) => (lo + rand() * (hi - lo)).toFixed(digits);

const NAMES = ['Northwind', 'Brightwater', 'Kestrel', 'Harbor', 'Silverline', 'Quartz', 'Pinecrest', 'Falcon', 'Summit', 'Alder', 'Coral Bay', 'Ridgeway', 'Granite', 'Cobalt', 'Lumen', 'Marlin', 'Zephyr', 'Oakridge', 'Juniper', 'Sable'];
const SUFFIX = ['Foods', 'Motors', 'Logistics', 'Bank', 'Semiconductors', 'Retail', 'Aerospace', 'Brewing', 'Robotics', 'Resorts', 'Insurance', 'Mining', 'Health', 'Energy Systems', 'Telecom'];
const CITIES = ['Leeds', 'Austin', 'Portland', 'Lyon', 'Osaka', 'Porto', 'Denver', 'Turin'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function companyReport(): string {
  const co = `${pick(NAMES)} ${pick(SUFFIX)}`;
  const year = 2015 + Math.floor(rand() * 10);
  return [
    `${co} reported revenue of $${num(1, 90)} billion for fiscal year ${year}, up ${num(1, 30)}% from a year earlier. The company said net income rose ${num(1, 40)}% to $${num(100, 900, 0)} million, while capital expenditure reached about $${num(1, 9)} billion.`,
    `${co} employs about ${num(2, 90, 0)},${num(100, 999, 0)} people and holds a ${num(5, 45)}% share of the ${pick(['European', 'Asian', 'US'])} ${pick(['cloud storage', 'frozen food', 'logistics', 'battery'])} market. Its shares trade at ${num(8, 40, 0)}x forward earnings.`,
    `On ${pick(MONTHS)} ${1 + Math.floor(rand() * 27)}, ${co} announced a plan to invest ${pick(['€', '£', '$'])}${num(1, 20)} billion (approximately RMB ${num(10, 150)} billion) over the next ${pick(['three', 'five', 'two'])} years in new plants.`,
    `Analysts at ${pick(NAMES)} Securities expect sales between $${num(1, 4)} billion and $${num(5, 9)} billion in ${year + 1}, and forecast a margin of ${num(5, 25)}% in Q${1 + Math.floor(rand() * 4)} ${year + 1}.`,
  ].join('\n\n');
}

function budgetReport(): string {
  const city = pick(CITIES);
  return [
    `${city} City Council approved a budget of £${num(100, 900, 0)} million for ${2018 + Math.floor(rand() * 8)}, including £${num(1, 30)} million for road repairs and nearly ${num(2, 9)}% more for schools.`,
    `The council employs nearly ${num(2, 20, 0)},${num(100, 999, 0)} staff. Its deficit narrowed to ${num(1, 5)}% of spending, and borrowing is expected to fall by a quarter over the past three years' level.`,
    `A ${num(5, 60, 0)} km (${num(3, 40, 0)}-mile) tram line will open in ${pick(MONTHS)} ${2026 + Math.floor(rand() * 4)}; the groundbreaking ceremony took place on ${1 + Math.floor(rand() * 27)}.${1 + Math.floor(rand() * 11)}.2024.`,
  ].join('\n\n');
}

function sportScience(): string {
  return [
    `${pick(CITIES)} United finished ${pick(['first', 'second', 'third', 'fourth'])} in the league with ${num(50, 95, 0)} points, and its striker scored ${num(10, 35, 0)} goals in ${num(25, 38, 0)} matches.`,
    `The glacier has retreated about ${num(1, 5)} km since 1950, and summer temperatures reached ${num(30, 48, 0)} degrees Celsius. The survey covered ${num(1, 9, 0)},${num(100, 999, 0)} adults, of whom a third reported poor sleep.`,
    `The new telescope mirror weighs ${num(5, 30, 0)} tonnes; the site covers ${num(100, 2000, 0)} hectares (about ${num(250, 5000, 0)} acres).`,
  ].join('\n\n');
}

function corpus(targetBytes: number): Array<{ name: string; text: string }> {
  const seedDir = join(root, 'seeds');
  const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedDir, f), 'utf8'));
  const evalDir = join(root, 'test', 'eval', 'extract');
  const sentences = readdirSync(evalDir).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) =>
    readFileSync(join(evalDir, f), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text),
  );
  const out: Array<{ name: string; text: string }> = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const kind = i % 5;
    let text: string;
    if (kind === 0) {
      // A seed with its numbers varied, so that its paragraphs are not exact repeats across the corpus.
      text = pick(seeds).replace(/\d+(?:\.\d+)?/g, (n) => (n.length === 4 ? n : String(Math.max(1, Math.round(Number(n) * (0.5 + rand()))))));
    } else if (kind === 1) {
      text = Array.from({ length: 40 }, () => pick(sentences)).join(rand() < 0.5 ? ' ' : '\n\n');
    } else if (kind === 2) text = [companyReport(), companyReport(), companyReport()].join('\n\n');
    else if (kind === 3) text = [budgetReport(), budgetReport()].join('\n\n');
    else text = [sportScience(), companyReport()].join('\n\n');
    text = `Published: ${pick(MONTHS)} ${1 + Math.floor(rand() * 27)}, 2024\n\n${text}\n`;
    out.push({ name: `doc-${String(i).padStart(6, '0')}.txt`, text });
    bytes += Buffer.byteLength(text);
  }
  return out;
}

const loaded = loadConfig(rulesAt >= 0 ? args[rulesAt + 1] : undefined);
if (!loaded.ok) {
  process.stderr.write(`rules do not load: ${loaded.problems.length} problems\n`);
  process.exit(2);
}
const config = loaded.config;
const dir = given ?? join(tmpdir(), `claimcheck-bench-${mb}mb`);
if (!given) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const d of corpus(mb * 1024 * 1024)) writeFileSync(join(dir, d.name), d.text);
}

interface Row {
  stage: string;
  /** Wall-clock time. */
  ms: number;
  /** CPU time of this process (user + system): on a busy shared machine it is the fairer figure for one core. */
  cpuMs: number;
  rssMb: number;
}
const rows: Row[] = [];
let peak = process.memoryUsage().rss;
function stage<T>(name: string, f: () => T): T {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const out = f();
  const c = process.cpuUsage(c0);
  const ms = performance.now() - t0;
  peak = Math.max(peak, process.memoryUsage().rss);
  rows.push({ stage: name, ms, cpuMs: (c.user + c.system) / 1000, rssMb: process.memoryUsage().rss / 1048576 });
  return out;
}

const { docs } = stage('ingest', () => ingest([dir]));
const totalBytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const lex = segmentLexicon(config);
const segmented = stage('segment', () => docs.map((d) => segment(d, lex)));
const extract = makeExtractor(config.data);
const claims = stage('extract', () => segmented.flatMap(extract));
const groups = stage('resolve', () => group(claims, config.data));
const findings = stage('evaluate', () => evaluate(config.rules, { docs: segmented, claims, groups, data: config.data }));
stage('report', () => formatters.markdown(buildReport({ docs: segmented, claims, groups, findings, problems: [] }), DEFAULT_FORMAT));
const cov = stage('coverage', () => coverage(segmented, claims));

const mbs = totalBytes / 1048576;
const line = (s: string, ms: number, cpuMs: number, rss: string) =>
  `${s.padEnd(10)} ${ms.toFixed(0).padStart(8)} ms ${cpuMs.toFixed(0).padStart(8)} ms ${(mbs / (cpuMs / 1000)).toFixed(1).padStart(8)} MB/s ${(docs.length / (cpuMs / 1000)).toFixed(0).padStart(9)} docs/s ${rss.padStart(8)}`;
process.stdout.write(`corpus: ${docs.length} documents, ${mbs.toFixed(1)} MB in ${dir}; ${claims.length} claims, ${groups.length} groups, ${findings.length} findings\n`);
process.stdout.write(`coverage: ${cov.total.numbers.claimed}/${cov.total.numbers.found} numbers read as claims, ${cov.total.claims.usable}/${cov.total.claims.total} claims usable\n`);
process.stdout.write(`${'stage'.padEnd(10)} ${'wall'.padStart(11)} ${'cpu'.padStart(11)} ${'speed (cpu)'.padStart(13)} ${'docs (cpu)'.padStart(16)} ${'rss MB'.padStart(8)}\n`);
for (const r of rows) process.stdout.write(`${line(r.stage, r.ms, r.cpuMs, r.rssMb.toFixed(0))}\n`);
const inCheck = rows.filter((r) => r.stage !== 'coverage');
const sum = (f: (r: Row) => number) => inCheck.reduce((n, r) => n + f(r), 0);
process.stdout.write(`${line('check', sum((r) => r.ms), sum((r) => r.cpuMs), (peak / 1048576).toFixed(0))}  (ingest → report; last column: peak RSS)\n`);
if (!given && !args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
