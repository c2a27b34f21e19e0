// Dated events: a date (via chrono-node) in a sentence that names an event. Relative and partial dates are
// resolved against the publication date, and the parts that were inferred are recorded.
import * as chrono from 'chrono-node';
import type { ClaimDate, Doc } from '../core/types.js';

export interface DateHit {
  start: number;
  end: number;
  date: ClaimDate;
}

/** Cheap pre-filter: chrono is the slowest step, so only sentences that may hold a date reach it. */
const MAYBE_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b(?:19|20)\d{2}\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\b(?:ago|yesterday|last|this|today)\b/i;
const MAYBE_DATE_ALL = new RegExp(MAYBE_DATE.source, 'gi');
/** chrono's cost grows with the text it reads: it reads only this many characters either side of a date-like word. */
const WINDOW = 40;

/** Stretches of the sentence around date-like words, merged where they overlap, cut at spaces. */
function windows(sentence: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of sentence.matchAll(MAYBE_DATE_ALL)) {
    let a = Math.max(0, (m.index ?? 0) - WINDOW);
    let b = Math.min(sentence.length, (m.index ?? 0) + m[0].length + WINDOW);
    while (a > 0 && !/\s/.test(sentence[a - 1] ?? '')) a--;
    while (b < sentence.length && !/\s/.test(sentence[b] ?? '')) b++;
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Dates per sentence start, per document: extraction and coverage both read every dated sentence, and chrono is
 *  the slowest step, so each sentence is parsed once. Keyed by the document object, so nothing outlives it. */
const perDoc = new WeakMap<Doc, Map<number, DateHit[]>>();

/** The dates of the sentence at [start, end) of `doc`, parsed once however often they are asked for. */
export function datesIn(doc: Doc, start: number, end: number): DateHit[] {
  let cache = perDoc.get(doc);
  if (!cache) perDoc.set(doc, (cache = new Map()));
  const hit = cache.get(start);
  if (hit) return hit;
  const found = findDates(doc.text.slice(start, end), doc.published);
  cache.set(start, found);
  return found;
}

const WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** Without a publication date only dates with a written year are kept; a fixed instant keeps chrono off the clock. */
const NO_CLOCK = new Date(Date.UTC(2000, 0, 1));

export function findDates(sentence: string, published: string | null): DateHit[] {
  if (!MAYBE_DATE.test(sentence)) return [];
  const ref = published ? new Date(`${published}T12:00:00Z`) : undefined;
  const out: DateHit[] = [];
  const parsed = windows(sentence).flatMap(([a, b]) => chrono.parse(sentence.slice(a, b), { instant: ref ?? NO_CLOCK, timezone: 0 }).map((r) => ({ r, at: a + r.index })));
  for (const { r, at } of parsed) {
    if (/\b(?:minutes?|hours?|seconds?|night|morning|afternoon|evening|tonight|now|moment|noon|midnight)\b/i.test(r.text)) continue;
    const c = r.start;
    const hasYear = c.isCertain('year');
    const hasMonth = c.isCertain('month');
    const hasDay = c.isCertain('day');
    if (!hasMonth && !hasYear) continue; // weekdays and times alone are not event dates
    const statedYear = /\b\d{4}\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}/.test(r.text);
    // A partial or relative date cannot be placed without a publication date (never against today's date).
    if (!ref && !statedYear) continue;
    const precision = hasDay ? 'day' : hasMonth ? 'month' : 'year';
    const statedMonth = /\d{1,2}[./-]\d{1,2}|[a-z]{3}/i.test(r.text.replace(/\b(?:this|last|next|ago|year|years|today|yesterday|tomorrow|week|the|of|in|on|a|decade|decades|two|three|four|five|ten)\b/gi, ''));
    const inferred = [...(statedYear ? [] : ['year']), ...(precision !== 'year' && !statedMonth ? ['month'] : []), ...(precision === 'day' && !/\d/.test(r.text) ? ['day'] : [])];
    const y = c.get('year') ?? 0;
    const m = precision === 'year' ? 1 : (c.get('month') ?? 1);
    const d = precision === 'day' ? (c.get('day') ?? 1) : 1;
    out.push({
      start: at,
      end: at + r.text.length,
      date: { iso: `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, precision, inferred },
    });
  }
  // "two decades ago", "five years ago": chrono reads days and months ago, not decades; counted back from publication.
  if (ref) {
    for (const m of sentence.matchAll(/\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(decades?|years?)\s+ago\b/gi)) {
      const start = m.index ?? 0;
      if (out.some((d) => d.start < start + m[0].length && d.end > start)) continue;
      const n = WORDS[(m[1] ?? '').toLowerCase()] ?? Number(m[1]);
      const y = ref.getUTCFullYear() - n * (/decade/i.test(m[2] ?? '') ? 10 : 1);
      out.push({ start, end: start + m[0].length, date: { iso: `${String(y).padStart(4, '0')}-01-01`, precision: 'year', inferred: ['year'] } });
    }
  }
  // chrono leaves bare years ("founded in 1962") unread; a year after a preposition is a date of year precision.
  for (const m of sentence.matchAll(/\b(?:in|since|from|of|by)\s+((?:1[89]|20)\d{2})\b(?![-–/.,]\d)/gi)) {
    const y = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].length - y.length;
    if (out.some((d) => d.start < start + 4 && d.end > start)) continue;
    out.push({ start, end: start + 4, date: { iso: `${y}-01-01`, precision: 'year', inferred: [] } });
  }
  return out.sort((a, b) => a.start - b.start);
}
