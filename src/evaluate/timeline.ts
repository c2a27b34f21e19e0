// timeline: a time-varying metric (price, P/E, market value) stated at different dates is a change, not a
// contradiction; value-conflict keeps such claims apart and this rule shows them as one dated notice.
import { z } from 'zod';
import { formatInterval } from '../core/format-value.js';
import { render } from '../core/template.js';
import { draft, ruleBase, type Draft, type EvalContext } from './common.js';
import { allAgree, framer, asOf, byPosition, describeClaim, partition, publishedDates, scopeOptions } from './compare.js';

export const timelineSchema = z
  .object({
    type: z.literal('timeline'),
    ...ruleBase,
    hardScopes: scopeOptions.hardScopes,
    periodWords: scopeOptions.periodWords,
    outlookWords: scopeOptions.outlookWords,
  })
  .strict();

export type TimelineRule = z.output<typeof timelineSchema>;
export const timelineFields = ['subject', 'metric', 'timeline', 'dates'] as const;

export function evaluateTimeline(rule: TimelineRule, ctx: EvalContext): Draft[] {
  const varying = new Map(ctx.data.metrics.metrics.map((m) => [m.id, m]));
  const published = publishedDates(ctx.docs);
  const frame = framer(ctx.docs, rule.periodWords, rule.outlookWords);
  const out: Draft[] = [];
  for (const g of ctx.groups) {
    const metric = varying.get(g.metric);
    if (!metric?.timeVarying) continue;
    for (const part of partition(g.claims, rule.hardScopes, false, published, frame)) {
      const dated = part.filter((c) => asOf(c, published) !== '');
      const dates = [...new Set(dated.map((c) => asOf(c, published)))].sort();
      if (dates.length < 2 || allAgree(dated, metric.tolerance)) continue;
      const ordered = [...dated].sort((a, b) => cmp(asOf(a, published), asOf(b, published)) || byPosition(a, b));
      const timeline = ordered.map((c) => `${asOf(c, published)}: ${describeClaim(c)}`).join('; ');
      out.push(
        draft({
          kind: 'notice',
          severity: rule.severity,
          message: render(rule.message, { subject: ordered[0]?.subject.name ?? g.subject, metric: g.metric, timeline, dates: dates.length }),
          spans: ordered.map((c) => c.span),
          claims: ordered.map((c) => c.id),
          key: [g.key, ...ordered.map((c) => `${asOf(c, published)}=${c.value.low}..${c.value.high}`)],
          actual: ordered.map((c) => formatInterval(c.value)).join(' → '),
          notes: ordered.map((c) => `${asOf(c, published)} ${c.text}`),
        }),
      );
    }
  }
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
