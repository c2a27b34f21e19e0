// value-conflict: claims in one group whose intervals cannot both hold, after the metric's tolerance,
// the writers' rounding and their hedges. Per partition of a group, one finding for each soft scope (segment)
// whose claims disagree among themselves, and one warning for disagreements across soft scopes; each cites every
// claim involved.
import { z } from 'zod';
import { formatInterval } from '../core/format-value.js';
import { render } from '../core/template.js';
import type { Claim, Interval } from '../core/types.js';
import type { Group } from '../resolve/group.js';
import { draft, ruleBase, severity, type Draft, type EvalContext } from './common.js';
import {
  byPosition,
  claimsAgree,
  framer,
  periodOf,
  comparable,
  describeClaim,
  gap,
  overlaps,
  partition,
  publishedDates,
  scopeOptions,
  slackFor,
  softDifferences,
  softKey,
  valueClasses,
  widened,
  type Tolerance,
} from './compare.js';

export const valueConflictSchema = z
  .object({
    type: z.literal('value-conflict'),
    ...ruleBase,
    ...scopeOptions,
    softSeverity: severity.default('warning').describe('Severity when the claims differ in a soft scope dimension'),
    looseFactor: z
      .number()
      .min(1)
      .default(4)
      .describe("A gap no wider than this many times the metric's tolerance is a small disagreement, reported at looseSeverity"),
    looseSeverity: severity.default('warning').describe('Severity of a small disagreement (see looseFactor)'),
    thresholds: z
      .record(z.string(), z.array(z.number()))
      .default({ '%': [50] })
      .describe('Values per canonical unit that change a conclusion (50% is a majority): claims on opposite sides are an error even when the gap is small'),
    needsPeriod: z
      .array(z.string())
      .default(['growth'])
      .describe('Metrics too broad to compare unless both claims state their period ("growth" of what, and when?)'),
    changesNeedPeriod: z
      .boolean()
      .default(true)
      .describe('Compare changes ("rose 13%") only when both state their period: a change is always over some span, and unstated spans rarely match; metrics whose every value is a change (`change` in metrics.yaml: a pay offer) are one-off steps and compared without'),
    oneOffMetrics: z
      .array(z.string())
      .default(['capex'])
      .describe('Metrics of one-off project figures (what a project costs): a deadline ("by 2026") dates the project, not the figure, so such a claim is compared with one that states no period; additions ("will add 90 rooms") are always treated so'),
  })
  .strict();

export type ValueConflictRule = z.output<typeof valueConflictSchema>;

/** Template fields this rule type fills. */
export const valueConflictFields = ['subject', 'metric', 'values', 'compared', 'scopes', 'sources'] as const;

export function evaluateValueConflict(rule: ValueConflictRule, ctx: EvalContext): Draft[] {
  const out: Draft[] = [];
  const metrics = new Map(ctx.data.metrics.metrics.map((m) => [m.id, m]));
  const published = publishedDates(ctx.docs);
  const frame = framer(ctx.docs, rule.periodWords, rule.outlookWords, rule.plannedMetrics);
  for (const g of ctx.groups) {
    if (g.key.includes('|event:')) continue;
    const metric = metrics.get(g.metric);
    const tol: Tolerance = metric?.tolerance ?? {};
    // A metric whose every value is a change (a pay offer) names a one-off step, not a change over a span.
    const periodOnly = rule.needsPeriod.includes(g.metric) || (rule.changesNeedPeriod && !metric?.change && g.claims.some((c) => c.aspect === 'change'));
    const claims = oneOff(g, rule.oneOffMetrics, periodOnly ? g.claims.filter((c) => periodOf(c) !== null) : g.claims);
    for (const part of partition(claims, rule.hardScopes, metric?.timeVarying ?? false, published, frame, periodOf)) {
      const { within, across } = disagreements(part, tol, rule.sameDocument, rule.softScopes);
      const taken = new Set<string>();
      for (const involved of within) out.push(conflict(rule, g, involved, tol, false, taken));
      if (across.length >= 2) out.push(conflict(rule, g, across, tol, true, taken));
    }
  }
  return out;
}

/**
 * One finding over the involved claims (in text order). Within one soft scope it is judged by the gap alone
 * and names the scope the claims share; across soft scopes the writers may mean different things, so it is
 * the soft severity and names the scopes that differ.
 */
function conflict(rule: ValueConflictRule, g: Group, involved: readonly Claim[], tol: Tolerance, acrossScopes: boolean, taken: Set<string>): Draft {
  const soft = acrossScopes ? softDifferences(involved, rule.softScopes) : [];
  const widest = maxGap(involved, tol);
  const crossed = crossedThreshold(involved, rule.thresholds[involved[0]?.value.unit ?? ''] ?? []);
  const small = widest.gap <= rule.looseFactor * widest.slack && crossed === null;
  const sev = acrossScopes ? rule.softSeverity : small ? rule.looseSeverity : rule.severity;
  // The key leaves the soft scope out, so a conflict keeps its fingerprint when a claim about another segment
  // joins the group. Only when one document gives the same value in two segments can two findings of a
  // partition reach one key (evaluate() would drop one as a duplicate); the later one then names its scopes.
  let key = [g.key, ...involved.map((c) => `${c.doc}=${c.value.low}..${c.value.high}`).sort()];
  if (taken.has(JSON.stringify(key))) key = [...key, `soft:${acrossScopes ? soft.join('; ') : softKey(involved[0] as Claim, rule.softScopes)}`];
  taken.add(JSON.stringify(key));
  return draft({
    kind: 'contradiction',
    severity: sev,
    message: render(rule.message, {
      subject: involved[0]?.subject.name ?? g.subject,
      metric: g.metric,
      values: involved.map(describeClaim).join(' vs '),
      compared: compared(involved[0], acrossScopes ? rule.hardScopes : [...rule.hardScopes, ...rule.softScopes]),
      scopes: soft.join('; '),
      sources: new Set(involved.map((c) => c.doc)).size,
    }),
    spans: involved.map((c) => c.span),
    claims: involved.map((c) => c.id),
    key,
    actual: involved.map((c) => formatInterval(c.value)).join(' vs '),
    expected: [`values within ${describeTolerance(tol)} of each other`],
    notes: [...soft, ...(crossed === null ? [] : [`the sources fall on both sides of ${crossed}`]), `largest gap ${round(widest.gap)} ${involved[0]?.value.unit ?? ''} (tolerance ${round(widest.slack)})`],
  });
}

/**
 * Claims that disagree with at least one comparable claim of the partition, in text order: `within` one list
 * per soft scope (by soft key) for pairs that share it, `across` for pairs that do not. A claim can be in both.
 */
function disagreements(part: readonly Claim[], tol: Tolerance, sameDocument: boolean, soft: readonly string[]): { within: Claim[][]; across: Claim[] } {
  const within = new Map<string, Set<Claim>>();
  const across = new Set<Claim>();
  const keys = new Map(part.map((c) => [c, softKey(c, soft)]));
  const classes = valueClasses(part);
  // Each class's interval, read once: the loop below compares every class with every other.
  const reps = classes.map((list) => widened(list[0] as Claim));
  const siblings = bySentenceKey(part);
  for (let i = 0; i < classes.length; i++)
    for (let j = i + 1; j < classes.length; j++) {
      const ci = classes[i] as Claim[];
      const cj = classes[j] as Claim[];
      if (overlaps(reps[i] as Interval, reps[j] as Interval, tol)) continue;
      for (const a of ci)
        for (const b of cj) {
          if (!comparable(a, b, sameDocument) || listed(a, b, siblings, tol) || listed(b, a, siblings, tol)) continue;
          const ka = keys.get(a) ?? '';
          if (ka !== keys.get(b)) across.add(a).add(b);
          else {
            let set = within.get(ka);
            if (!set) within.set(ka, (set = new Set()));
            set.add(a).add(b);
          }
        }
    }
  const ordered = [...within.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return { within: ordered.map(([, set]) => [...set].sort(byPosition)), across: [...across].sort(byPosition) };
}

/** Each claim's sentence-mates (itself included), looked up by claim: the pair loop asks for them per pair. */
function bySentenceKey(claims: readonly Claim[]): Map<Claim, Claim[]> {
  const lists = new Map<string, Claim[]>();
  const out = new Map<Claim, Claim[]>();
  for (const c of claims) {
    const k = `${c.doc}@${c.sentence.start}`;
    let list = lists.get(k);
    if (!list) lists.set(k, (list = []));
    list.push(c);
    out.set(c, list);
  }
  return out;
}

/**
 * A sentence that gives several values for one subject and metric ("41% in India and 12% in Japan", "$2.3
 * billion, compared with $4 billion at a rival") is a list of different things; when one of them matches the
 * other source, the rest are most likely about something else, whatever scope extraction gave them.
 */
function listed(a: Claim, other: Claim, siblings: ReadonlyMap<Claim, Claim[]>, tol: Tolerance): boolean {
  // An open-ended sibling ("£58 million, which could rise to £70 million") is a ceiling on the same thing, not
  // another item of a list: that it admits the other source's value says nothing.
  return (siblings.get(a) ?? []).some((s) => s !== a && s.value.low !== null && s.value.high !== null && claimsAgree(s, other, tol));
}

/**
 * The widest gap between the involved values (class against class), with the slack it was judged by: that of
 * the first pair, in class order, at the widest gap. Linear rather than pairwise: big buckets have hundreds of
 * classes. Subtraction rounds monotonically, so the widest gap is the highest low minus the lowest high, and only
 * a class reaching it from one side can belong to that first pair.
 */
function maxGap(claims: readonly Claim[], tol: Tolerance): { gap: number; slack: number } {
  const reps = valueClasses(claims).map((list) => widened(list[0] as Claim));
  const lows = reps.map((r) => r.low ?? -Infinity);
  const highs = reps.map((r) => r.high ?? Infinity);
  if (lows.some(Number.isNaN) || highs.some(Number.isNaN)) return maxGapPairwise(reps, tol);
  const topLow = lows.reduce((m, x) => (x > m ? x : m), -Infinity);
  const bottomHigh = highs.reduce((m, x) => (x < m ? x : m), Infinity);
  const widest = Math.max(0, topLow - bottomHigh);
  if (!(widest > 0)) return { gap: 0, slack: 0 };
  // A class can be the low end of the widest pair only if its high reaches it against the top low, and the
  // high end only if its low reaches it against the bottom high.
  const asLow = highs.map((h) => topLow - h === widest);
  const asHigh = lows.map((l) => l - bottomHigh === widest);
  for (let i = 0; i < reps.length; i++) {
    if (!asLow[i] && !asHigh[i]) continue;
    for (let j = i + 1; j < reps.length; j++) {
      if (!((asLow[i] && asHigh[j]) || (asHigh[i] && asLow[j]))) continue;
      const [a, b] = [reps[i] as Interval, reps[j] as Interval];
      if (gap(a, b) === widest) return { gap: widest, slack: slackFor(a, b, tol) };
    }
  }
  return maxGapPairwise(reps, tol);
}

/** Every pair; kept for values the linear pass cannot order (NaN). */
function maxGapPairwise(reps: readonly Interval[], tol: Tolerance): { gap: number; slack: number } {
  let best = { gap: 0, slack: 0 };
  for (let i = 0; i < reps.length; i++)
    for (let j = i + 1; j < reps.length; j++) {
      const [a, b] = [reps[i], reps[j]];
      if (!a || !b) continue;
      const g = gap(a, b);
      if (g > best.gap) best = { gap: g, slack: slackFor(a, b, tol) };
    }
  return best;
}

/** A threshold some claims lie wholly above and others wholly below, or null. */
function crossedThreshold(claims: readonly Claim[], thresholds: readonly number[]): number | null {
  for (const t of thresholds) {
    const ws = claims.map(widened);
    if (ws.some((w) => w.low !== null && w.low > t) && ws.some((w) => w.high !== null && w.high < t)) return t;
  }
  return null;
}

/** Why the claims were compared: what they share, in the given dimensions. */
function compared(c: Claim | undefined, dims: readonly string[]): string {
  if (!c) return '';
  // A period read from the text around the value ("last year", "in the second quarter") is named as inferred.
  const period = c.period ? `period ${c.period}` : c.impliedPeriod ? `period ${periodOf(c)} (inferred)` : '';
  const shared = dims.map((d) => (d === 'period' ? period : c.scope[d] ? `${d} ${c.scope[d]}` : '')).filter(Boolean);
  return ['same subject and metric', ...shared].join(', ');
}

function describeTolerance(t: Tolerance): string {
  const parts = [t.absolute ? `${t.absolute} (absolute)` : '', t.relative ? `${t.relative * 100}%` : ''].filter(Boolean);
  return parts.length ? parts.join(' or ') : 'rounding';
}

function round(n: number): string {
  return Number.isFinite(n) ? String(Math.round(n * 1000) / 1000) : String(n);
}

/**
 * A one-off figure (what a plan adds, what a project costs) has no period: a deadline ("adding 120 rooms by 2026")
 * dates the plan, so "will add 90 rooms" is the same figure. When every deadline in the group is the same year, the
 * claims with it are compared with those that state no period; a yearly figure ("revenue by 2026") keeps its year.
 */
function oneOff(g: Group, metrics: readonly string[], claims: readonly Claim[]): readonly Claim[] {
  const deadlines = new Set(claims.filter((c) => c.deadline).map((c) => c.period));
  if (deadlines.size !== 1 || !claims.some((c) => c.aspect === 'addition' || metrics.includes(g.metric))) return claims;
  return claims.map((c) => (c.deadline ? { ...c, period: null } : c));
}
