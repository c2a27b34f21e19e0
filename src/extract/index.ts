// extract: segmented documents → atomic claims with value, subject, metric, qualifiers and spans.
import type { DataFiles } from '../config/data/index.js';
import { fingerprint } from '../core/hash.js';
import type { Claim, Segmented, Subject } from '../core/types.js';
import { entityIndex, makeEntityMatcher, type Mention } from '../resolve/entities.js';
import { isChange } from './aspect.js';
import { datesIn } from './dates.js';
import { makeMetricFinder } from './metric.js';
import { makeQualifierReader } from './qualifiers.js';
import { makeScanner, type Quantity } from './quantities.js';

export type Extractor = (doc: Segmented) => Claim[];
export { coverage, coverageLine, type Coverage, type DocCoverage } from './coverage.js';

/** Words that point back to an earlier subject ("the company", "it", "its"). */
/** What may separate two values of one list: commas, "and", or a name with its verb ("Meta", "Google contributing"). */
const LIST_GAP = /^(?:\s*(?:by|in)\s+\d{4})?[\s,;(]*(?:(?:and|or|with|including|of which)\s+)?(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*(?:['’]s)?(?:\s+[a-z]+ing)?\s*)?$/;
/** A bulleted line that opens with a verb ("- Maintains a strong balance sheet") has the document's subject. */
const IMPLICIT = /^\s*(?:[-•*–]\s*)?[A-Z][a-z]+s\b/;

const SETTING = /\b(?:in|at|on|from|against|than|over|versus|vs\.?|to|into|onto)\s+(?:the\s+)?$/i;
const SOURCE = /^(?:['’]s?)?\s*(?:said|says|reported|reports|estimates|estimated|told|according|data|figures|noted)\b/i;

const ANAPHOR = /\b(?:it|its|the (?:company|firm|group|business|giant|bank|group|carmaker|club|team|agency|government|ministry|council|city|state|university|institute)(?:['’]s)?|they|their)\b/i;

export function makeExtractor(data: DataFiles): Extractor {
  const scan = makeScanner(data);
  const entities = makeEntityMatcher(data);
  const known = entityIndex(data);
  const metricAt = makeMetricFinder(data);
  const subjectKinds = new Map(data.metrics.metrics.map((m) => [m.id, m.subjectKinds as readonly string[]]));
  const qualifiers = makeQualifierReader(data);
  const children = childUnits(known);
  const events = data.events.events.map((e) => ({ id: e.id, re: new RegExp(`\\b(?:${e.triggers.map((t) => t.replace(/\s+/g, '\\s+')).join('|')})\\b`, 'gi') }));
  const anyEvent = events.length ? new RegExp(events.map((e) => e.re.source).join('|'), 'i') : null;
  return ({ doc, paragraphs }) => {
    const claims: Claim[] = [];
    const match = entities(doc.text);
    // Names are read lazily: only sentences holding a value, and the sentences a subject is carried over from,
    // pay for the entity matcher (most sentences hold no value).
    const units = paragraphs.filter((p) => !p.boilerplate).flatMap((p) => p.sentences.map((s) => ({ paragraph: p.index, start: s.start, end: s.end })));
    const mentionCache = new Map<number, Mention[]>();
    const mentionsOf = (i: number): Mention[] => {
      const hit = mentionCache.get(i);
      if (hit) return hit;
      const u = units[i];
      const found = u ? match(doc.text.slice(u.start, u.end)) : [];
      mentionCache.set(i, found);
      return found;
    };
    /** The last name written before sentence i (in its paragraph only, when `sameParagraph`). */
    const namedBefore = (i: number, sameParagraph: boolean): Subject | null => {
      const paragraph = units[i]?.paragraph;
      for (let j = i - 1; j >= 0; j--) {
        if (sameParagraph && units[j]?.paragraph !== paragraph) return null;
        const ms = mentionsOf(j);
        const named = ms.find((m) => m.known) ?? ms[0];
        if (named) return { id: named.id, name: named.name, via: 'carry-over' };
      }
      return null;
    };
    let main: Subject | null | undefined;
    const mainOf = () => (main === undefined ? (main = mainSubject(doc, units.length, mentionsOf, match)) : main);
    for (const [i, s] of units.entries()) {
      const text = doc.text.slice(s.start, s.end);
      const quantities = withNouns(scan(text));
      const dated = anyEvent !== null && anyEvent.test(text);
      if (quantities.length === 0 && !dated) continue;
      const mentions = mentionsOf(i);
      const sentence = { doc: doc.id, start: s.start, end: s.end };
      const ctx: Context = { text, mentions, previous: () => namedBefore(i, false), inParagraph: () => namedBefore(i, true), main: mainOf };
      let last = null as { q: Quantity; metric: string | null; change: boolean } | null;
      for (const [i, q] of quantities.entries()) {
        // A value listed right after another of the same unit ("107.5%, 108.1% and 121%", "Amazon $105 billion,
        // Meta $60-65 billion") shares its metric and its aspect.
        const listed: boolean = last !== null && last.q.value.unit === q.value.unit && LIST_GAP.test(text.slice(last.q.end, q.start));
        const metric: { id: string; start: number; end: number } | null = metricAt(text, q.start, q.end, q.kind, q.value.unit) ?? (listed && last?.metric ? { id: last.metric, start: last.q.start, end: last.q.end } : null);
        const kinds = metric ? (subjectKinds.get(metric.id) ?? []) : [];
        // "daily active users averaged 3.24 billion": the counted noun stands before the value, in the metric phrase.
        if (q.kind === 'count' && q.noun === null && metric && metric.end <= q.start) {
          const noun = text.slice(metric.start, metric.end).toLowerCase().split(/\s+/).pop() ?? '';
          if (/s$/.test(noun)) Object.assign(q, { noun, value: { ...q.value, unit: `count:${noun}` } });
        }
        const { scope, period } = qualifiers(text, q.start, q.end);
        let subject = respectively(ctx, quantities, i) ?? pickSubject(ctx, q.start, q.end, kinds);
        subject = specialise(subject, scope, children);
        const change: boolean = isChange(text, q.start, q.end) || (listed && last?.change === true);
        last = { q, metric: metric?.id ?? null, change };
        const span = { doc: doc.id, start: s.start + q.start, end: s.start + q.end };
        claims.push({
          id: fingerprint([doc.id, String(span.start), String(span.end), q.value.unit]),
          doc: doc.id,
          span,
          sentence,
          kind: q.kind,
          aspect: change ? 'change' : 'level',
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
          conversion: conversionOf(q, s.start, doc.id, text),
          restored: false,
        });
      }
      if (dated) {
        for (const d of datesIn(doc, s.start, s.end)) {
          // The event is the trigger nearest to the date ("founded in 1999 and listed in 2014").
          const event = nearestEvent(events, text, d.start);
          if (!event) continue;
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
            subject: pickSubject(ctx, d.start, d.end, []),
            metric: null,
            noun: null,
            scope: {},
            period: null,
            asOf: doc.published,
            event,
            date: d.date,
            conversion: null,
            restored: false,
          });
        }
      }
    }
    return claims;
  };
}

interface Context {
  text: string;
  mentions: Mention[];
  /** The last subject named in an earlier sentence, for anaphors. */
  previous: () => Subject | null;
  /** The last subject named earlier in this paragraph, for sentences that name none. */
  inParagraph: () => Subject | null;
  main: () => Subject | null;
}

const fromMention = (m: Mention): Subject => ({ id: m.id, name: m.name, via: m.via });

/**
 * Nearest fitting entity before the value in its sentence; else an anaphor's antecedent; else one after the value;
 * else the paragraph's last subject; else the document's main subject; else none.
 */
function pickSubject(ctx: Context, at: number, end: number, kinds: readonly string[]): Subject {
  const { mentions, text } = ctx;
  const fits = (m: Mention) => kinds.length === 0 || m.kind === null || kinds.includes(m.kind);
  // Names after a preposition ("in the Premier League", "on the Chatbot Arena leaderboard") are places and
  // settings, and a trailing "…, Statistics Norway said" is a source: both yield to another name.
  const setting = (m: Mention) => SETTING.test(text.slice(Math.max(0, m.start - 12), m.start));
  const source = (m: Mention) => SOURCE.test(text.slice(m.end, m.end + 24));
  const all = mentions.filter((m) => !setting(m));
  // "overtook Alibaba's at $192 billion": a possessive with its noun left out is the thing compared with.
  const elliptical = (m: Mention) => m.possessive && /^['’]s?\s+(?:at|in|on|to|by|for|with|and|or|than|as|was|is|were|are)\b/.test(text.slice(m.end, m.end + 8));
  const candidates = mentions.filter((m) => m.end <= at && !elliptical(m));
  const before = candidates.some((m) => !setting(m)) ? candidates.filter((m) => !setting(m)) : candidates;
  // "Amazon's 35x", "Alibaba's free cash flow declined 76%": a possessive name a few words before the value.
  const owner = before[before.length - 1];
  // "overtook Alibaba's at $192 billion" leaves the noun out: the possessive there owns nothing.
  if (owner?.possessive && fits(owner) && /^['’]s?(?:\s+[a-z][\w/-]*){0,5}\s+$/.test(text.slice(owner.end, at)) && !/^['’]s?\s+(?:at|in|on|to|by|for|with|and|or|than|as|was|is|were|are)\b/.test(text.slice(owner.end, at))) return fromMention(owner);
  const opening = IMPLICIT.exec(text);
  const main = opening && !mentions.some((m) => m.start < opening[0].length) ? ctx.main() : null;
  if (main) return main;
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i] as Mention;
    if (fits(m)) return fromMention(m);
    // "Alibaba's Tsai said …": a person speaking for an organisation; the organisation is the subject.
    const owner = before[i - 1];
    if (owner && owner.possessive && fits(owner) && /^['’]s?\s+$/.test(text.slice(owner.end, m.start))) return fromMention(owner);
  }
  const lead = text.slice(0, at);
  const previous = ANAPHOR.test(lead) ? ctx.previous() : null;
  if (previous) return previous;
  const after = all.find((m) => m.start >= end && fits(m) && !source(m));
  if (after) return fromMention(after);
  const earlier = ctx.inParagraph() ?? ctx.main();
  if (earlier) return earlier;
  return { id: null, name: null, via: 'none' };
}

/** "Amazon and Microsoft held $2.42 trillion and $3.04 trillion respectively": the i-th value belongs to the i-th name. */
function respectively(ctx: Context, qs: readonly Quantity[], i: number): Subject | null {
  if (!/\brespectively\b/i.test(ctx.text)) return null;
  const q = qs[i] as Quantity;
  const same = qs.filter((x) => x.kind === q.kind && x.value.unit === q.value.unit);
  const list: Mention[] = [];
  for (const m of ctx.mentions) {
    if (m.start >= q.start) break;
    const last = list[list.length - 1];
    if (last && /^\s*(?:,|,?\s*and|&)\s*$/.test(ctx.text.slice(last.end, m.start))) list.push(m);
    else if (!last || list.length < 2) list.splice(0, list.length, m);
  }
  if (list.length < 2 || list.length !== same.length) return null;
  const m = list[same.indexOf(q)];
  return m ? fromMention(m) : null;
}

/** A count written without its noun takes the noun of the nearest count that has one ("2.8 million containers,
 *  up from 2.5 million"); one that still has none is kept only when a scale makes it a figure ("3.24 billion"). */
function withNouns(qs: Quantity[]): Quantity[] {
  const nouns = qs.filter((q) => q.kind === 'count' && q.noun !== null);
  return qs.flatMap((q) => {
    if (q.kind !== 'count' || q.noun !== null) return [q];
    const near = [...nouns].sort((a, b) => Math.abs(a.start - q.start) - Math.abs(b.start - q.start))[0];
    if (near?.noun) return [{ ...q, noun: near.noun, value: { ...q.value, unit: `count:${near.noun}` } }];
    return q.scaled ? [q] : [];
  });
}

/** Units of a group named "<Parent> <Word>" ("Alibaba Cloud"), keyed by parent id. */
function childUnits(known: ReturnType<typeof entityIndex>): Map<string, Array<{ id: string; name: string; word: string }>> {
  const out = new Map<string, Array<{ id: string; name: string; word: string }>>();
  for (const e of known.values()) {
    const parent = e.parent ? known.get(e.parent) : undefined;
    if (!parent || !e.name.toLowerCase().startsWith(`${parent.name.toLowerCase()} `)) continue;
    const word = e.name.slice(parent.name.length + 1).toLowerCase();
    out.set(parent.id, [...(out.get(parent.id) ?? []), { id: e.id, name: e.name, word }]);
  }
  return out;
}

/** "Alibaba's cloud market share" is the share of Alibaba Cloud: a parent with a segment naming one of its units. */
function specialise(subject: Subject, scope: Record<string, string>, children: ReturnType<typeof childUnits>): Subject {
  const seg = scope.segment;
  if (!subject.id || !seg) return subject;
  const unit = children.get(subject.id)?.find((c) => seg.split(' ').includes(c.word));
  return unit ? { ...subject, id: unit.id } : subject;
}

function conversionOf(q: Quantity, offset: number, doc: string, text: string): Claim['conversion'] {
  const c = q.conversion;
  if (!c) return null;
  return { text: text.slice(c.start, c.end), span: { doc, start: offset + c.start, end: offset + c.end }, value: c.value, hedge: c.hedge };
}

function nearestEvent(events: ReadonlyArray<{ id: string; re: RegExp }>, text: string, at: number): string | null {
  let best: string | null = null;
  let dist = Infinity;
  for (const e of events) {
    for (const m of text.matchAll(e.re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      // The trigger usually precedes its date ("listed on the Nasdaq in 2004"); one after costs more.
      const d = end <= at ? at - end : (start - at) * 1.5;
      if (d < dist) [best, dist] = [e.id, d];
    }
  }
  return best;
}

/** Sentences read to find a document's main subject: writers name it early, and reading all would cost a full pass. */
const LEAD_SENTENCES = 25;

/** The entity a document is mostly about: its most often named entity in the title and lead (twice at least); known ones win ties. */
function mainSubject(doc: Segmented['doc'], count: number, mentionsOf: (i: number) => Mention[], match: (t: string) => Mention[]): Subject | null {
  const counts = new Map<string, { n: number; name: string; first: number; known: boolean }>();
  const lists = [match(doc.title ?? ''), ...Array.from({ length: Math.min(count, LEAD_SENTENCES) }, (_, i) => mentionsOf(i))];
  let order = 0;
  for (const list of lists) {
    for (const m of list) {
      if (m.kind === 'person' || m.kind === 'place') continue;
      const c = counts.get(m.id);
      counts.set(m.id, { n: (c?.n ?? 0) + 1, name: c?.name ?? m.name, first: c?.first ?? order++, known: m.known });
    }
  }
  const top = [...counts.entries()].filter(([, c]) => c.n >= 2).sort((a, b) => b[1].n - a[1].n || Number(b[1].known) - Number(a[1].known) || a[1].first - b[1].first)[0];
  return top ? { id: top[0], name: top[1].name, via: 'document' } : null;
}
