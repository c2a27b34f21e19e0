// value-conflict: claims in one group whose intervals cannot both hold, after the metric's tolerance.
import { z } from 'zod';
import { formatInterval } from '../core/format-value.js';
import { render } from '../core/template.js';
import type { Claim, Interval } from '../core/types.js';
import { draft, ruleBase, severity, type Draft, type EvalContext } from './common.js';

export const valueConflictSchema = z
  .object({
    type: z.literal('value-conflict'),
    ...ruleBase,
    hardScopes: z
      .array(z.string())
      .default(['geography', 'period'])
      .describe('Scope dimensions that must match for claims to be compared at all ("period" is the claim period)'),
    softScopes: z
      .array(z.string())
      .default(['segment'])
      .describe('Scope dimensions that may differ; a conflict across them is still reported, at softSeverity'),
    softSeverity: severity.default('warning').describe('Severity when the claims differ in a soft scope dimension'),
  })
  .strict();

export type ValueConflictRule = z.output<typeof valueConflictSchema>;

/** Template fields this rule type fills. */
export const valueConflictFields = ['subject', 'metric', 'values', 'scopes', 'sources'] as const;

export function evaluateValueConflict(rule: ValueConflictRule, ctx: EvalContext): Draft[] {
  const out: Draft[] = [];
  const tolerances = new Map(ctx.data.metrics.metrics.map((m) => [m.id, m.tolerance]));
  for (const g of ctx.groups) {
    if (g.key.includes('|event:')) continue;
    const tol = tolerances.get(g.metric) ?? {};
    for (const part of partition(g.claims, rule.hardScopes)) {
      if (!hasDisagreement(part, tol)) continue;
      const soft = rule.softScopes.filter((d) => new Set(part.map((c) => c.scope[d] ?? '')).size > 1);
      const values = part.map((c) => `${c.text} (${c.doc.split('/').pop()}${scopeNote(c, soft)})`).join(' vs ');
      const scopes = soft.length ? `scopes differ: ${soft.map((d) => part.map((c) => c.scope[d] ?? 'unstated').join(' / ')).join('; ')}` : '';
      out.push(
        draft({
          kind: 'contradiction',
          severity: soft.length ? rule.softSeverity : rule.severity,
          message: render(rule.message, {
            subject: part[0]?.subject.name ?? g.subject,
            metric: g.metric,
            values,
            scopes,
            sources: new Set(part.map((c) => c.doc)).size,
          }),
          spans: part.map((c) => c.span),
          claims: part.map((c) => c.id),
          key: [g.key, ...part.map((c) => `${c.doc}=${c.value.low}..${c.value.high}`).sort()],
          actual: part.map((c) => formatInterval(c.value)).join(' vs '),
        }),
      );
    }
  }
  return out;
}

function scopeNote(c: Claim, dims: readonly string[]): string {
  const parts = dims.map((d) => c.scope[d]).filter(Boolean);
  return parts.length ? `, ${parts.join(', ')}` : '';
}

/** Splits a group so that claims differing in a hard scope dimension never meet. */
function partition(claims: readonly Claim[], hard: readonly string[]): Claim[][] {
  const parts = new Map<string, Claim[]>();
  for (const c of claims) {
    const k = hard.map((d) => (d === 'period' ? (c.period ?? '') : (c.scope[d] ?? ''))).join('|');
    parts.set(k, [...(parts.get(k) ?? []), c]);
  }
  return [...parts.values()].filter((p) => p.length > 1);
}

interface Tolerance {
  relative?: number | undefined;
  absolute?: number | undefined;
}

function hasDisagreement(claims: readonly Claim[], tol: Tolerance): boolean {
  for (let i = 0; i < claims.length; i++)
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i];
      const b = claims[j];
      if (a && b && !overlaps(a.value, b.value, tol)) return true;
    }
  return false;
}

/** Two intervals agree when, widened by the tolerance, they share a point. Null ends are open. */
export function overlaps(a: Interval, b: Interval, tol: Tolerance): boolean {
  const mag = Math.max(Math.abs(a.low ?? a.high ?? 0), Math.abs(b.low ?? b.high ?? 0));
  const slack = Math.max(tol.absolute ?? 0, (tol.relative ?? 0) * mag);
  const aLow = a.low ?? -Infinity;
  const aHigh = a.high ?? Infinity;
  const bLow = b.low ?? -Infinity;
  const bHigh = b.high ?? Infinity;
  return aLow - slack <= bHigh && bLow - slack <= aHigh;
}
