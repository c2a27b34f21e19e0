// npx tsx test/eval/garbled/tune.ts [--misses] [--swaps] [--half fit|check] [--no-embedding] [--threshold X] — the tuning part of the own set, paragraph by paragraph,
// for working on the detector without looking at the held-out part: it never reads a paragraph whose id ends in
// 3, 6 or 9 (see run.ts). Scored lexicon-free, as the spins are, with the rule file's threshold and minSuspects.
// Each line: verdict, id (@rate for a spin), density, swaps, then every suspect as text[reason weight], with "!"
// where it covers no swapped word. --misses adds the text and swaps of each missed spin; --swaps lists every
// swapped word no signal found, with the word counts and neighbour-pair counts of the swap and of the original.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadConfig } from '../../../src/config/load.js';
import { contextModel, hashWord } from '../../../src/language/context-model.js';
import { createSpinDetector } from '../../../src/language/detector.js';
import { languageTable } from '../../../src/language/table.js';
import { spin, type Swap } from './spin.js';

const loaded = loadConfig();
if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
const config = loaded.config;
const rule = config.rules.find((r) => r.type === 'garbled-text');
if (!rule || rule.type !== 'garbled-text') throw new Error('no garbled-text rule');
const read = (file: string) => (parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as { paragraphs: Array<{ id: string; kind: string; text: string }> }).paragraphs;
// paragraphs-2.yaml is tuning data throughout (its ids are n01 …); heldout-2.yaml is never read here.
const paras = [...read('paragraphs.yaml').filter((x) => !/[369]$/.test(x.id)), ...read('paragraphs-2.yaml')];
const table = languageTable();
const model = contextModel();
// As run.ts: the spinner never uses a word of the lexicon.
const banned = new Set(config.data.spin.pairs.flatMap((p) => `${p.spun} ${p.original}`.toLowerCase().split(/[^a-z]+/)).filter((w) => w.length >= 4));
const embedding = process.argv.includes('--no-embedding') ? false : rule.embedding;
// --threshold X tries another threshold than the rule file's (on the tuning part only, as everything here).
const threshold = process.argv.includes('--threshold') ? Number(process.argv[process.argv.indexOf('--threshold') + 1]) : rule.threshold;
const detector = createSpinDetector({ pairs: [], allow: config.data.spin.allow }, { threshold, minSuspects: rule.minSuspects, embedding });
// --half fit|check: only ids whose last digit is 0, 2, 4, 8 (fit) or 1, 5, 7 (check), for choosing settings on one
// half of the tuning part and confirming them on the other; in paragraphs-2.yaml (n…) even and odd digits.
const half = process.argv.includes('--half') ? process.argv[process.argv.indexOf('--half') + 1] : null;
const inHalf = (id: string) => half === null || (half === 'fit' ? /^n.*[02468]$|^[^n].*[0248]$/ : /^n.*[13579]$|^[^n].*[157]$/).test(id);
const misses = process.argv.includes('--misses');
const swapsOnly = process.argv.includes('--swaps');

const pair = (a: string, b: string) => model.bigram(hashWord(a), hashWord(b));
const count = (w: string) => model.unigram(hashWord(w));
const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
/** Embedding suspects on a swapped word, and how many name the word the spinner replaced. */
const embeddingOriginals = { onSwap: 0, right: 0 };
for (const p of paras.filter((x) => inHalf(x.id))) {
  const items: Array<{ id: string; text: string; swapped: Swap[] | null }> = [{ id: p.id, text: p.text, swapped: null }];
  if (p.kind === 'clean') for (const rate of [0.3, 0.5]) items.push({ id: `${p.id}@${rate}`, ...spin(p.text, `${p.id}:${rate}`, rate, table, banned) });
  for (const it of items) {
    const s = detector.score(it.text);
    const spun = it.swapped !== null;
    if (spun && s.flagged) c.tp++;
    else if (spun) c.fn++;
    else if (s.flagged) c.fp++;
    else c.tn++;
    const swapped = it.swapped ?? [];
    const on = (x: { start: number; end: number }) => swapped.some((w) => w.start < x.end && x.start < w.end);
    if (swapsOnly) {
      for (const w of swapped) {
        if (s.suspects.some((x) => x.start < w.end && w.start < x.end)) continue;
        const before = /([A-Za-z']+) *$/.exec(it.text.slice(0, w.start))?.[1]?.toLowerCase() ?? '-';
        const after = /^ *([A-Za-z']+)/.exec(it.text.slice(w.end))?.[1]?.toLowerCase() ?? '-';
        console.log(`${it.id.padEnd(8)} ${w.original} -> ${w.word}  counts ${count(w.word)}/${count(w.original)}  "${before} _ ${after}": swap ${pair(before, w.word)},${pair(w.word, after)} original ${pair(before, w.original)},${pair(w.original, after)}`);
      }
      continue;
    }
    for (const x of s.suspects) {
      const w = swapped.find((y) => y.start < x.end && x.start < y.end);
      if (x.reason !== 'embedding' || !w) continue;
      embeddingOriginals.onSwap++;
      if (x.original === w.original) embeddingOriginals.right++;
    }
    const verdict = s.flagged === spun ? 'ok  ' : 'MISS';
    const list = s.suspects.map((x) => `${x.text}[${x.reason} ${x.weight.toFixed(2)}]${spun && !on(x) ? '!' : ''}`).join(' ');
    console.log(`${verdict} ${it.id.padEnd(8)} density ${s.density.toFixed(2)} swaps ${String(swapped.length).padStart(2)} | ${list}`);
    if (misses && spun && !s.flagged) console.log(`     ${it.text}\n     swapped: ${swapped.map((w) => `${w.original} -> ${w.word}`).join(', ')}`);
  }
}
const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
console.log(`tuning, lexicon off: P ${precision.toFixed(3)}  R ${(c.tp / (c.tp + c.fn)).toFixed(3)}  (tp ${c.tp} fp ${c.fp} fn ${c.fn} tn ${c.tn})`);
console.log(`embedding suspects on a swap: ${embeddingOriginals.onSwap}, original right for ${embeddingOriginals.right}`);
