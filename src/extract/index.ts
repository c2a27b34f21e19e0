// extract: segmented documents → atomic claims with value, subject, metric, qualifiers and spans.
import type { DataFiles } from '../config/data/index.js';
import { fingerprint } from '../core/hash.js';
import type { Claim, Segmented, Subject } from '../core/types.js';
import { makeEntityMatcher, type Mention } from '../resolve/entities.js';
import { findDates } from './dates.js';
import { makeMetricFinder } from './metric.js';
import { makeQualifierReader } from './qualifiers.js';
import { makeScanner } from './quantities.js';

export type Extractor = (doc: Segmented) => Claim[];

/** Words that point back to an earlier subject ("the company", "it", "its"). */
const ANAPHOR = /\b(?:it|its|the company|the firm|the group|the business|they|their)\b/i;

export function makeExtractor(data: DataFiles): Extractor {
  const scan = makeScanner(data);
  const entities = makeEntityMatcher(data);
  const metricAt = makeMetricFinder(data);
  const qualifiers = makeQualifierReader(data);
  const events = data.events.events.map((e) => ({ id: e.id, re: new RegExp(`\\b(?:${e.triggers.map((t) => t.replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i') }));
  return ({ doc, paragraphs }) => {
    const claims: Claim[] = [];
    const main = mainSubject(doc.text, entities);
    for (const p of paragraphs) {
      if (p.boilerplate) continue;
      let previous: Subject | null = null;
      for (const s of p.sentences) {
        const text = doc.text.slice(s.start, s.end);
        const mentions = entities(text);
        const sentence = { doc: doc.id, start: s.start, end: s.end };
        const subjectAt = (at: number): Subject => pickSubject(mentions, at, text, previous, main);
        for (const q of scan(text)) {
          const metric = metricAt(text, q.start, q.end, q.kind);
          const subject = subjectAt(metric ? Math.min(metric.start, q.start) : q.start);
          const { scope, period } = qualifiers(text, q.start);
          const span = { doc: doc.id, start: s.start + q.start, end: s.start + q.end };
          claims.push({
            id: fingerprint([doc.id, String(span.start), String(span.end), q.value.unit]),
            doc: doc.id,
            span,
            sentence,
            kind: q.kind,
            aspect: isChange(text, q.start) ? 'change' : 'level',
            text: text.slice(q.start, q.end),
            value: q.value,
            hedge: q.hedge,
            ambiguous: q.ambiguous,
            subject,
            metric: metric?.id ?? null,
            noun: q.noun,
            scope,
            period,
            asOf: doc.published,
            event: null,
            date: null,
            conversion: null,
            restored: false,
          });
        }
        const event = events.find((e) => e.re.test(text));
        if (event) {
          for (const d of findDates(text, doc.published)) {
            const span = { doc: doc.id, start: s.start + d.start, end: s.start + d.end };
            claims.push({
              id: fingerprint([doc.id, String(span.start), String(span.end), 'date']),
              doc: doc.id,
              span,
              sentence,
              kind: 'date',
              aspect: 'level',
              text: text.slice(d.start, d.end),
              value: { low: null, high: null, unit: 'date' },
              hedge: 'exact',
              ambiguous: false,
              subject: subjectAt(d.start),
              metric: null,
              noun: null,
              scope: {},
              period: null,
              asOf: doc.published,
              event: event.id,
              date: d.date,
              conversion: null,
              restored: false,
            });
          }
        }
        const named = mentions.find((m) => m.known) ?? mentions[0];
        if (named) previous = { id: named.id, name: named.name, via: 'carry-over' };
      }
    }
    return claims;
  };
}

/** Nearest entity before the value in its sentence, then after it, then an earlier sentence's, then the document's. */
function pickSubject(mentions: readonly Mention[], at: number, text: string, previous: Subject | null, main: Subject | null): Subject {
  const before = mentions.filter((m) => m.end <= at);
  const pick = before[before.length - 1] ?? mentions.find((m) => m.start >= at);
  if (pick) return { id: pick.id, name: pick.name, via: pick.known ? 'alias' : 'text' };
  if (ANAPHOR.test(text)) return previous ?? (main ? { ...main, via: 'document' } : { id: null, name: null, via: 'none' });
  return { id: null, name: null, via: 'none' };
}

/** The entity a document is mostly about: its most frequent known entity. */
function mainSubject(text: string, entities: (t: string) => Mention[]): Subject | null {
  const counts = new Map<string, { n: number; name: string }>();
  for (const m of entities(text)) {
    if (!m.known) continue;
    const c = counts.get(m.id);
    counts.set(m.id, { n: (c?.n ?? 0) + 1, name: c?.name ?? m.name });
  }
  const top = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1))[0];
  return top ? { id: top[0], name: top[1].name, via: 'document' } : null;
}

const CHANGE = /\b(?:rose|rise|rising|risen|grew|grow|growth|increase[sd]?|increasing|up|down|fell|fall|falling|fallen|dropped?|drop|declined?|decline|decrease[sd]?|plummet(?:ed)?|plunged?|surged?|soared?|jumped?|gain(?:ed)?|lost|shrank|slashe[sd]|cut|reduction|reduced?)\b/i;

/** A value stated as a change ("rose 13%", "a 5% increase") rather than a level. */
function isChange(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 40), at + 30);
  return CHANGE.test(window);
}
