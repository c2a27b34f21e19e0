// sum-check: parts stated next to their total ("exceed $320 billion … Amazon $105 billion, Meta $60-65
// billion, …"; "a 450-seat chamber: 212 seats for …") are added with their intervals and checked against it.
import { z } from 'zod';
import type { Claim, Segmented } from '../core/types.js';
import { ruleBase, severity, type Draft, type EvalContext } from './common.js';
import { fundingChecks } from './funding.js';
import { between, GLUED, valuesBySentence } from './nearby.js';
import { sumFinding, sumRelation } from './sum-finding.js';

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
      .default(['construction', 'work', 'works', 'cost', 'costs', 'bill', 'funding', 'money', 'cash'])
      .describe('Lower-case nouns that may name what is funded before a funding cue ("The cost is funded by"), besides the project nouns of rules/data/projects.yaml ("The expansion is funded by"); any other common noun there ("the new dorm") may be another thing than the cost, so the sum is not checked'),
    costMetrics: z
      .array(z.string())
      .default(['capex'])
      .describe('Metrics of what a thing costs to build or run: the total its funding sources are held to'),
    listCues: z
      .array(z.string())
      .default(['including', 'includes', 'included', 'of which', 'with'])
      .describe('Words right before the next value that make this one a total whose parts follow ("£1.1 billion over five years, including £600 million on …", "£1.4 billion by 2030, with £520 million going to …"); only a sum above it is flagged'),
    ofTotalCues: z
      .array(z.string())
      .default(['of that', 'of this', 'of which', 'of the total', 'of the money', 'of the sum', 'of this sum', 'of that sum', 'of this amount', 'of that amount'])
      .describe('Words opening a sentence that make its values parts of the last value of the sentence before ("… a £96 million housing budget. Of that, £60 million …"), even across a paragraph break; only a sum above that total is flagged'),
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
      const relation = sumRelation(total, parts, rule.tolerance);
      if (relation === 'exceed') out.push(sumFinding(rule, total, parts, relation, rule.severity, []));
      // Parts that add up to less say nothing unless the text says they are all of the total.
      const sentence = text.slice(total.sentence.start, total.sentence.end).toLowerCase();
      if (relation === 'fall short of' && rule.completeCues.some((c) => sentence.includes(c))) out.push(sumFinding(rule, total, parts, relation, rule.shortSeverity, []));
    });
  }
  const counted = new Set(out.flatMap((f) => f.claims));
  for (const f of ofTotalChecks(rule, ctx)) if (!f.claims.some((id) => counted.has(id))) out.push(f);
  const taken = new Set(out.flatMap((f) => f.claims));
  for (const f of fundingChecks(rule, ctx)) if (!f.claims.some((id) => taken.has(id))) out.push(f);
  return out;
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
  // "In the 300-seat assembly, the bloc won 140 seats": "-seat" is glued to 300, so it marks 300, never 140.
  const afterPrev = prev && prev.span.end <= c.span.start ? prev.span.end + (GLUED.exec(text.slice(prev.span.end, c.span.start))?.[0].length ?? 0) : 0;
  const from = Math.max(c.sentence.start, c.span.start - 40, afterPrev);
  const to = Math.min(c.sentence.end, c.span.end + 20, next && next.span.start >= c.span.end ? next.span.start : Infinity);
  const around = text.slice(from, to).toLowerCase();
  if (rule.totalCues.some((cue) => around.includes(cue))) return true;
  // "£1.1 billion over five years, including £600 million …": a cue that opens the list of parts may stand further
  // from its total than the window above, but must be the last words before the next value of the sentence.
  if (!next || next.sentence.start !== c.sentence.start || next.span.start < c.span.end) return false;
  const lead = text.slice(c.span.end, next.span.start).toLowerCase().replace(/[\s,:]+$/, '');
  return rule.listCues.some((cue) => lead.endsWith(` ${cue}`) || lead === cue);
}

/** Values after the total, in its sentence or the next, of the same kind of unit, each introduced as a part. */
function partsOf(rule: SumCheckRule, text: string, total: Claim, claims: readonly Claim[]): Claim[] {
  const after = claims.filter((c) => c.span.start > total.span.end && c.aspect === 'level' && family(c.value.unit) === family(total.value.unit));
  const sentences = [...new Set([total.sentence.start, ...after.map((c) => c.sentence.start)])].sort((a, b) => a - b).slice(0, 2);
  const parts: Claim[] = [];
  let prev = total;
  for (const c of after) {
    if (!sentences.includes(c.sentence.start)) break;
    // "the 45-year-old leader's bloc won 160 seats": a number glued to a word describes something; it is no part.
    if (GLUED.test(text.slice(c.span.end, c.span.end + 30))) continue;
    if (c.period && total.period && c.period !== total.period) return [];
    const lead = between(text, prev, c).toLowerCase();
    const tail = ` ${lead.slice(-25).replace(/[^a-z]+/g, ' ')} `;
    if (rule.notPartCues.some((cue) => tail.includes(` ${cue} `))) return [];
    // A year between the values makes them a series over time, not parts of one total; a deadline ("by 2030") does not.
    if (/(?<!\b(?:by|until|before)\s)\b(1[89]|20)\d\d\b/.test(lead)) return [];
    parts.push(c);
    prev = c;
  }
  return parts;
}

/** "… a £96 million housing budget. Of that, £60 million will go on …, £30 million on … and £16 million on …":
 *  a sentence that opens by pointing back at an amount lists parts of the last value of the sentence before. */
function ofTotalChecks(rule: SumCheckRule, ctx: EvalContext): Draft[] {
  const out: Draft[] = [];
  const bySentence = valuesBySentence(ctx.docs, ctx.claims);
  for (const { doc, paragraphs } of ctx.docs) {
    let before: readonly Claim[] = [];
    for (const p of paragraphs) {
      for (const s of p.sentences) {
        const values = bySentence.get(`${doc.id}@${s.start}`) ?? [];
        const opening = doc.text.slice(s.start, s.start + 40).toLowerCase();
        const total = rule.ofTotalCues.some((c) => opening.startsWith(c) && /^[\s,]/.test(opening.slice(c.length))) ? [...before].reverse().find((c) => c.aspect === 'level') : undefined;
        before = values;
        if (!total) continue;
        const parts = values.filter((c) => c.aspect === 'level' && c.value.unit === total.value.unit && !GLUED.test(doc.text.slice(c.span.end, c.span.end + 30)));
        // "Of that, £60 million was spent this year, up from £40 million": a comparison or a series is no list of parts.
        const lead = parts.map((c, i) => (i === 0 ? doc.text.slice(s.start, c.span.start) : between(doc.text, parts[i - 1] as Claim, c)).toLowerCase());
        if (parts.length < 2 || lead.some((l) => /\b(1[89]|20)\d\d\b/.test(l) || rule.notPartCues.some((cue) => ` ${l.slice(-25).replace(/[^a-z]+/g, ' ')} `.includes(` ${cue} `)))) continue;
        if (sumRelation(total, parts, rule.tolerance) === 'exceed') out.push(sumFinding(rule, total, parts, 'exceed', rule.severity, ['of-total']));
      }
    }
  }
  return out;
}
