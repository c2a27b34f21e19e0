// sum-check: parts stated next to their total ("exceed $320 billion … Amazon $105 billion, Meta $60-65
// billion, …"; "a 450-seat chamber: 212 seats for …") are added with their intervals and checked against it.
import { z } from 'zod';
import { formatInterval } from '../core/format-value.js';
import { render } from '../core/template.js';
import type { Claim, Segmented } from '../core/types.js';
import { draft, ruleBase, severity, type Draft, type EvalContext } from './common.js';
import { docName, widened } from './compare.js';
import { between, bySentence, sentenceText, texts, valuesBySentence } from './nearby.js';

export const sumCheckSchema = z
  .object({
    type: z.literal('sum-check'),
    ...ruleBase,
    totalCues: z
      .array(z.string())
      .default(['total', 'combined', 'together', 'collectively', 'in all', 'altogether', 'aggregate', 'all told', 'of which', 'of whom', '-seat', '-member', 'members'])
      .describe('Words within a few words of a value that mark it as a total, lower-case'),
    completeCues: z
      .array(z.string())
      .default(['split', 'divided', 'broken down', 'made up of', 'consisting of', 'comprising', 'respectively'])
      .describe('Words saying the parts are all of the total; only then may parts that add up to less be flagged'),
    notPartCues: z
      .array(z.string())
      .default(['up from', 'down from', 'rose from', 'fell from', 'increased from', 'decreased from', 'compared with', 'compared to', 'versus', 'vs', 'last year', 'a year earlier', 'a year ago', 'previous', 'previously', 'earlier', 'while', 'whereas', 'but', 'than'])
      .describe('Words just before a value that make it a comparison rather than a part ("up from $230 billion")'),
    fundingCues: z
      .array(z.string())
      .default(['funded by', 'funded through', 'funded with', 'funding comes from', 'funding will come from', 'funding is coming from', 'financed by', 'financed through', 'financed with', 'paid for by', 'paid for with', 'paid for through'])
      .describe('Words before listed amounts that say how a thing is paid for: the amounts should add up to what it costs elsewhere in the document'),
    partialCues: z
      .array(z.string())
      .default(['including', 'among', 'partly', 'in part', 'part of', 'partially', 'also', 'other', 'others', 'rest', 'remainder', 'remaining', 'balance', 'such as', 'mainly', 'mostly', 'largely', 'chiefly', 'primarily'])
      .describe('Words in a funding sentence saying the amounts listed are not all of it; then only a sum above the cost is flagged'),
    fundedNouns: z
      .array(z.string())
      .default(['project', 'expansion', 'extension', 'plan', 'scheme', 'programme', 'program', 'upgrade', 'renovation', 'redevelopment', 'refurbishment', 'overhaul', 'rebuild', 'construction', 'work', 'works', 'cost', 'costs', 'bill', 'funding', 'money', 'cash'])
      .describe('Lower-case nouns that may name what is funded before a funding cue ("The expansion is funded by"); any other common noun there ("the new dorm") may be another thing than the cost, so the sum is not checked'),
    costMetrics: z
      .array(z.string())
      .default(['capex'])
      .describe('Metrics of what a thing costs to build or run: the total its funding sources are held to'),
    tolerance: z.number().min(0).default(0.01).describe('Relative slack on the total, beyond the rounding of each value'),
    shortSeverity: severity.default('warning').describe('Severity when complete parts add up to less than the total'),
  })
  .strict();

export type SumCheckRule = z.output<typeof sumCheckSchema>;
export const sumCheckFields = ['total', 'parts', 'sum', 'relation'] as const;

export function evaluateSumCheck(rule: SumCheckRule, ctx: EvalContext): Draft[] {
  const out: Draft[] = [];
  const byPara = paragraphsOf(ctx.docs, ctx.claims);
  for (const { text, claims } of byPara) {
    const used = new Set<Claim>();
    claims.forEach((total, i) => {
      if (used.has(total) || total.aspect !== 'level' || !isTotal(rule, text, total, claims[i - 1], claims[i + 1])) return;
      const parts = partsOf(rule, text, total, claims);
      if (parts.length < 2) return;
      for (const p of parts) used.add(p);
      const t = widened(total);
      const ws = parts.map(widened);
      const sumLow = ws.reduce((s, w) => s + (w.low ?? 0), 0);
      const sumHigh = ws.some((w) => w.high === null) ? null : ws.reduce((s, w) => s + (w.high ?? 0), 0);
      const slack = rule.tolerance * Math.abs(t.low ?? t.high ?? 0);
      const sentence = text.slice(total.sentence.start, total.sentence.end).toLowerCase();
      let relation: string | null = null;
      let sev = rule.severity;
      if (t.high !== null && sumLow > t.high + slack) relation = 'exceed';
      else if (t.low !== null && sumHigh !== null && sumHigh < t.low - slack && rule.completeCues.some((c) => sentence.includes(c))) {
        relation = 'fall short of';
        sev = rule.shortSeverity;
      }
      if (!relation) return;
      out.push(finding(rule, total, parts, relation, sev, []));
    });
  }
  const taken = new Set(out.flatMap((f) => f.claims));
  for (const f of fundingChecks(rule, ctx)) if (!f.claims.some((id) => taken.has(id))) out.push(f);
  return out;
}

function finding(rule: SumCheckRule, total: Claim, parts: readonly Claim[], relation: string, sev: SumCheckRule['severity'], key: readonly string[]): Draft {
  const sumHigh = parts.some((p) => widened(p).high === null) ? null : parts.reduce((s, p) => s + (p.value.high ?? 0), 0);
  const sum = formatInterval({ low: parts.reduce((s, p) => s + (p.value.low ?? 0), 0), high: sumHigh, unit: total.value.unit });
  return draft({
    kind: 'contradiction',
    severity: sev,
    message: render(rule.message, {
      total: `"${total.text}" (${docName(total.doc)})`,
      parts: parts.map((p) => `"${p.text}"`).join(' + '),
      sum,
      relation,
    }),
    spans: [total.span, ...parts.map((p) => p.span)],
    claims: [total.id, ...parts.map((p) => p.id)],
    key: [...key, total.doc, String(total.span.start), ...parts.map((p) => String(p.span.start))],
    actual: `${sum} (sum of parts)`,
    expected: [formatInterval(total.value)],
  });
}

/**
 * "The expansion is funded by a £300 million grant and a £100 million loan": amounts listed as how a thing is
 * paid for should add up to what the same document says it costs (a £450 million plan falls short). Only
 * the document's claims are read, and only when the cost it states is one figure.
 */
function fundingChecks(rule: SumCheckRule, ctx: EvalContext): Draft[] {
  const out: Draft[] = [];
  const sentences = bySentence(ctx.claims);
  const textOf = texts(ctx.docs);
  for (const claims of sentences.values()) {
    const first = claims[0];
    const text = first ? textOf.get(first.doc) : undefined;
    if (!first || text === undefined) continue;
    const sentence = sentenceText(text, first).toLowerCase();
    const cues = rule.fundingCues.map((c) => sentence.indexOf(c)).filter((i) => i >= 0);
    if (cues.length === 0) continue;
    const cue = Math.min(...cues);
    const at = first.sentence.start + cue;
    const parts = claims.filter((c) => c.kind === 'money' && c.aspect === 'level' && c.span.start > at && c.subject.id !== null);
    const subject = parts[0]?.subject.id;
    if (parts.length < 2 || parts.some((p) => p.subject.id !== subject || p.value.unit !== parts[0]?.value.unit)) continue;
    // What is funded must be the thing whose cost the document states: a name, a pronoun or a project noun
    // ("The expansion is funded by", "Funding comes from"), not another thing ("The new dorm is funded by").
    const lead = sentenceText(text, first).slice(0, cue).replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
    const named = (parts[0]?.subject.name ?? '').split(/\s+/);
    const fits = (w: string, i: number) => FUNCTION_WORDS.has(w.toLowerCase()) || rule.fundedNouns.includes(w.toLowerCase()) || named.includes(w) || (i > 0 && /^\p{Lu}/u.test(w)) || /^\d|^(?:thousand|million|billion|trillion|m|bn)$/i.test(w);
    if (!lead.every(fits)) continue;
    // The parts are a list of amounts: "and" or commas between them, never a comparison or a year.
    const listed = parts.slice(1).every((p, i) => {
      const gap = between(text, parts[i] as Claim, p).toLowerCase();
      const tail = ` ${gap.replace(/[^a-z]+/g, ' ')} `;
      return /\band\b|,/.test(gap) && !rule.notPartCues.some((cue) => tail.includes(` ${cue} `)) && !/\b(1[89]|20)\d\d\b/.test(gap);
    });
    if (!listed) continue;
    const costs = ctx.claims.filter(
      (c) => c.doc === first.doc && c.subject.id === subject && c.metric !== null && rule.costMetrics.includes(c.metric) && c.aspect === 'level' && c.value.unit === parts[0]?.value.unit && !parts.includes(c),
    );
    const total = costs.filter((c) => c.span.start < at).pop() ?? costs[0];
    // Costs that disagree among themselves are value-conflict's to report; which one the parts should meet is unknown.
    if (!total || costs.some((c) => !agrees(c, total))) continue;
    const t = widened(total);
    const ws = parts.map(widened);
    const sumLow = ws.reduce((s, w) => s + (w.low ?? 0), 0);
    const sumHigh = ws.some((w) => w.high === null) ? null : ws.reduce((s, w) => s + (w.high ?? 0), 0);
    const slack = rule.tolerance * Math.abs(t.low ?? t.high ?? 0);
    // "… funded by a $60 million grant and a $20 million loan. Donors will cover the rest.": the next sentence may say the list is partial.
    const next = nextSentence(ctx.docs, first);
    const words = ` ${`${sentence} ${next}`.toLowerCase().replace(/[^a-z]+/g, ' ')} `;
    const complete = !rule.partialCues.some((c) => words.includes(` ${c} `));
    if (t.high !== null && sumLow > t.high + slack) out.push(finding(rule, total, parts, 'exceed', rule.severity, ['funding']));
    else if (complete && t.low !== null && sumHigh !== null && sumHigh < t.low - slack) out.push(finding(rule, total, parts, 'fall short of', rule.shortSeverity, ['funding']));
  }
  return out;
}

/** The text of the sentence after a claim's, in its paragraph ('' when it is the last). */
function nextSentence(docs: readonly Segmented[], c: Claim): string {
  const d = docs.find((x) => x.doc.id === c.doc);
  for (const p of d?.paragraphs ?? []) {
    const i = p.sentences.findIndex((s) => s.start === c.sentence.start);
    const n = i >= 0 ? p.sentences[i + 1] : undefined;
    if (i >= 0) return n && d ? d.doc.text.slice(n.start, n.end) : '';
  }
  return '';
}

/** Words that may stand before a funding cue besides names and the funded nouns ("It will be largely funded by"). */
const FUNCTION_WORDS = new Set('the a an its their this that these those it they which is are was were will would be being been has have had to also now new so far mostly mainly largely partly entirely fully jointly and of'.split(' '));

/** Two values whose widened intervals overlap. */
function agrees(a: Claim, b: Claim): boolean {
  const [x, y] = [widened(a), widened(b)];
  return (x.low === null || y.high === null || x.low <= y.high) && (y.low === null || x.high === null || y.low <= x.high);
}

/** Values per paragraph (claims and bare numbers), so parts may follow their total into the next sentence. */
function paragraphsOf(docs: readonly Segmented[], claims: readonly Claim[]): { text: string; claims: Claim[] }[] {
  const bySentence = valuesBySentence(docs, claims);
  // Plain loops: this runs over every sentence of the corpus, and building a list per paragraph only to drop
  // most of them cost more than the rule itself.
  const out: { text: string; claims: Claim[] }[] = [];
  for (const { doc, paragraphs } of docs) {
    const prefix = `${doc.id}@`;
    for (const p of paragraphs) {
      const values: Claim[] = [];
      for (const s of p.sentences) for (const c of bySentence.get(prefix + s.start) ?? []) values.push(c);
      if (values.length > 2) out.push({ text: doc.text, claims: values });
    }
  }
  return out;
}

function family(unit: string): string {
  return unit.split(':')[0] ?? unit;
}

/** A cue between the neighbouring values, close to this one, marks a total; the cue of "450-seat" is not 212's. */
function isTotal(rule: SumCheckRule, text: string, c: Claim, prev: Claim | undefined, next: Claim | undefined): boolean {
  const from = Math.max(c.sentence.start, c.span.start - 40, prev && prev.span.end <= c.span.start ? prev.span.end : 0);
  const to = Math.min(c.sentence.end, c.span.end + 20, next && next.span.start >= c.span.end ? next.span.start : Infinity);
  const around = text.slice(from, to).toLowerCase();
  return rule.totalCues.some((cue) => around.includes(cue));
}

/** Values after the total, in its sentence or the next, of the same kind of unit, each introduced as a part. */
function partsOf(rule: SumCheckRule, text: string, total: Claim, claims: readonly Claim[]): Claim[] {
  const after = claims.filter((c) => c.span.start > total.span.end && c.aspect === 'level' && family(c.value.unit) === family(total.value.unit));
  const sentences = [...new Set([total.sentence.start, ...after.map((c) => c.sentence.start)])].sort((a, b) => a - b).slice(0, 2);
  const parts: Claim[] = [];
  let prev = total;
  for (const c of after) {
    if (!sentences.includes(c.sentence.start)) break;
    if (c.period && total.period && c.period !== total.period) return [];
    const lead = between(text, prev, c).toLowerCase();
    const tail = ` ${lead.slice(-25).replace(/[^a-z]+/g, ' ')} `;
    if (rule.notPartCues.some((cue) => tail.includes(` ${cue} `))) return [];
    // A year between the values makes them a series over time, not parts of one total.
    if (/\b(1[89]|20)\d\d\b/.test(lead)) return [];
    parts.push(c);
    prev = c;
  }
  return parts;
}
