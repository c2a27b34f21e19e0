// evaluate: rules → findings. Dispatch by rule type; stamp rule ids and fingerprints; order deterministically.
import { match } from 'ts-pattern';
import { fingerprint } from '../core/hash.js';
import type { Finding } from '../core/types.js';
import { evaluateBoilerplate } from './boilerplate.js';
import type { Draft, EvalContext } from './common.js';
import { evaluateDisclosure } from './disclosure.js';
import { evaluateFragment } from './garbled-fragment.js';
import { evaluateGarbledText } from './garbled-text.js';
import type { Rule } from './rule-schema.js';
import { evaluateValueConflict } from './value-conflict.js';
import { evaluateTimeline } from './timeline.js';
import { evaluateDateConflict } from './date-conflict.js';
import { evaluateConversionCheck } from './conversion-check.js';
import { evaluateSumCheck } from './sum-check.js';
import { evaluateRatioCheck } from './ratio-check.js';
import { evaluatePeriodSanity } from './period-sanity.js';
import { evaluateCorroboration } from './corroboration.js';

export function evaluateRule(rule: Rule, ctx: EvalContext): Draft[] {
  return match(rule)
    .with({ type: 'value-conflict' }, (r) => evaluateValueConflict(r, ctx))
    .with({ type: 'garbled-text' }, (r) => evaluateGarbledText(r, ctx))
    .with({ type: 'fragment' }, (r) => evaluateFragment(r, ctx))
    .with({ type: 'boilerplate' }, (r) => evaluateBoilerplate(r, ctx))
    .with({ type: 'disclosure' }, (r) => evaluateDisclosure(r, ctx))
    .with({ type: 'timeline' }, (r) => evaluateTimeline(r, ctx))
    .with({ type: 'date-conflict' }, (r) => evaluateDateConflict(r, ctx))
    .with({ type: 'conversion-check' }, (r) => evaluateConversionCheck(r, ctx))
    .with({ type: 'sum-check' }, (r) => evaluateSumCheck(r, ctx))
    .with({ type: 'ratio-check' }, (r) => evaluateRatioCheck(r, ctx))
    .with({ type: 'period-sanity' }, (r) => evaluatePeriodSanity(r, ctx))
    .with({ type: 'corroboration' }, (r) => evaluateCorroboration(r, ctx))
    .exhaustive();
}

export function evaluate(rules: readonly Rule[], ctx: EvalContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (!rule.enabled) continue;
    for (const d of evaluateRule(rule, ctx)) findings.push({ ...d, rule: rule.id, id: fingerprint([rule.id, ...d.key]) });
  }
  return noteRestored(dedupe(findings), ctx).sort(compareFindings);
}

/** A finding resting on a claim read from a spun paragraph says so: the quote is not the source's own wording. */
function noteRestored(findings: Finding[], ctx: EvalContext): Finding[] {
  const restored = new Map(ctx.claims.filter((c) => c.restored).map((c) => [c.id, c]));
  if (restored.size === 0) return findings;
  return findings.map((f) => {
    const hits = f.claims.map((id) => restored.get(id)).filter((c) => c !== undefined);
    if (hits.length === 0) return f;
    const notes = hits.map((c) => `"${c.text}" (${c.doc}) comes from a garbled paragraph; it was read with the spin undone.`);
    return { ...f, notes: [...f.notes, ...notes] };
  });
}

/** Two rules, or one rule reaching the same finding twice, report it once. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Severity first, then position of the primary span, then id: never the order rules happened to run in. */
export function compareFindings(a: Finding, b: Finding): number {
  const s = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (s) return s;
  const pa = a.spans[0];
  const pb = b.spans[0];
  if (pa && pb) {
    if (pa.doc !== pb.doc) return pa.doc < pb.doc ? -1 : 1;
    if (pa.start !== pb.start) return pa.start - pb.start;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
