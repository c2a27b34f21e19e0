// Dated events: a date (via chrono-node) in a sentence that names an event. Relative and partial dates are
// resolved against the publication date, and the parts that were inferred are recorded.
import { parseDates } from '../core/chrono-reader.js';
import { execAll } from '../core/regex.js';
import type { ClaimDate, Doc } from '../core/types.js';

export interface DateHit {
  start: number;
  end: number;
  date: ClaimDate;
}

/** Words that may sit near a date. They only shape the stretches chrono reads (see `windows`): what chrono finds
 *  depends on the text it is given, so these stay as they were, loose as they are ("market" starts like "mar"). */
const NEAR_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b(?:19|20)\d{2}\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\b(?:ago|yesterday|last|this|today)\b/gi;

// What chrono (casual English) can turn into a month- or year-certain date; anything else it reads is dropped
// below, so a stretch without one of these is not worth parsing. Weekdays and clock times alone never fix a
// month; bare years ("in 1962") are read below without chrono. Each part is a superset of chrono's own pattern.
const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** chrono's units, abbreviations included: "5m out" and "lasts" (last + s) are dates to it. */
const UNIT = 'seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|months?|mos?|mon|quarters?|qtr|years?|yrs?|y';
/** Count words chrono accepts glued to their unit ("twoyears ago"). */
const COUNT_WORD = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of';
const COUNT = '\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half(?:\\s{0,2}an?)?|an?(?:\\s{0,2}few)?|few|several|the|a?\\s{0,2}couple\\s{0,2}(?:of)?';
const DATE_FORM = new RegExp(
  [
    // chrono also reads "inMarch" and "3rdJan", so only the end of the name is checked
    `(?:${MONTH})(?![a-z])`,
    // 03/04, 21.10.2022, 2022-10-21, 2022 10 21, 3/2023
    '\\d{1,2}/\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2}|\\d{4}[-./\\s]\\d{1,2}[-./\\s]\\d{1,2}',
    // "this month", "last year", "in 5 years", "for two quarters", "next 3 months", "-3 days"
    `(?:\\b(?:within|in|for|this|last|past|next|after)|(?<!\\w)[+-])\\s*(?:(?:about|around|roughly|approximately|just)\\s*(?:~\\s*)?)?(?:(?:about|around)\\s{0,3})?(?:(?:${COUNT})\\s{0,3})?(?:${UNIT})(?![a-z])`,
    // "two years ago", "a year later", "5m out"
    `(?<=^|[^a-z]|${COUNT_WORD})(?:${UNIT})\\s{0,5}(?:ago|before|earlier|later|after|from\\s+now|henceforth|forward|out)(?![a-z])`,
    '\\b(?:today|tomorrow|overmorrow|tmrw?|yesterday)\\b',
    '\\b(?:last\\s+day|end)\\s+of\\s+(?:the\\s+)?month\\b',
  ].join('|'),
  'i',
);

/** Whether chrono could read a month- or year-certain date in `text`. */
export const mayHoldDate = (text: string): boolean => DATE_FORM.test(text);

/** chrono's cost grows with the text it reads: it reads only this many characters either side of a date-like word. */
const WINDOW = 40;

/** Stretches of the sentence around date-like words, merged where they overlap, cut at spaces. */
function windows(sentence: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of execAll(NEAR_DATE, sentence)) {
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

/**
 * Dates by publication date and sentence text, across documents: `findDates` depends on nothing else, and the
 * same sentence recurs in copies of a document, in syndicated text and in a spun document's restored view
 * (a second document object with mostly the same sentences). Bounded: emptied when full, so a long run of
 * distinct sentences costs at most this many entries (each key holds its sentence's text).
 */
const byText = new Map<string, DateHit[]>();
const BY_TEXT_LIMIT = 20_000;

/** NEAR_DATE without the global flag, to test a whole sentence. */
const ANY_NEAR_DATE = new RegExp(NEAR_DATE.source, 'i');
/** What every sentence without a date-like word gets: shared, so it is frozen. */
const NO_DATES: DateHit[] = Object.freeze([]) as unknown as DateHit[];

/** The dates of the sentence at [start, end) of `doc`, parsed once however often they are asked for. */
export function datesIn(doc: Doc, start: number, end: number): DateHit[] {
  // Most sentences hold no date-like word: `findDates` returns nothing for them on exactly this test, so they
  // skip the caches (a key holds the sentence's text) and the parse.
  const sentence = doc.text.slice(start, end);
  if (!mayHoldAny(sentence)) return NO_DATES;
  let cache = perDoc.get(doc);
  if (!cache) perDoc.set(doc, (cache = new Map()));
  const hit = cache.get(start);
  if (hit) return hit;
  // findDates reads a null and an empty publication date alike, so the two may share a key.
  const key = `${doc.published ?? ''}\u0000${sentence}`;
  let found = byText.get(key);
  if (!found) {
    found = findDates(sentence, doc.published);
    if (byText.size >= BY_TEXT_LIMIT) byText.clear();
    byText.set(key, found);
  }
  cache.set(start, found);
  return found;
}

const WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** Without a publication date only dates with a written year are kept; a fixed instant keeps chrono off the clock. */
const NO_CLOCK = new Date(Date.UTC(2000, 0, 1));

/** False exactly when `findDates` returns at once: no date-like word (no window) and no nineteenth-century year. */
function mayHoldAny(sentence: string): boolean {
  return ANY_NEAR_DATE.test(sentence) || /\b18\d{2}\b/.test(sentence);
}

export function findDates(sentence: string, published: string | null): DateHit[] {
  const near = windows(sentence);
  // A nineteenth-century year ("first opened in 1889") is no date-like word for chrono, but the bare-year reading below takes it.
  if (near.length === 0 && !/\b18\d{2}\b/.test(sentence)) return [];
  const ref = published ? new Date(`${published}T12:00:00Z`) : undefined;
  const out: DateHit[] = [];
  // chrono is the slowest step: a stretch holding no form it can resolve is skipped, which loses nothing.
  const readable = near.filter(([a, b]) => mayHoldDate(sentence.slice(a, b)));
  const parsed = readable.flatMap(([a, b]) => parseDates(sentence.slice(a, b), { instant: ref ?? NO_CLOCK, timezone: 0 }).map((r) => ({ r, at: a + r.index })));
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
  if (ref && /ago/i.test(sentence)) {
    for (const m of execAll(/\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(decades?|years?)\s+ago\b/gi, sentence)) {
      const start = m.index ?? 0;
      if (out.some((d) => d.start < start + m[0].length && d.end > start)) continue;
      const n = WORDS[(m[1] ?? '').toLowerCase()] ?? Number(m[1]);
      const y = ref.getUTCFullYear() - n * (/decade/i.test(m[2] ?? '') ? 10 : 1);
      out.push({ start, end: start + m[0].length, date: { iso: `${String(y).padStart(4, '0')}-01-01`, precision: 'year', inferred: ['year'] } });
    }
  }
  // chrono leaves bare years ("founded in 1962") unread; a year after a preposition is a date of year precision.
  for (const m of execAll(/\b(?:in|since|from|of|by)\s+((?:1[89]|20)\d{2})\b(?![-–/.,]\d)/gi, sentence)) {
    const y = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].length - y.length;
    if (out.some((d) => d.start < start + 4 && d.end > start)) continue;
    out.push({ start, end: start + 4, date: { iso: `${y}-01-01`, precision: 'year', inferred: [] } });
  }
  return out.sort((a, b) => a.start - b.start);
}
