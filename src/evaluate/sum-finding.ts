// The finding sum-check reports, shared by its two checks: parts beside their total, and funding against a cost.
import { formatInterval } from '../core/format-value.js';
import { render } from '../core/template.js';
import type { Claim } from '../core/types.js';
import { draft, type Draft } from './common.js';
import { docName, widened } from './compare.js';
import type { SumCheckRule } from './sum-check.js';

/** Parts whose sum does not meet the total; `key` tells findings of the two checks apart. */
export function sumFinding(rule: SumCheckRule, total: Claim, parts: readonly Claim[], relation: string, sev: SumCheckRule['severity'], key: readonly string[]): Draft {
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

/** Where the parts' sum, each part widened by its rounding, stands against the total beyond `tolerance` (relative):
 *  above it, below it, or (null) within it. Both of sum-check's checks judge a sum this way. */
export function sumRelation(total: Claim, parts: readonly Claim[], tolerance: number): 'exceed' | 'fall short of' | null {
  const t = widened(total);
  const ws = parts.map(widened);
  const sumLow = ws.reduce((s, w) => s + (w.low ?? 0), 0);
  const sumHigh = ws.some((w) => w.high === null) ? null : ws.reduce((s, w) => s + (w.high ?? 0), 0);
  const slack = tolerance * Math.abs(t.low ?? t.high ?? 0);
  if (t.high !== null && sumLow > t.high + slack) return 'exceed';
  if (t.low !== null && sumHigh !== null && sumHigh < t.low - slack) return 'fall short of';
  return null;
}
