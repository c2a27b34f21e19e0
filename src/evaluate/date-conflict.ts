// date-conflict: one event of one subject given dates that cannot both be right, at the precision each
// source wrote ("June 2021" agrees with "June 3, 2021"; "June 3" and "13 June" do not).
import { z } from 'zod';
import { render } from '../core/template.js';
import type { Claim, ClaimDate } from '../core/types.js';
import { draft, ruleBase, severity, type Draft, type EvalContext } from './common.js';
import { byPosition, comparable, docName } from './compare.js';

export const dateConflictSchema = z
  .object({
    type: z.literal('date-conflict'),
    ...ruleBase,
    events: z
      .array(z.string())
      .default(['founded', 'listing', 'groundbreaking'])
      .describe('Event ids (rules/data/events.yaml) that happen once per subject; others (announcements, releases) recur and are not compared'),
    sameDocument: z.boolean().default(false).describe('Also compare dates within one document'),
    inferredSeverity: severity.default('warning').describe('Severity when a compared date has its year or month inferred from the publication date'),
  })
  .strict();

export type DateConflictRule = z.output<typeof dateConflictSchema>;
export const dateConflictFields = ['subject', 'event', 'dates', 'sources'] as const;

export function evaluateDateConflict(rule: DateConflictRule, ctx: EvalContext): Draft[] {
  const once = new Set(rule.events);
  const out: Draft[] = [];
  for (const g of ctx.groups) {
    const event = /\|event:([^|]+)\|/.exec(g.key)?.[1];
    if (!event || !once.has(event)) continue;
    const dated = g.claims.filter((c): c is Claim & { date: ClaimDate } => c.date !== null && !c.date.inferred.includes('month'));
    const hit = new Set<Claim>();
    for (let i = 0; i < dated.length; i++)
      for (let j = i + 1; j < dated.length; j++) {
        const a = dated[i];
        const b = dated[j];
        if (a && b && comparable(a, b, rule.sameDocument) && !datesAgree(a.date, b.date)) hit.add(a).add(b);
      }
    if (hit.size < 2) continue;
    const involved = [...hit].sort(byPosition);
    const inferred = involved.some((c) => (c.date?.inferred.length ?? 0) > 0);
    out.push(
      draft({
        kind: 'contradiction',
        severity: inferred ? rule.inferredSeverity : rule.severity,
        message: render(rule.message, {
          subject: involved[0]?.subject.name ?? g.subject,
          event,
          dates: involved.map((c) => `"${c.text}" [${showDate(c.date)}] (${docName(c.doc)})`).join(' vs '),
          sources: new Set(involved.map((c) => c.doc)).size,
        }),
        spans: involved.map((c) => c.span),
        claims: involved.map((c) => c.id),
        key: [g.key, ...involved.map((c) => `${c.doc}=${c.date?.iso}/${c.date?.precision}`).sort()],
        actual: involved.map((c) => showDate(c.date)).join(' vs '),
      }),
    );
  }
  return out;
}

/** A date as the days it may stand for: "2021" is all of 2021, "June 2021" all of June. */
export function dateRange(d: ClaimDate): [string, string] {
  const [y = '0000', m = '01'] = d.iso.split('-');
  if (d.precision === 'year') return [`${y}-01-01`, `${y}-12-31`];
  if (d.precision === 'month') return [`${y}-${m}-01`, `${y}-${m}-31`];
  return [d.iso, d.iso];
}

/** A year guessed from a publication date is not evidence: then only the written month and day are compared. */
export function datesAgree(a: ClaimDate, b: ClaimDate): boolean {
  if (a.inferred.includes('year') || b.inferred.includes('year')) {
    if (a.precision === 'year' || b.precision === 'year') return true;
    return datesAgree({ ...a, iso: `2000${a.iso.slice(4)}`, inferred: [] }, { ...b, iso: `2000${b.iso.slice(4)}`, inferred: [] });
  }
  const [aLow, aHigh] = dateRange(a);
  const [bLow, bHigh] = dateRange(b);
  return aLow <= bHigh && bLow <= aHigh;
}

function showDate(d: ClaimDate | null): string {
  if (!d) return 'no date';
  return d.precision === 'year' ? d.iso.slice(0, 4) : d.precision === 'month' ? d.iso.slice(0, 7) : d.iso;
}
