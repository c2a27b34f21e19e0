// Reads a document's title and publication date from its opening lines.
import { parseDates } from '../core/chrono-reader.js';

export interface TextMeta {
  title: string | null;
  published: string | null;
  /** Offsets of the date text when one was found. */
  publishedAt: { start: number; end: number } | null;
}

/** How far into a document a dateline may sit: headers are short, and a date deeper down is an event. */
const HEADER_LINES = 12;
const MAX_DATELINE = 80;
/** Words that introduce a dateline rather than an event ("Posted on 3 June 2021"). */
const WRITTEN_YEAR = /\b(?:1[89]|20)\d{2}\b/;
/** chrono needs a reference instant; a fixed one keeps parsing independent of the clock. */
const FIXED_REFERENCE = new Date(Date.UTC(2000, 0, 1));
const DATELINE_LEAD = /^\s*(?:(?:posted|published|updated|first published|last updated|date)\b[\s:]*(?:on\b)?\s*)?/i;

export function readTextMeta(text: string): TextMeta {
  const lines = headerLines(text);
  let published: string | null = null;
  let publishedAt: TextMeta['publishedAt'] = null;
  for (const l of lines) {
    if (l.text.length > MAX_DATELINE) continue;
    const lead = DATELINE_LEAD.exec(l.text)?.[0].length ?? 0;
    const rest = l.text.slice(lead);
    // A dateline writes its year: "today" or "3 days ago" would be read against the clock, and output must not
    // depend on when the check runs. The year test is also a cheap filter in front of chrono.
    if (!WRITTEN_YEAR.test(rest)) continue;
    const hit = parseDates(rest, FIXED_REFERENCE)[0];
    if (!hit || !WRITTEN_YEAR.test(hit.text)) continue;
    if (!hit.start.isCertain('year') || !hit.start.isCertain('month') || !hit.start.isCertain('day')) continue;
    // A dateline is mostly date: the match starts the line (after its lead) and covers most of it.
    if (hit.index > 3 || hit.text.length < rest.trim().length * 0.5) continue;
    published = isoDate(hit.start.get('year'), hit.start.get('month'), hit.start.get('day'));
    const start = l.start + lead + hit.index;
    publishedAt = { start, end: start + hit.text.length };
    break;
  }
  return { title: findTitle(lines), published, publishedAt };
}

interface Line {
  text: string;
  start: number;
}

function headerLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length && out.length < HEADER_LINES) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    if (line.trim()) out.push({ text: line, start });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/** The first header line that reads like a headline: several words, no sentence ending, not a dateline. */
function findTitle(lines: Line[]): string | null {
  for (const l of lines.slice(0, 6)) {
    const t = l.text.trim();
    const words = t.split(/\s+/).length;
    if (words < 3 || words > 30 || t.length > 200) continue;
    if (/[.;,]$/.test(t) || /\d{1,2}:\d{2}/.test(t)) continue;
    if (/^(published|posted|updated|by)\b/i.test(t)) continue;
    return t;
  }
  return null;
}

export function isoDate(y: number | null, m: number | null, d: number | null): string {
  const p = (n: number | null, w: number) => String(n ?? 1).padStart(w, '0');
  return `${p(y, 4)}-${p(m, 2)}-${p(d, 2)}`;
}
