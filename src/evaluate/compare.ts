// Comparing claim values: tolerance, rounding, partitions by scope. Shared by value-conflict, timeline and
// corroboration so that "agree" means the same thing in all three.
import { z } from 'zod';
import { formatInterval } from '../core/format-value.js';
import { RELATIVE_YEAR } from '../core/relative-year.js';
import type { Claim, Interval, Segmented, Span } from '../core/types.js';

export interface Tolerance {
  relative?: number | undefined;
  absolute?: number | undefined;
}

export const scopeOptions = {
  hardScopes: z
    .array(z.string())
    .default(['geography', 'period'])
    .describe('Scope dimensions that must match for claims to be compared at all ("period" is the claim period); a hard difference means different things were measured'),
  softScopes: z
    .array(z.string())
    .default(['segment'])
    .describe('Scope dimensions that may differ (a narrower or differently named segment); claims are still compared, since writers conflate them'),
  periodWords: z
    .array(z.string())
    .default(['first quarter', 'second quarter', 'third quarter', 'fourth quarter', 'first half', 'second half', 'first-half', 'second-half', 'full-year', 'full year', 'quarterly', 'monthly', 'weekly', 'daily', 'last year', 'this year', 'next year', 'current financial year', 'current fiscal year', 'current year', 'this financial year', 'next financial year', 'coming year'])
    .describe('Words naming the span a value covers, lower-case; read from the sentence when extraction found no period, and values whose sentences name different spans are not compared ("annual" is left out: "annual report" names no span)'),
  outlookWords: z
    .array(z.string())
    .default(['expects', 'expect to', 'expected to', 'forecast', 'forecasts', 'projected', 'projects', 'projection', 'target', 'targets', 'guidance', 'outlook', 'plans to', 'aims to', 'could reach', 'will reach'])
    .describe('Words that make a value a projection, lower-case; a projection is compared only with projections'),
  plannedMetrics: z
    .array(z.string())
    .default(['budget'])
    .describe('Metrics whose values are plans by nature (a budget): outlook words ("plans to spend") do not set them apart from stated ones'),
  sameDocument: z
    .boolean()
    .default(false)
    .describe('Also compare claims from one document; off by default because one text giving two values usually means two things'),
};

const SCALE: Readonly<Record<string, number>> = { thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };

/**
 * Half of the last written digit, in the canonical unit: "$3.4 billion" may stand for 3.35–3.45 billion,
 * "4.8 million" for 4.75–4.85 million. Integers without a scale word are taken as exact.
 */
export function roundingSlack(c: Claim): number {
  const m = /(\d[\d,]*)(?:\.(\d+))?\s*(thousand|million|billion|trillion|mn|bn|tn|[kmb])?\b/i.exec(c.text);
  if (!m) return 0;
  const decimals = m[2]?.length ?? 0;
  const scale = m[3] ? (SCALE[m[3].toLowerCase()] ?? 1) : 1;
  if (!m[3] && decimals === 0 && c.value.unit !== '%') return 0;
  // 0.999 keeps values that merely touch apart ("37%" and "38%" stay different claims).
  const half = 0.5 * 10 ** -decimals * scale * 0.999;
  // A whole number of millions or billions ("$1 billion") is rarely meant as "anything from 0.5 to 1.5".
  if (m[3] && decimals === 0) return Math.min(half, 0.025 * Math.abs(c.value.low ?? c.value.high ?? 0));
  return half;
}

/** Claims never change after extraction, and rules ask for the same claim's interval again and again (pairwise
 *  comparisons in every bucket), so each is computed once, with its value-class key (see valueClasses). The
 *  intervals handed out are frozen: shared, never edited. */
const widenedCache = new WeakMap<Claim, { interval: Interval; key: string }>();

function widenedEntry(c: Claim): { interval: Interval; key: string } {
  const hit = widenedCache.get(c);
  if (hit) return hit;
  const s = roundingSlack(c);
  const interval: Interval = Object.freeze({ unit: c.value.unit, low: c.value.low === null ? null : c.value.low - s, high: c.value.high === null ? null : c.value.high + s });
  const entry = { interval, key: `${interval.low}|${interval.high}` };
  widenedCache.set(c, entry);
  return entry;
}

/** The claim's interval widened by its rounding slack; open ends stay open. */
export function widened(c: Claim): Interval {
  return widenedEntry(c).interval;
}

/** Two intervals agree when, widened by the tolerance, they share a point. Null ends are open. */
export function overlaps(a: Interval, b: Interval, tol: Tolerance): boolean {
  return gap(a, b) <= slackFor(a, b, tol);
}

/** How far apart two intervals are (0 when they overlap). */
export function gap(a: Interval, b: Interval): number {
  const aLow = a.low ?? -Infinity;
  const aHigh = a.high ?? Infinity;
  const bLow = b.low ?? -Infinity;
  const bHigh = b.high ?? Infinity;
  return Math.max(0, aLow - bHigh, bLow - aHigh);
}

export function slackFor(a: Interval, b: Interval, tol: Tolerance): number {
  const mag = Math.max(Math.abs(a.low ?? a.high ?? 0), Math.abs(b.low ?? b.high ?? 0));
  return Math.max(tol.absolute ?? 0, (tol.relative ?? 0) * mag);
}

export function claimsAgree(a: Claim, b: Claim, tol: Tolerance): boolean {
  return overlaps(widened(a), widened(b), tol);
}

/** Claims may be compared: different documents (or same-document comparison allowed), never one sentence. */
export function comparable(a: Claim, b: Claim, sameDocument: boolean): boolean {
  if (a.doc === b.doc) return sameDocument && a.sentence.start !== b.sentence.start;
  return true;
}

/** Value of a hard scope dimension; "period" is the claim's period. */
function dimValue(c: Claim, dim: string): string {
  return dim === 'period' ? (c.period ?? '') : (c.scope[dim] ?? '');
}

/**
 * Splits a group so that claims differing in a hard scope dimension never meet. An unstated dimension does
 * not match a stated one: "revenue" and "revenue in China" are not the same figure.
 * For time-varying metrics the date the value holds at is hard too.
 */
export function partition(
  claims: readonly Claim[],
  hard: readonly string[],
  timeVarying: boolean,
  published: ReadonlyMap<string, string | null>,
  frame: (c: Claim) => string = () => '',
  periodOf: (c: Claim) => string | null = (c) => c.period,
): Claim[][] {
  const parts = new Map<string, Claim[]>();
  for (const c of claims) {
    // The key is the dimensions joined by '|', built without an array per claim (this runs for every claim of
    // every group, once per rule).
    let k = '';
    for (const d of hard) k += `${d === 'period' ? (periodOf(c) ?? '') : dimValue(c, d)}|`;
    if (timeVarying) k += `${asOf(c, published)}|`;
    k += frame(c);
    const list = parts.get(k);
    if (list) list.push(c);
    else parts.set(k, [c]);
  }
  return [...parts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, p]) => p);
}

/** The date a value holds at: stated, else the document's publication date, else unknown (''). */
export function asOf(c: Claim, published: ReadonlyMap<string, string | null>): string {
  return c.asOf ?? published.get(c.doc) ?? '';
}

export function publishedDates(docs: readonly Segmented[]): Map<string, string | null> {
  return new Map(docs.map((d) => [d.doc.id, d.doc.published]));
}

/** The claim's values in the soft dimensions, as one key: claims with equal keys share their soft scope. */
export function softKey(c: Claim, soft: readonly string[]): string {
  return soft.map((d) => dimValue(c, d)).join('|');
}

/** Soft dimensions in which the claims differ, with the values each claim gives. */
export function softDifferences(claims: readonly Claim[], soft: readonly string[]): string[] {
  return soft
    .filter((d) => new Set(claims.map((c) => c.scope[d] ?? '')).size > 1)
    .map((d) => `${d} differs: ${[...new Set(claims.map((c) => c.scope[d] ?? 'unstated'))].join(' vs ')}`);
}

/** A file name without folders, for messages. */
export function docName(id: string): string {
  return id.split('/').pop() ?? id;
}

/** "more than $50 billion [≥ USD 50 billion] (a.txt)": as written, as normalised, where. */
export function describeClaim(c: Claim): string {
  const norm = formatInterval(c.value);
  return `"${c.text}" [${norm}] (${docName(c.doc)})`;
}

/** Claims in text order: document, then offset. */
export function byPosition(a: Claim, b: Claim): number {
  if (a.doc !== b.doc) return a.doc < b.doc ? -1 : 1;
  return a.span.start - b.span.start;
}

/**
 * Claims with the same widened interval, together. Comparisons run between these classes, so a bucket where
 * a hundred sources repeat one figure costs one comparison, not ten thousand.
 */
export function valueClasses(claims: readonly Claim[]): Claim[][] {
  const out = new Map<string, Claim[]>();
  for (const c of claims) {
    const k = widenedEntry(c).key;
    const list = out.get(k);
    if (list) list.push(c);
    else out.set(k, [c]);
  }
  return [...out.values()];
}

/** Every claim agrees with every other (checked class against class). */
export function allAgree(claims: readonly Claim[], tol: Tolerance): boolean {
  const reps = valueClasses(claims).map((list) => list[0] as Claim);
  for (let i = 0; i < reps.length; i++)
    for (let j = i + 1; j < reps.length; j++) if (!claimsAgree(reps[i] as Claim, reps[j] as Claim, tol)) return false;
  return true;
}

/**
 * The period a claim is compared in: its own, or, when it states none, the year extraction inferred from a
 * "last year" next to it in a dated document, so "212,000 patients last year" in a text of 2024 meets
 * "212,000 patients in 2023". A span of coming years ends in a year: "will cut 2,300 jobs over the next two
 * years" in a text of 2025 is the plan "to shed 3,200 jobs by 2027".
 */
export function periodOf(c: Claim): string | null {
  const ahead = c.period === null ? null : NEXT_YEARS.exec(c.period);
  const year = ahead && c.asOf ? Number(c.asOf.slice(0, 4)) : NaN;
  if (ahead && Number.isFinite(year)) return String(year + Number(ahead[1]));
  return c.period ?? c.impliedPeriod;
}
const NEXT_YEARS = /^next (\d+) years?$/;
/** Words that introduce a running total: "taking its total to", "bringing the number to", "giving it". */
const RUNNING_TOTAL = /\b(?:taking|bringing|lifting|pushing|raising|giving)\s+(?:(?:its|the|their)\s+(?:total|tally|count|number|base|membership)(?:\s+of\s+\w+)?\s+to|it)\s+(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?$/i;
/** ", which has 52,000 staff," and ", who joined in 2019,": a relative clause set off by commas. */
const RELATIVE_ASIDE = /,\s+(?:which|who)\s[^,;:()]*,/g;
/** A sentence's subject (a few words) and an aside on it that opens with "with" ("The lender, with 52,000 staff,"). */
const SUBJECT_ASIDE = /^\W*(?:(?:the|a|an)\s+)?(?:[\w'’&-]+\s+){0,3}[\w'’&-]+(,\s+with\s[^,;:()]*,)/;
/** An implied period that is a quarter or half of a year ("2025-Q2", "2025-H1"). */
const PART_OF_YEAR = /-[QH]\d$/;

/**
 * What a claim's sentence says about the span and mood of its value, when extraction gave no period:
 * "first-half revenue" and "full-year revenue", or a forecast and a result, are different figures.
 */
export function framer(docs: readonly Segmented[], periodWords: readonly string[], outlookWords: readonly string[], plannedMetrics: readonly string[] = []): (c: Claim) => string {
  const text = new Map(docs.map((d) => [d.doc.id, d.doc.text]));
  const escape = (w: string) => w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const period = periodWords.length ? new RegExp(`\\b(?:${periodWords.map(escape).join('|')})\\b`) : null;
  const outlook = outlookWords.length ? new RegExp(`\\b(?:${outlookWords.map(escape).join('|')})\\b`) : null;
  // The claims of one sentence share its span object (extraction makes one per sentence), so each sentence is
  // read once; keyed by that object, a lookup costs no string building.
  const read = new WeakMap<Span, { span: string; spanAt: number; outlook: string; asides: Array<{ start: number; end: number; outlook: string }> }>();
  return (c) => {
    let r = read.get(c.sentence);
    if (!r) {
      const sentence = (text.get(c.doc) ?? '').slice(c.sentence.start, c.sentence.end).toLowerCase();
      const forecast = outlook?.test(sentence) ?? false;
      // ", which has a workforce of 52,000,": a relative clause between commas states a fact of its own.
      const asides = forecast
        ? [...sentence.matchAll(RELATIVE_ASIDE)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, outlook: outlook?.test(m[0]) ? 'outlook' : '' }))
        : [];
      // "The water company, with 2.6 million customers, plans to invest …": an aside on the sentence's subject too.
      const described = forecast ? SUBJECT_ASIDE.exec(sentence) : null;
      if (described?.[1]) {
        const start = described.index + described[0].length - described[1].length;
        asides.push({ start, end: start + described[1].length, outlook: outlook?.test(described[1]) ? 'outlook' : '' });
      }
      const spanAt = period?.exec(sentence);
      r = { span: spanAt?.[0].replace('-', ' ') ?? '', spanAt: spanAt?.index ?? -1, outlook: forecast ? 'outlook' : '', asides };
      read.set(c.sentence, r);
    }
    // "The lender, which has a workforce of 52,000, expects the cuts to save …": the sentence's outlook is not the
    // aside's; only an outlook word inside the aside makes its value a forecast.
    const at = c.span.start - c.sentence.start;
    const forecast = r.asides.find((a) => at >= a.start && at < a.end)?.outlook ?? r.outlook;
    // What a plan adds ("will add 90 rooms", "expects to open 50 stores") is the plan's size however sure the writer is.
    // A relative year next to the value in a dated document is its period (Claim.impliedPeriod), not a span word.
    // So is a quarter or half read without its year ("in the second quarter" → 2025-Q2): the words name that span.
    const implied = c.period === null && c.impliedPeriod !== null;
    // "added 4.1 million subscribers in the third quarter, taking its total to 92.4 million": a running total is a
    // level at a date, which the span words of the sentence (the addition's) do not frame.
    const doc = text.get(c.doc) ?? '';
    const total = r.span !== '' && RUNNING_TOTAL.test(doc.slice(Math.max(c.sentence.start, c.span.start - 40), c.span.start));
    // "declared a final dividend of 12.4p, taking the full-year payout to 21.0p": span words after the value, past a
    // comma, are a later clause's.
    const later = r.span !== '' && r.spanAt > c.span.end - c.sentence.start && doc.slice(c.span.end, c.sentence.start + r.spanAt).includes(',');
    const span = r.span && (total || later || (implied && (RELATIVE_YEAR.test(r.span) || PART_OF_YEAR.test(c.impliedPeriod ?? '')))) ? '' : r.span;
    return `${c.period === null ? span : ''}|${c.aspect === 'addition' || (c.metric !== null && plannedMetrics.includes(c.metric)) ? '' : forecast}`;
  };
}
