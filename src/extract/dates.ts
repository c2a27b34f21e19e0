// Dated events: a date (via chrono-node) in a sentence that names an event. Relative and partial dates are
// resolved against the publication date, and the parts that were inferred are recorded.
import * as chrono from 'chrono-node';
import type { ClaimDate } from '../core/types.js';

export interface DateHit {
  start: number;
  end: number;
  date: ClaimDate;
}

/** Cheap pre-filter: chrono is the slowest step, so only sentences that may hold a date reach it. */
const MAYBE_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b(?:19|20)\d{2}\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\b(?:ago|yesterday|last|this)\b/i;

export function findDates(sentence: string, published: string | null): DateHit[] {
  if (!MAYBE_DATE.test(sentence)) return [];
  const ref = published ? new Date(`${published}T12:00:00Z`) : undefined;
  const out: DateHit[] = [];
  for (const r of chrono.parse(sentence, ref ? { instant: ref, timezone: 0 } : undefined)) {
    const c = r.start;
    const hasYear = c.isCertain('year');
    const hasMonth = c.isCertain('month');
    const hasDay = c.isCertain('day');
    if (!hasMonth && !hasYear) continue; // weekdays and times alone are not event dates
    if (!hasYear && !ref) continue; // a partial date cannot be placed without a publication date
    const precision = hasDay ? 'day' : hasMonth ? 'month' : 'year';
    const inferred = hasYear ? [] : ['year'];
    const y = c.get('year') ?? 0;
    const m = precision === 'year' ? 1 : (c.get('month') ?? 1);
    const d = precision === 'day' ? (c.get('day') ?? 1) : 1;
    out.push({
      start: r.index,
      end: r.index + r.text.length,
      date: { iso: `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, precision, inferred },
    });
  }
  return out;
}
