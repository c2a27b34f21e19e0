// corroboration: independent sources that agree on a value. Fact-checkers want to see what is confirmed,
// not only what conflicts; a notice, never a contradiction.
import { z } from 'zod';
import { render } from '../core/template.js';
import type { Claim, Segmented } from '../core/types.js';
import { draft, ruleBase, type Draft, type EvalContext } from './common.js';
import { allAgree, framer, byPosition, describeClaim, partition, publishedDates, scopeOptions } from './compare.js';

export const corroborationSchema = z
  .object({
    type: z.literal('corroboration'),
    ...ruleBase,
    hardScopes: scopeOptions.hardScopes,
    periodWords: scopeOptions.periodWords,
    outlookWords: scopeOptions.outlookWords,
    minSources: z.number().int().min(2).default(2).describe('Independent sources (publishers, else documents) that must agree'),
    exactOnly: z.boolean().default(true).describe('Count only claims with both ends stated; "more than $50 billion" confirms little'),
  })
  .strict();

export type CorroborationRule = z.output<typeof corroborationSchema>;
export const corroborationFields = ['subject', 'metric', 'values', 'sources'] as const;

export function evaluateCorroboration(rule: CorroborationRule, ctx: EvalContext): Draft[] {
  const metrics = new Map(ctx.data.metrics.metrics.map((m) => [m.id, m]));
  const published = publishedDates(ctx.docs);
  const frame = framer(ctx.docs, rule.periodWords, rule.outlookWords);
  const source = sourceOf(ctx.docs);
  const out: Draft[] = [];
  for (const g of ctx.groups) {
    if (g.key.includes('|event:')) continue;
    const metric = metrics.get(g.metric);
    const tol = metric?.tolerance ?? {};
    for (const part of partition(g.claims, rule.hardScopes, metric?.timeVarying ?? false, published, frame)) {
      const used = part.filter((c) => !rule.exactOnly || (c.value.low !== null && c.value.high !== null)).sort(byPosition);
      const sources = [...new Set(used.map((c) => source(c)))].sort();
      if (sources.length < rule.minSources) continue;
      if (!allAgree(used, tol)) continue;
      out.push(
        draft({
          kind: 'notice',
          severity: rule.severity,
          message: render(rule.message, {
            subject: used[0]?.subject.name ?? g.subject,
            metric: g.metric,
            values: used.map(describeClaim).join(', '),
            sources: sources.length,
          }),
          spans: used.map((c) => c.span),
          claims: used.map((c) => c.id),
          key: [g.key, ...used.map((c) => `${c.doc}=${c.value.low}..${c.value.high}`).sort()],
          notes: sources,
        }),
      );
    }
  }
  return out;
}

/** Two documents from one publisher are one source. */
function sourceOf(docs: readonly Segmented[]): (c: Claim) => string {
  const publisher = new Map(docs.map((d) => [d.doc.id, d.doc.publisher?.toLowerCase() ?? d.doc.id]));
  return (c) => publisher.get(c.doc) ?? c.doc;
}
