// Labelled evaluation of contradiction findings: runs the real pipeline on every case of test/eval/rules/*.yaml
// and prints precision and recall per part. tune.yaml, articles-tune.yaml and articles-tune-2.yaml may be looked at
// while developing; the held-out parts are not tuned on (the README, "Measured contradiction quality", says how each
// was used); articles-held-out-2 is a blind part written by someone who had not seen the extractor's failures.
// articles-tune-3 (tuning) and articles-held-out-3 (held out) are business and public-money articles written together.
// articles-tune-4 may be looked at; articles-held-out-4 is held out (only its summary line is read).
// articles-held-out-5 is blind: written on 2026-11-29 by an engineer who never saw the checker's output on it.
// articles-held-out-6 is blind too (third session): its author never ran the checker and read neither src/ nor rules/.
// articles-held-out-7 likewise, written later that session (8 cases, 14 planted), first run after the session's last change.
// --verbose lists missed and false cases of the tuning parts only.
// Usage: npm run eval:rules [-- --verbose] [-- --part NAME]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadConfig } from '../../../src/config/load.js';
import type { Doc, Finding } from '../../../src/core/types.js';
import { analyse } from '../../../src/pipeline.js';

const caseSchema = z
  .object({
    id: z.string().describe('Case name, unique within its part'),
    negative: z.string().optional().describe('For negative controls: the kind of trap (hedge, scale, rounding, period, entity, scope, conversion …)'),
    docs: z.array(z.object({ id: z.string(), published: z.string().optional(), text: z.string() }).strict()).min(1),
    expect: z
      .array(z.object({ rule: z.string().describe('Rule type expected to fire'), quote: z.string().describe('Text inside one of the finding’s spans') }).strict())
      .default([])
      .describe('Contradictions that must be found; anything else the case produces is a false positive'),
  })
  .strict();
const partSchema = z.object({ cases: z.array(caseSchema) }).strict();
type Case = z.output<typeof caseSchema>;

const here = fileURLToPath(new URL('.', import.meta.url));
const verbose = process.argv.includes('--verbose');
const only = process.argv.includes('--part') ? process.argv[process.argv.indexOf('--part') + 1] : undefined;
const loaded = loadConfig();
if (!loaded.ok) {
  for (const p of loaded.problems) console.error(`${p.file}:${p.line ?? 1}:${p.column ?? 1}: ${p.message}`);
  process.exit(2);
}
const config = loaded.config;

function docsOf(c: Case): Doc[] {
  return c.docs.map((d) => ({ id: d.id, text: d.text, bom: false, title: null, published: d.published ?? null, publishedSource: d.published ? 'sidecar' : 'none', publishedSpan: null, publisher: null, url: null }));
}

function spanTexts(f: Finding, docs: readonly Doc[]): string[] {
  return f.spans.map((s) => docs.find((d) => d.id === s.doc)?.text.slice(s.start, s.end) ?? '');
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  cases: number;
  negatives: number;
}

function score(part: string): Tally {
  const { cases } = partSchema.parse(parse(readFileSync(join(here, `${part}.yaml`), 'utf8')));
  const t: Tally = { tp: 0, fp: 0, fn: 0, cases: cases.length, negatives: cases.filter((c) => c.expect.length === 0).length };
  for (const c of cases) {
    const docs = docsOf(c);
    const findings = analyse(docs, config).findings.filter((f) => f.kind === 'contradiction');
    const open = [...c.expect];
    for (const f of findings) {
      const texts = spanTexts(f, docs);
      const i = open.findIndex((e) => f.rule.endsWith(`.${e.rule}`) && texts.some((x) => x.includes(e.quote) || e.quote.includes(x)));
      if (i >= 0) {
        open.splice(i, 1);
        t.tp++;
      } else {
        t.fp++;
        if (verbose && !heldOut(part)) console.log(`  FP ${part}/${c.id}: ${f.rule} ${f.message}`);
      }
    }
    t.fn += open.length;
    if (verbose && !heldOut(part)) for (const e of open) console.log(`  FN ${part}/${c.id}: ${e.rule} "${e.quote}"`);
  }
  return t;
}

// Held-out parts print their totals only, even with --verbose: their cases are never read while developing.
function heldOut(part: string): boolean {
  return part.includes('held-out');
}

const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(3));
for (const part of ['tune', 'held-out', 'held-out-2', 'articles-tune', 'articles-tune-2', 'articles-held-out', 'articles-held-out-2', 'articles-tune-3', 'articles-held-out-3', 'articles-tune-4', 'articles-held-out-4', 'articles-tune-5', 'articles-tune-6', 'articles-tune-7', 'articles-tune-8', 'articles-tune-9', 'articles-tune-10', 'articles-tune-11', 'articles-tune-12', 'articles-tune-13', 'articles-held-out-5', 'articles-held-out-6', 'articles-held-out-7']) {
  if (only !== undefined && part !== only) continue;
  const t = score(part);
  console.log(
    `${part.padEnd(17)} cases ${t.cases} (negative controls ${t.negatives})  TP ${t.tp}  FP ${t.fp}  FN ${t.fn}  precision ${ratio(t.tp, t.tp + t.fp)}  recall ${ratio(t.tp, t.tp + t.fn)}`,
  );
}
