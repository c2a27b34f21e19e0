// Finding related values near each other: claims of one sentence or paragraph, and the text between them.
// Evaluators that need structure extraction does not give (parts of a total, ratios, inline conversions)
// read it from the claims' spans here, never by searching the document for a claim's text again.
import { execAll } from '../core/regex.js';
import type { Claim, Segmented } from '../core/types.js';
import { byPosition } from './compare.js';

/**
 * Claims per sentence ("doc@start"), each list in text order. Bucketed, so the work is linear in claims. Several
 * rules ask for the same claims of the same run; they are grouped once (callers never modify them).
 */
export function bySentence(claims: readonly Claim[]): ReadonlyMap<string, readonly Claim[]> {
  let out = sentencesCache.get(claims);
  if (!out) {
    out = groupBySentence(claims);
    sentencesCache.set(claims, out);
  }
  return out;
}

const sentencesCache = new WeakMap<readonly Claim[], ReadonlyMap<string, readonly Claim[]>>();

function groupBySentence(claims: readonly Claim[]): Map<string, Claim[]> {
  const out = new Map<string, Claim[]>();
  for (const c of claims) {
    const k = `${c.doc}@${c.sentence.start}`;
    const list = out.get(k);
    if (list) list.push(c);
    else out.set(k, [c]);
  }
  for (const list of out.values()) list.sort(byPosition);
  return out;
}

/** Document texts by id. */
export function texts(docs: readonly Segmented[]): Map<string, string> {
  return new Map(docs.map((d) => [d.doc.id, d.doc.text]));
}

/** The text between two claims of one document (empty when they overlap). */
export function between(text: string, a: Claim, b: Claim): string {
  return a.span.end <= b.span.start ? text.slice(a.span.end, b.span.start) : '';
}

/** The sentence a claim sits in. */
export function sentenceText(text: string, c: Claim): string {
  return text.slice(c.sentence.start, c.sentence.end);
}

/** A number as written ("1,200.5", "3.4 billion") → its value, and the half-width of its last significant digit. */
export function parseNumber(s: string): { value: number; half: number } | null {
  const m = /^(\d[\d,]*)(?:\.(\d+))?(?:\s*(thousand|million|billion|trillion))?$/i.exec(s.trim());
  if (!m || !m[1]) return null;
  const scale = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }[(m[3] ?? '').toLowerCase() as 'thousand'] ?? 1;
  const int = m[1].replace(/,/g, '');
  const value = Number(`${int}${m[2] ? `.${m[2]}` : ''}`) * scale;
  // Trailing zeros of a whole number are not significant: "800 km" may be rounded to the hundred.
  const zeros = m[2] ? 0 : (/0+$/.exec(int)?.[0].length ?? 0);
  const unitPlace = m[2] ? 10 ** -m[2].length : zeros > 0 && zeros < int.length ? 10 ** zeros : 1;
  return { value, half: (unitPlace * scale) / 2 };
}

// A number glued to a word ("300-seat") is read too: a chamber's or a board's size is often written so.
const BARE = /(?<![\w.,$€£¥-])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s+(thousand|million|billion))?(?![\w%]|-\d|[.,]\d)/gi;

/** A word joined to a number by a hyphen ("300-seat", "45-year-old"): a modifier of what follows. */
export const GLUED = /^[-‑][\p{L}]+/u;

/**
 * Every value of every sentence: the extracted claims plus bare numbers extraction left alone ("61 voted
 * for, 32 against"), as count claims. Years (1900–2099 without a separator) are not counts.
 */
export function valuesBySentence(docs: readonly Segmented[], claims: readonly Claim[]): ReadonlyMap<string, readonly Claim[]> {
  // Several rules ask for the same values of the same run; they are read once (callers never modify them).
  const cached = valuesCache.get(claims)?.get(docs);
  if (cached) return cached;
  const out = readValues(docs, claims);
  const byDocs = valuesCache.get(claims) ?? new WeakMap<readonly Segmented[], Map<string, readonly Claim[]>>();
  byDocs.set(docs, out);
  valuesCache.set(claims, byDocs);
  return out;
}

const valuesCache = new WeakMap<readonly Claim[], WeakMap<readonly Segmented[], Map<string, readonly Claim[]>>>();

function readValues(docs: readonly Segmented[], claims: readonly Claim[]): Map<string, readonly Claim[]> {
  // A copy: the grouping is shared with other rules, and bare numbers are added here.
  const out = new Map(bySentence(claims));
  for (const { doc, paragraphs } of docs)
    for (const p of paragraphs) {
      if (p.boilerplate) continue;
      for (const s of p.sentences) {
        const text = doc.text.slice(s.start, s.end);
        if (!/\d/.test(text)) continue; // no number, nothing to add
        const key = `${doc.id}@${s.start}`;
        const have = out.get(key) ?? [];
        const extra: Claim[] = [];
        for (const m of execAll(BARE, text)) {
          const start = s.start + (m.index ?? 0);
          const end = start + m[0].length;
          if (have.some((c) => c.span.start < end && start < c.span.end)) continue;
          if (!m[2] && !m[3] && /^(19|20)\d\d$/.test(m[1] ?? '')) continue;
          const parsed = parseNumber(m[0]);
          if (!parsed) continue;
          extra.push(bare(doc.id, { start: s.start, end: s.end }, start, end, m[0], parsed.value));
        }
        if (!extra.length) continue;
        out.set(key, [...have, ...extra].sort(byPosition));
      }
    }
  return out;
}

function bare(docId: string, sentence: { start: number; end: number }, start: number, end: number, text: string, value: number): Claim {
  return {
    id: `${docId}@${start}-${end}`,
    doc: docId,
    span: { doc: docId, start, end },
    sentence: { doc: docId, ...sentence },
    kind: 'count',
    aspect: 'level',
    text,
    value: { low: value, high: value, unit: 'count' },
    hedge: 'exact',
    ambiguous: false,
    subject: { id: null, name: null, via: 'none' },
    metric: null,
    noun: null,
    scope: {},
    period: null,
    impliedPeriod: null,
    deadline: false,
    asOf: null,
    event: null,
    date: null,
    conversion: null,
    restored: false,
  };
}
