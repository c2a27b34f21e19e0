// ratio-check: a ratio stated together with the values it relates — "212 of 450 members, or 47%", "half of
// its 1,200 staff, 600 people", "rose 8% from 30,000 to 32,400", "doubled from $2 billion to $4 billion" —
// must hold arithmetically, allowing for the rounding of every figure.
import { z } from 'zod';
import { render } from '../core/template.js';
import type { Claim, Interval } from '../core/types.js';
import { draft, ruleBase, type Draft, type EvalContext } from './common.js';
import { docName, widened } from './compare.js';
import { between, texts, valuesBySentence } from './nearby.js';

export const ratioCheckSchema = z
  .object({
    type: z.literal('ratio-check'),
    ...ruleBase,
    fractions: z
      .record(z.string(), z.number().positive())
      .default({ half: 0.5, 'a third': 1 / 3, 'one third': 1 / 3, 'a quarter': 0.25, 'one quarter': 0.25, 'one in four': 0.25, 'one in three': 1 / 3, 'two thirds': 2 / 3, 'two-thirds': 2 / 3, 'three quarters': 0.75, 'one in five': 0.2, 'one in ten': 0.1 })
      .describe('Fraction words and their values, lower-case ("half" → 0.5)'),
    multiples: z
      .record(z.string(), z.number().positive())
      .default({ doubled: 2, tripled: 3, quadrupled: 4, halved: 0.5 })
      .describe('Verbs of change by a factor ("doubled" → 2)'),
    tolerance: z.number().min(0).default(0.02).describe('Relative slack for exact arithmetic ("N of M, or P%", "up P% from B"), beyond rounding'),
    looseTolerance: z.number().min(0).default(0.12).describe('Relative slack for fraction words and multiples, which writers use loosely'),
  })
  .strict();

export type RatioCheckRule = z.output<typeof ratioCheckSchema>;
export const ratioCheckFields = ['statement', 'stated', 'computed', 'doc'] as const;

const DOWN = /\b(fell|fall|falls|down|dropped|drop|declined|decline|decreased|decrease|lower|cut|shrank|slumped|plunged|lost)\b/i;
/** What every fraction pattern ends with: "<fraction> of", perhaps with a determiner. */
const FRACTION_END = / of( the| its| their| all)? ?$/;
const UP = /\b(rose|rise|rises|up|grew|increased|increase|gained|climbed|jumped|higher|more)\b/i;

export function evaluateRatioCheck(rule: RatioCheckRule, ctx: EvalContext): Draft[] {
  const docText = texts(ctx.docs);
  const out: Draft[] = [];
  // Compiled once per run, not once per value: the word lists are the rule's, the text tested is the claim's.
  const fractions = Object.entries(rule.fractions).map(([word, f]) => ({ f, re: new RegExp(`(^|[ ,(—-])(about |roughly |nearly |almost |around |some |or )?${escape(word)} of( the| its| their| all)? ?$`) }));
  const multiples = Object.keys(rule.multiples).map((w) => ({ w, re: new RegExp(`\\b${escape(w)}\\b[^.]*\\bfrom ?$`) }));
  for (const list of valuesBySentence(ctx.docs, ctx.claims).values()) {
    const text = docText.get(list[0]?.doc ?? '') ?? '';
    const g = (a: Claim, b: Claim) => between(text, a, b).toLowerCase().replace(/\s+/g, ' ');
    for (let i = 0; i < list.length; i++) {
      const a = list[i] as Claim;
      const b = list[i + 1];
      const c = list[i + 2];
      // The text between a value and the next is read by every pattern below, so it is built once.
      const gab = b ? g(a, b) : '';
      // "N of M …, or P%"
      if (b && c && c.value.unit === '%' && a.kind === 'count' && b.kind === 'count' && /^ ?(out )?of( the| all| its| their)? ?$/.test(gab) && /^[a-z -]{0,40},? (or|representing|i\.e\.|that is|some|about|roughly|nearly)\b/.test(g(b, c).trimStart() || ' ')) {
        const computed = ratio(widened(a), widened(b), 100);
        if (computed && !meets(computed, widened(c), rule.tolerance)) out.push(finding(rule, [a, b, c], text, `${show(computed)}%`, c.text));
      }
      if (!b) continue;
      // "A, half of B" / "half of its B, A"; every fraction pattern ends in " of", so most gaps are spared the list.
      for (const { f, re } of FRACTION_END.test(gab) ? fractions : []) {
        if (re.test(gab)) {
          const computed = scale(widened(b), f);
          if (!meets(computed, widened(a), rule.looseTolerance)) out.push(finding(rule, [a, b], text, show(computed), a.text));
        }
      }
      // "A, half of B" and "A, 40% of B", when extraction read the fraction as a percentage; a few words may stand
      // between A and the comma ("shed 3,200 jobs by 2027, roughly 9% of its 25,400 employees")
      if (b && c && b.value.unit === '%' && a.value.unit !== '%' && c.value.unit !== '%' && family(a.value.unit) === family(c.value.unit) && /^ ?of( the| its| their| all)? ?$/.test(g(b, c)) && /^( [a-z0-9-]+){0,4}[,;:(—-] ?(or |about |roughly |nearly |almost |around |some )?$/.test(gab)) {
        const f = widened(b);
        const computed = mul(widened(c), { unit: 'x', low: f.low === null ? null : f.low / 100, high: f.high === null ? null : f.high / 100 });
        const loose = !/\d/.test(b.text);
        if (!meets(computed, widened(a), loose ? rule.looseTolerance : rule.tolerance)) out.push(finding(rule, [a, b, c], text, show(computed), a.text));
      }
      // "P% from B (to L)" and "L, up P% from B"
      if (a.value.unit === '%' && /^ ?(from|over|on|compared with) (a |the )?(year-earlier |previous )?$/.test(gab) && b.kind !== 'percent') {
        const before = text.slice(Math.max(a.sentence.start, a.span.start - 30), a.span.start);
        const sign = DOWN.test(before) || /^-/.test(a.text) ? -1 : UP.test(before) || a.aspect === 'change' ? 1 : 0;
        if (sign === 0) continue;
        const next = list[i + 2];
        const prev = list[i - 1];
        const level = next && /^ ?to ?$/.test(g(b, next)) ? next : prev && /^[ ,(—-]*(an? )?(up|down|increase|decrease|rise|fall|gain|drop|rising|falling)?( of| by)? ?$/.test(g(prev, a)) ? prev : null;
        if (!level || level.value.unit !== b.value.unit) continue;
        const pct = widened(a);
        const f: Interval = { unit: 'x', low: pct.low === null ? null : 1 + (sign * pct.low) / 100, high: pct.high === null ? null : 1 + (sign * pct.high) / 100 };
        const computed = mul(widened(b), f);
        if (!meets(computed, widened(level), rule.tolerance)) out.push(finding(rule, [level, a, b], text, show(computed), level.text));
      }
      // "rose P% to L in 2023 from B": the level comes before the base.
      const c2 = list[i + 2];
      if (a.value.unit === '%' && a.aspect === 'change' && c2 && b.kind !== 'percent' && b.value.unit === c2.value.unit && /^ ?to ?$/.test(gab) && /^ ?(?:in (?:fy ?)?\d{4} |last year |this year )?from (?:a |the )?(?:year-earlier |previous )?$/.test(g(b, c2))) {
        const before = text.slice(Math.max(a.sentence.start, a.span.start - 30), a.span.start);
        const sign = DOWN.test(before) || /^-/.test(a.text) ? -1 : 1;
        const pct = widened(a);
        const f: Interval = { unit: 'x', low: pct.low === null ? null : 1 + (sign * pct.low) / 100, high: pct.high === null ? null : 1 + (sign * pct.high) / 100 };
        const computed = mul(widened(c2), f);
        if (!meets(computed, widened(b), rule.tolerance)) out.push(finding(rule, [b, a, c2], text, show(computed), b.text));
      }
      // "doubled from A to B"
      if (/^ ?to ?$/.test(gab) && a.value.unit === b.value.unit) {
        const before = text.slice(Math.max(a.sentence.start, a.span.start - 40), a.span.start).toLowerCase();
        const verb = multiples.find(({ re }) => re.test(before))?.w;
        if (!verb) continue;
        const computed = scale(widened(a), rule.multiples[verb] ?? 1);
        if (!meets(computed, widened(b), rule.looseTolerance)) out.push(finding(rule, [a, b], text, show(computed), b.text));
      }
    }
  }
  return out;
}

function finding(rule: RatioCheckRule, claims: Claim[], text: string, computed: string, stated: string): Draft {
  const first = claims[0] as Claim;
  const start = Math.min(...claims.map((c) => c.span.start));
  const end = Math.max(...claims.map((c) => c.span.end));
  const statement = text.slice(start, end);
  return draft({
    kind: 'contradiction',
    severity: rule.severity,
    message: render(rule.message, { statement: `"${statement}"`, stated: `"${stated}"`, computed, doc: docName(first.doc) }),
    spans: claims.map((c) => c.span).sort((a, b) => a.start - b.start),
    claims: claims.map((c) => c.id),
    key: [first.doc, ...claims.map((c) => String(c.span.start)).sort()],
    actual: stated,
    expected: [computed],
  });
}

function escape(s: string): string {
  return s.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function family(unit: string): string {
  return unit.split(':')[0] ?? unit;
}

function scale(v: Interval, f: number): Interval {
  return { unit: v.unit, low: v.low === null ? null : v.low * f, high: v.high === null ? null : v.high * f };
}

function mul(v: Interval, f: Interval): Interval {
  const lows = [v.low, f.low];
  const highs = [v.high, f.high];
  return { unit: v.unit, low: lows.includes(null) ? null : (v.low ?? 0) * (f.low ?? 0), high: highs.includes(null) ? null : (v.high ?? 0) * (f.high ?? 0) };
}

/** a / b × k as an interval (values are positive). */
function ratio(a: Interval, b: Interval, k: number): Interval | null {
  if (a.low === null || a.high === null || b.low === null || b.high === null || b.low <= 0) return null;
  return { unit: '%', low: (a.low / b.high) * k, high: (a.high / b.low) * k };
}

/** The computed interval, widened by a relative tolerance, meets the stated one. */
function meets(computed: Interval, stated: Interval, tol: number): boolean {
  const mag = Math.abs(computed.low ?? computed.high ?? 0);
  const slack = tol * mag;
  const lo = (computed.low ?? -Infinity) - slack;
  const hi = (computed.high ?? Infinity) + slack;
  return lo <= (stated.high ?? Infinity) && (stated.low ?? -Infinity) <= hi;
}

function show(v: Interval): string {
  const mid = v.low !== null && v.high !== null ? (v.low + v.high) / 2 : (v.low ?? v.high ?? 0);
  return String(Number(mid.toPrecision(3)));
}
