// period-sanity: statements no calendar allows — "six consecutive quarters in 2024", a weekday that does not
// fall on the date beside it, a date after the document's publication told in the past tense, and one
// document giving the same elapsed time two ways ("a decade ago" … "eleven years later").
import { z } from 'zod';
import { execAll } from '../core/regex.js';
import { render } from '../core/template.js';
import type { Segmented, Span } from '../core/types.js';
import { draft, ruleBase, severity, type Draft, type EvalContext } from './common.js';
import { DAYS, MONTHS } from '../core/calendar.js';

/** A regular expression kept as text; checked when the rule file loads, so evaluation never throws on it. */
const regex = z.string().refine((p) => {
  try {
    new RegExp(p);
    return true;
  } catch {
    return false;
  }
}, 'a valid regular expression');

export const periodSanitySchema = z
  .object({
    type: z.literal('period-sanity'),
    ...ruleBase,
    pastCues: z
      .array(regex)
      .default(['was', 'were', 'had', 'held', 'took place', 'said', 'began', 'won', 'rose', 'fell', '[a-z]{3,}ed'])
      .describe('Past-tense words (regular expressions, whole words, lower-case) that, in a sentence with a date after the publication date, make it impossible; "[a-z]{3,}ed" catches regular verbs'),
    notPast: z
      .array(z.string())
      .default(['united', 'limited', 'based', 'indeed', 'hundred', 'speed', 'proceed', 'exceed', 'succeed', 'seed', 'feed', 'breed', 'embed', 'related', 'detailed', 'advanced', 'red', 'bed', 'shed', 'sacred', 'naked', 'wicked', 'beloved', 'learned', 'aged', 'skilled', 'renewed'])
      .describe('Words ending in -ed that are not past-tense verbs ("United", "based"), lower-case'),
    futureCues: z
      .array(regex)
      .default(['will', 'would', 'plans?', 'planned', 'expected', 'scheduled', 'set to', 'due', 'to be', 'forecast', 'by', 'until', 'proposed', 'intends?', 'aims?', 'may', 'might', 'could'])
      .describe('Words (regular expressions, whole words, lower-case) that make a later date a plan, not a report; they win over past-tense words'),
    elapsedSeverity: severity.default('warning').describe('Severity when one document states the elapsed time since an event two ways'),
  })
  .strict();

export type PeriodSanityRule = z.output<typeof periodSanitySchema>;
export const periodSanityFields = ['problem', 'quote'] as const;

const WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20 };
const PER_YEAR: Readonly<Record<string, number>> = { quarter: 4, month: 12, week: 53 };

export function evaluatePeriodSanity(rule: PeriodSanityRule, ctx: EvalContext): Draft[] {
  const out: Draft[] = [];
  // Compiled once per run, not once per sentence.
  const words = (xs: readonly string[]) => new RegExp(`\\b(?:${xs.join('|')})\\b`);
  const stop = rule.notPast.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const cues = { past: new RegExp(`\\b(?!(?:${stop || '$^'})\\b)(?:${rule.pastCues.join('|')})\\b`), future: words(rule.futureCues) };
  const events = ctx.data.events.events.map((e) => ({ id: e.id, re: words(e.triggers.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))) }));
  for (const d of ctx.docs) {
    const say = (sev: typeof rule.severity, problem: string, span: Span, key: string) =>
      out.push(draft({ kind: 'contradiction', severity: sev, message: render(rule.message, { problem, quote: `"${d.doc.text.slice(span.start, span.end)}"` }), spans: [span], key: [d.doc.id, key, String(span.start)] }));
    for (const f of consecutive(d)) say(rule.severity, f.problem, f.span, 'consecutive');
    for (const f of weekdays(d)) say(rule.severity, f.problem, f.span, 'weekday');
    for (const f of elapsed(d, events)) say(rule.elapsedSeverity, f.problem, f.span, 'elapsed');
    for (const f of futurePast(cues, d)) say(rule.elapsedSeverity, f.problem, f.span, 'future-past');
  }
  return out;
}

type Hit = { problem: string; span: Span };

function num(w: string): number | null {
  const l = w.toLowerCase();
  return /^\d+$/.test(l) ? Number(l) : (WORDS[l] ?? null);
}

/** "six consecutive quarters in 2024": more periods than the year holds. */
function consecutive({ doc }: Segmented): Hit[] {
  const re = /\b(\w+)\s+(?:consecutive|straight|successive)\s+(quarter|month|week)s?\s+(?:in|of|during)\s+(\d{4})\b/gi;
  return [...doc.text.matchAll(re)].flatMap((m) => {
    const n = num(m[1] ?? '');
    const unit = (m[2] ?? '').toLowerCase();
    const max = PER_YEAR[unit] ?? Infinity;
    if (n === null || n <= max) return [];
    const start = m.index ?? 0;
    return [{ problem: `${n} consecutive ${unit}s cannot fit in ${m[3]}, which has ${max}`, span: { doc: doc.id, start, end: start + m[0].length } }];
  });
}

// The date patterns are the same for every document, so they are built once (matchAll copies a global regex and
// execAll leaves its lastIndex as it was, so sharing them is safe).
const MONTH_NAMES = MONTHS.join('|');
const WEEKDAY_DATE = new RegExp(`\\b(${DAYS.join('|')}),?\\s+(?:(${MONTH_NAMES})\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAMES}))(?:,?\\s+(\\d{4}))?`, 'gi');
/** A date with its year written: "March 4, 2025", "March 2025", "4 March 2025". */
const YEAR_DATE = new RegExp(`\\b(?:(${MONTH_NAMES})\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES}),?\\s+)(\\d{4})\\b`, 'gi');
const ANY_YEAR_DATE = new RegExp(YEAR_DATE.source, 'i');

/** "Tuesday, March 4, 2025" must be a Tuesday; the year defaults to the publication year. */
function weekdays({ doc }: Segmented): Hit[] {
  return [...doc.text.matchAll(WEEKDAY_DATE)].flatMap((m) => {
    const monthName = (m[2] ?? m[5] ?? '').toLowerCase();
    const day = Number(m[3] ?? m[4]);
    const year = m[6] ? Number(m[6]) : doc.published ? Number(doc.published.slice(0, 4)) : null;
    if (year === null) return [];
    const mi = MONTHS.indexOf(monthName);
    const date = new Date(Date.UTC(year, mi, day));
    if (date.getUTCMonth() !== mi) return [];
    const actual = DAYS[date.getUTCDay()] ?? '';
    if (actual === (m[1] ?? '').toLowerCase()) return [];
    const start = m.index ?? 0;
    const iso = date.toISOString().slice(0, 10);
    const yearNote = m[6] ? '' : ' (year taken from the publication date)';
    return [{ problem: `${iso} fell on a ${cap(actual)}, not a ${cap(m[1] ?? '')}${yearNote}`, span: { doc: doc.id, start, end: start + m[0].length } }];
  });
}

/** "a decade ago" and "eleven years later" about the same event in one document. */
function elapsed({ doc, paragraphs }: Segmented, events: readonly { id: string; re: RegExp }[]): Hit[] {
  const re = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|\d{1,3})\s+(years?|decades?)\s+(ago|later|on|since|earlier)\b/gi;
  const seen = new Map<string, { years: number; text: string; span: Span }>();
  const out: Hit[] = [];
  // Most documents give no elapsed time at all; a loose test of the whole text spares reading their sentences.
  if (!/(?:years?|decades?)\s+(?:ago|later|on|since|earlier)/i.test(doc.text)) return out;
  for (const s of paragraphs.flatMap((p) => p.sentences)) {
    const sentence = doc.text.slice(s.start, s.end).toLowerCase();
    if (!/\b(?:years?|decades?)\s+(?:ago|later|on|since|earlier)\b/.test(sentence)) continue;
    const named = events.filter((e) => e.re.test(sentence));
    if (named.length !== 1) continue;
    const event = named[0]?.id ?? '';
    for (const m of execAll(re, sentence)) {
      const n = num(m[1] ?? '');
      if (n === null) continue;
      const years = (m[2] ?? '').startsWith('decade') ? n * 10 : n;
      const start = s.start + (m.index ?? 0);
      const here = { years, text: m[0], span: { doc: doc.id, start, end: start + m[0].length } };
      const before = seen.get(event);
      if (before && before.years !== years) out.push({ problem: `"${before.text}" and "${here.text}" give the time since the ${event} event as ${before.years} and ${years} years`, span: here.span });
      else if (!before) seen.set(event, here);
    }
  }
  return out;
}

/**
 * A date with its year written, after the publication date, in a sentence told in the past tense. Read from
 * the text, because extraction keeps only dates of known events.
 */
function futurePast(cues: { past: RegExp; future: RegExp }, { doc, paragraphs }: Segmented): Hit[] {
  if (!doc.published) return [];
  const re = YEAR_DATE;
  const any = ANY_YEAR_DATE;
  const out: Hit[] = [];
  for (const s of paragraphs.flatMap((p) => p.sentences)) {
    const sentence = doc.text.slice(s.start, s.end);
    // The date is the rarer half: only sentences with one have their tense read.
    if (!any.test(sentence)) continue;
    const lower = sentence.toLowerCase();
    if (!cues.past.test(lower) || cues.future.test(lower)) continue;
    for (const m of execAll(re, sentence)) {
      const mi = MONTHS.indexOf((m[1] ?? m[4] ?? '').toLowerCase()) + 1;
      const day = m[2] ?? m[3];
      const iso = `${m[5]}-${String(mi).padStart(2, '0')}${day ? `-${day.padStart(2, '0')}` : ''}`;
      // A month is after publication only when all of it is.
      if ((day ? iso : `${iso}-01`) <= doc.published || (!day && iso === doc.published.slice(0, 7))) continue;
      const start = s.start + (m.index ?? 0);
      out.push({ problem: `${iso} is after the publication date ${doc.published} but is told in the past tense`, span: { doc: doc.id, start, end: start + m[0].length } });
    }
  }
  return out;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}
