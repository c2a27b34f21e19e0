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
