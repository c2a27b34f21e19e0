// Honest coverage: how many numbers and dates a text holds, how many became claims, and why the rest did not.
// A pure function of the segmented documents and their claims, shared by `claims --stats` and the reports.
import { execAll } from '../core/regex.js';
import type { Claim, Segmented } from '../core/types.js';
import { datesIn } from './dates.js';

export interface DocCoverage {
  doc: string;
  numbers: {
    /** Numerals written in digits outside dates ("38", "2.32", "15" in "15x"; not "Q4" or "FY2025"). */
    found: number;
    /** Read as the value (or inline conversion) of a claim. */
    claimed: number;
    dropped: {
      /** In site furniture (headers, "Read more", …), never read. */
      boilerplate: number;
      /** A bare year outside a date: a period or label, not a quantity. */
      year: number;
      /** Read by nothing: no unit, noun or currency made it a quantity ("[9]", "3 of them"). */
      unparseable: number;
    };
  };
  dates: {
    found: number;
    /** Became a dated event claim. */
    claimed: number;
    dropped: { boilerplate: number; noEvent: number };
  };
  claims: {
    total: number;
    /** With both a subject and a metric (or event), so rules can compare them. */
    usable: number;
    dropped: { noSubject: number; noMetric: number };
  };
}

export interface Coverage {
  documents: DocCoverage[];
  total: DocCoverage;
}

const NUMERAL = /(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)*/gu;
const YEAR = /^(?:1[89]|20)\d{2}$/;

export function coverage(docs: readonly Segmented[], claims: readonly Claim[]): Coverage {
  const byDoc = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = byDoc.get(c.doc);
    if (list) list.push(c);
    else byDoc.set(c.doc, [c]);
  }
  const documents = docs.map((d) => docCoverage(d, byDoc.get(d.doc.id) ?? []));
  return { documents, total: sum(documents) };
}

function docCoverage({ doc, paragraphs }: Segmented, claims: readonly Claim[]): DocCoverage {
  const out = empty(doc.id);
  const valueSpans: Array<[number, number]> = [];
  const dateSpans: Array<[number, number]> = [];
  for (const c of claims) {
    if (c.kind === 'date') dateSpans.push([c.span.start, c.span.end]);
    else valueSpans.push([c.span.start, c.span.end]);
    if (c.conversion) valueSpans.push([c.conversion.span.start, c.conversion.span.end]);
    out.claims.total++;
    if (!c.subject.id) out.claims.dropped.noSubject++;
    else if (!c.metric && !c.event) out.claims.dropped.noMetric++;
    else out.claims.usable++;
  }
  const inside = (spans: ReadonlyArray<[number, number]>, s: number, e: number) => spans.some(([a, b]) => s >= a && e <= b);
  const claimed = coverer(valueSpans);
  for (const p of paragraphs) {
    for (const s of p.sentences) {
      const text = doc.text.slice(s.start, s.end);
      const dates = datesIn(doc, s.start, s.end).map((d): [number, number] => [s.start + d.start, s.start + d.end]);
      for (const [a, b] of dates) {
        out.dates.found++;
        if (p.boilerplate) out.dates.dropped.boilerplate++;
        else if (dateSpans.some(([x, y]) => a < y && b > x)) out.dates.claimed++;
        else out.dates.dropped.noEvent++;
      }
      for (const m of execAll(NUMERAL, text)) {
        const a = s.start + (m.index ?? 0);
        const b = a + m[0].length;
        if (inside(dates, a, b)) continue;
        out.numbers.found++;
        if (p.boilerplate) out.numbers.dropped.boilerplate++;
        else if (claimed(a, b)) out.numbers.claimed++;
        else if (YEAR.test(m[0])) out.numbers.dropped.year++;
        else out.numbers.dropped.unparseable++;
      }
    }
  }
  return out;
}

/**
 * Whether one of the spans covers [s, e): the same as testing each span, without reading every claim of the
 * document for every numeral in it. Sorted by start, a span covers [s, e) when the furthest end among those
 * starting at or before s reaches e.
 */
function coverer(spans: ReadonlyArray<[number, number]>): (s: number, e: number) => boolean {
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  const starts = sorted.map(([a]) => a);
  const reach: number[] = [];
  for (const [i, [, b]] of sorted.entries()) reach.push(Math.max(b, reach[i - 1] ?? -Infinity));
  return (s, e) => {
    // The last span starting at or before s.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (reach[lo - 1] as number) >= e;
  };
}

function empty(doc: string): DocCoverage {
  return {
    doc,
    numbers: { found: 0, claimed: 0, dropped: { boilerplate: 0, year: 0, unparseable: 0 } },
    dates: { found: 0, claimed: 0, dropped: { boilerplate: 0, noEvent: 0 } },
    claims: { total: 0, usable: 0, dropped: { noSubject: 0, noMetric: 0 } },
  };
}

function sum(docs: readonly DocCoverage[]): DocCoverage {
  const t = empty('total');
  for (const d of docs) {
    t.numbers.found += d.numbers.found;
    t.numbers.claimed += d.numbers.claimed;
    t.numbers.dropped.boilerplate += d.numbers.dropped.boilerplate;
    t.numbers.dropped.year += d.numbers.dropped.year;
    t.numbers.dropped.unparseable += d.numbers.dropped.unparseable;
    t.dates.found += d.dates.found;
    t.dates.claimed += d.dates.claimed;
    t.dates.dropped.boilerplate += d.dates.dropped.boilerplate;
    t.dates.dropped.noEvent += d.dates.dropped.noEvent;
    t.claims.total += d.claims.total;
    t.claims.usable += d.claims.usable;
    t.claims.dropped.noSubject += d.claims.dropped.noSubject;
    t.claims.dropped.noMetric += d.claims.dropped.noMetric;
  }
  return t;
}

/** One line for reports: "numbers 120 (claimed 80), dates 30 (claimed 12); claims 95, usable 61". */
export function coverageLine(c: DocCoverage): string {
  const n = c.numbers;
  const d = c.dates;
  return (
    `numbers ${n.found}: ${n.claimed} claimed, ${n.dropped.unparseable} unparseable, ${n.dropped.year} years, ${n.dropped.boilerplate} boilerplate; ` +
    `dates ${d.found}: ${d.claimed} claimed, ${d.dropped.noEvent} without an event, ${d.dropped.boilerplate} boilerplate; ` +
    `claims ${c.claims.total}: ${c.claims.usable} usable, ${c.claims.dropped.noSubject} without a subject, ${c.claims.dropped.noMetric} without a metric`
  );
}
