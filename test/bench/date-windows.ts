// How much of chrono's work a date pre-scan could spare: the stretches of sentences that reach chrono (see
// src/extract/dates.ts), how many give a month- or year-certain date, and chrono's time per parser and in all.
// Usage: npx tsx test/bench/date-windows.ts DIR   (e.g. /tmp/claimcheck-bench-2mb after `bench.ts 2 --keep`)
import * as chrono from 'chrono-node/en';
import { Chrono, ParsingContext } from 'chrono-node';
import { loadConfig } from '../../src/config/load.js';
import { mayHoldDate } from '../../src/extract/dates.js';
import { ingest } from '../../src/ingest/index.js';
import { segmentLexicon } from '../../src/pipeline.js';
import { segment } from '../../src/segment/index.js';

const dir = process.argv[2];
const loaded = loadConfig();
if (!dir || !loaded.ok) throw new Error('usage: date-windows.ts DIR');
const lex = segmentLexicon(loaded.config);
// The same words and window as dates.ts (windows are not merged here: close dates are rare and merging changes little).
const NEAR_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b(?:19|20)\d{2}\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\b(?:ago|yesterday|last|this|today)\b/gi;
const stretches: Array<{ text: string; ref: Date }> = [];
for (const doc of ingest([dir]).docs) {
  const ref = doc.published ? new Date(`${doc.published}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1));
  for (const p of segment(doc, lex).paragraphs)
    for (const s of p.sentences) {
      const sentence = doc.text.slice(s.start, s.end);
      for (const m of sentence.matchAll(NEAR_DATE)) {
        const text = sentence.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
        if (mayHoldDate(text)) stretches.push({ text, ref });
      }
    }
}
const casual = (chrono as unknown as { casual: Chrono }).casual;
let kept = 0;
for (const { text, ref } of stretches) if (casual.parse(text, { instant: ref, timezone: 0 }).some((r) => r.start.isCertain('month') || r.start.isCertain('year'))) kept++;
let total = 0;
const t0 = performance.now();
for (const { text, ref } of stretches) casual.parse(text, { instant: ref, timezone: 0 });
total = performance.now() - t0;
const perParser = new Map<string, number>();
for (const { text, ref } of stretches) {
  const context = new ParsingContext(text, { instant: ref, timezone: 0 });
  for (const parser of casual.parsers) {
    const t = performance.now();
    Chrono.executeParser(context, parser);
    perParser.set(parser.constructor.name, (perParser.get(parser.constructor.name) ?? 0) + performance.now() - t);
  }
}
const parsers = [...perParser.values()].reduce((a, b) => a + b, 0);
console.log(`${stretches.length} stretches reach chrono, ${kept} (${Math.round((100 * kept) / stretches.length)} %) give a month- or year-certain date`);
console.log(`chrono, warm: ${total.toFixed(0)} ms in all, ${((1000 * total) / stretches.length).toFixed(0)} µs a stretch; parsers alone ${parsers.toFixed(0)} ms`);
for (const [name, ms] of [...perParser].sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(38)} ${ms.toFixed(0).padStart(5)} ms`);
