// Scope (geography, market segment) and period qualifiers of a value, read from its sentence.
import { RELATIVE_YEAR } from '../core/relative-year.js';
import type { DataFiles } from '../config/data/index.js';
import { execAll } from '../core/regex.js';
import { MONTHS } from '../core/calendar.js';

export interface Qualifiers {
  scope: Record<string, string>;
  period: string | null;
}

/** A value's place in its sentence. */
export interface ValueSpan {
  start: number;
  end: number;
}

/** `values` are all the values of the sentence, so a period can be kept to the clause it is written in. */
export type QualifierReader = (sentence: string, valueStart: number, valueEnd?: number, values?: readonly ValueSpan[]) => Qualifiers;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ORDINAL: Record<string, string> = { first: '1', second: '2', third: '3', fourth: '4' };
const WORD_NUM: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10' };

/** Words that may stand right before a market-segment phrase: determiners, possessives, prepositions. */
const BOUNDARY = new Set('the a an its their his her our this that these those of in on for to at into across from within and or with by as'.split(' '));
/** Modifiers that do not narrow a segment ("the domestic cloud market" is the cloud market). */
const GENERIC = new Set('domestic global overall entire whole total largest biggest main leading broader wider local national international fast-growing growing booming key core most least more less very current substantial successful significant huge massive strong competitive crowded lucrative new emerging existing remaining same other broad wide corresponding respective relevant related various certain'.split(' '));
/** How far (in characters) a geography or segment may sit from its value. */
const REACH = 120;

export function makeQualifierReader(data: Pick<DataFiles, 'scopes'>): QualifierReader {
  const geo = new Map<string, string>();
  for (const g of data.scopes.geographies) for (const n of g.names) geo.set(n.toLowerCase(), g.id);
  // "Across the country, the ministry forecasts …": a sentence opening on the whole country (see scopes.yaml).
  const nationRe = data.scopes.nationOpeners.length ? new RegExp(`^\\W*(?:${data.scopes.nationOpeners.map(esc).join('|')})\\b`, 'i') : null;
  // "in the capital", "across the north", "The capital saw …": a part of a place named by a common noun.
  const partRe = data.scopes.placeNouns.length ? new RegExp(`(?:\\b(?:in|across|throughout|around)\\s+the|^\\W*the)\\s+(?:(?:wider|greater|whole|entire|surrounding)\\s+)?(${data.scopes.placeNouns.map(esc).join('|')})\\b(?![\\s-]+(?:of|end|side|half|quarter)\\b)`, 'gi') : null;
  const geoRe = geo.size ? new RegExp(`(?<![\\w.])(?:${[...geo.keys()].sort((a, b) => b.length - a.length).map(esc).join('|')})(?![\\w])`, 'gi') : null;
  const heads = data.scopes.segmentHeads.map(esc).join('|');
  const headRe = heads ? new RegExp(`\\b(?:${heads})\\b`, 'gi') : null;
  const isGeo = (w: string) => geo.has(w.toLowerCase().replace(/['’]s?$/, ''));
  /** The segment before a head noun at `at`: the longest run of words whose left neighbour is a boundary. */
  const segmentBefore = (sentence: string, at: number): string | null => {
    const left = sentence.slice(Math.max(0, at - 80), at);
    const words = left.split(/\s+/).filter(Boolean);
    // A clause break ends the phrase: nothing before a comma belongs to it.
    const lastBreak = Math.max(...[',', ';', ':', '(', '—'].map((c) => words.findLastIndex((w) => w.endsWith(c) || w.startsWith(c))));
    const tail = words.slice(lastBreak + 1);
    for (let k = Math.min(3, tail.length); k >= 0; k--) {
      const phrase = tail.slice(tail.length - k);
      const before = tail[tail.length - k - 1];
      const okBefore = before === undefined ? lastBreak >= 0 || tail.length === k : BOUNDARY.has(before.toLowerCase()) || /['’]s?$/.test(before) || isGeo(before);
      if (!okBefore) continue;
      // Segment words are lower-case nouns and modifiers, or acronyms ("AI"); names and possessives end the phrase.
      if (!phrase.every((w) => /^(?:[a-z][a-z-]*|[A-Z]{2,5})$/.test(w) && !BOUNDARY.has(w.toLowerCase()))) continue;
      if (phrase.some((w) => isGeo(w))) continue;
      // Evaluative words and superlatives do not narrow a market ("the most successful market").
      const kept = phrase.map((w) => w.toLowerCase()).filter((w) => !GENERIC.has(w) && !/(?:est|-largest|-biggest|ly)$/.test(w));
      return kept.length ? kept.join(' ') : null;
    }
    return null;
  };
  // A sentence with several values is searched once.
  let last: string | null = null;
  let geoHits: Array<{ text: string; at: number }> = [];
  let headHits: number[] = [];
  return (sentence, valueStart, valueEnd = valueStart, values = []) => {
    if (sentence !== last) {
      last = sentence;
      geoHits = geoRe ? execAll(geoRe, sentence).filter((m) => !ORIGIN.test(sentence.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40))).map((m) => ({ text: m[0], at: m.index ?? 0 })) : [];
      headHits = headRe ? execAll(headRe, sentence).map((m) => m.index ?? 0) : [];
    }
    const scope: Record<string, string> = {};
    const g = nearest(geoHits, valueStart);
    const place = g && !heldByEarlier(sentence, g, valueStart, values) ? (geo.get(g.text.toLowerCase()) ?? g.text.toLowerCase()) : null;
    if (place !== null) scope.geography = place;
    else if (place === null && partRe) {
      const parts = execAll(partRe, sentence).map((m) => ({ text: (m[1] ?? '').toLowerCase(), at: m.index ?? 0 }));
      // "Across the country, the ministry forecasts 1.1 million tonnes this season, compared with 1.4 million tonnes
      // last season": a place opening the sentence holds for all its values, however far.
      const part = nearest(parts, valueStart) ?? parts.find((p) => p.at === 0);
      if (part) scope.geography = `the ${part.text.replace(/\s+/g, ' ')}`;
      else if (nationRe?.test(sentence)) scope.geography = 'the country';
    }
    // The nearest head noun that closes a real segment phrase ("36% market share in China's cloud sector": "sector").
    for (const h of byDistance(headHits, valueStart)) {
      const seg = segmentBefore(sentence, h);
      if (seg) {
        scope.segment = seg;
        break;
      }
    }
    return { scope, period: readPeriod(sentence, valueStart, valueEnd, values) };
  };
}

function byDistance(hits: readonly number[], at: number): number[] {
  return hits.filter((i) => Math.abs(i - at) <= REACH).sort((a, b) => Math.abs(a - at) - Math.abs(b - at) || a - b);
}

/** "US snacks group Calder Brands", "the German carmaker", "a US-based rival": a place naming where a company comes
 *  from describes the company, not where its figures hold. */
const ORIGIN = /^(?:-based\b|\s+(?:[a-z&-]+\s+){0,2}(?:group|company|companies|firm|firms|maker|carmaker|automaker|retailer|bank|lender|insurer|giant|rival|operator|airline|carrier|chain|conglomerate|brand|start-?up|supplier|producer|manufacturer|developer|miner|utility|broadcaster|publisher|investor|buyer|bidder|owner)\b)/;

/** "410,000 heaters in North America": a place right after a value's noun phrase. */
const PLACE_OF_VALUE = /^\s+(?:[a-z-]+\s+){0,3}(?:in|across|throughout|from)\s+(?:the\s+)?$/;

/**
 * "Halvard recalled 410,000 heaters in North America after 96 reports of overheating, among them 19 fires": a place
 * written right after one value's noun says where that value holds; later values of the sentence, another value
 * standing between, are not placed by it.
 */
function heldByEarlier(sentence: string, g: { at: number }, valueStart: number, values: readonly ValueSpan[]): boolean {
  if (g.at >= valueStart) return false;
  const owner = values.find((w) => w.end <= g.at && w.start !== valueStart && PLACE_OF_VALUE.test(sentence.slice(w.end, g.at)));
  return owner !== undefined && values.some((w) => w.start > g.at && w.end <= valueStart && w !== owner);
}

function nearest(hits: ReadonlyArray<{ text: string; at: number }>, at: number): { text: string; at: number } | null {
  let best: { text: string; at: number } | null = null;
  let dist = Infinity;
  for (const h of hits) {
    const d = Math.abs(h.at - at);
    if (d < dist && d <= REACH) [best, dist] = [h, d];
  }
  return best;
}

/** A year after a preposition ("in 2023", "for 2024"). */
const YEAR = /\b(?:in|during|for|of|by|through|until|to)\s+(?:the\s+(?:end\s+of\s+)?)?((?:19|20)\d{2})\b(?![-–/]\d)/gi;

/** A year written as an adjective of a yearly figure ("2024 revenue", "its 2023 net profit"). The nouns are
 *  figures reported per year; another noun after a year ("a 2024 report") dates the noun, not a value. */
const YEAR_OF_FIGURE = /\b((?:19|20)\d{2})\s+(?:(?:full-year|annual|fiscal|net|operating|pre-tax|pretax|total|gross|underlying|core)\s+){0,2}(?:revenues?|sales|turnover|profits?|earnings|income|loss|losses|results|budget|spending|output|production|deliveries|shipments|capex)\b/gi;

/** Period patterns, each with its canonical form; the one nearest the value wins. */
/** "the largest since 2017, when 30,000 hectares burned": the year dates the clause "when" opens, and only that
 *  clause's values (see readPeriod), never a value written before it. */
const WHEN_YEAR = /\b((?:19|20)\d{2}),?\s+when\b/g;

const PERIODS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/\b(first|second|third|fourth)\s+quarter\s+of\s+(?:the\s+)?(fiscal(?:\s+year)?\s+)?(\d{4})\b/gi, (m) => `${m[2] ? 'FY' : ''}${m[3]}-Q${ORDINAL[(m[1] ?? '').toLowerCase()]}`],
  [/\b(first|second)\s+half\s+of\s+(?:the\s+)?(fiscal(?:\s+year)?\s+)?(\d{4})\b/gi, (m) => `${m[2] ? 'FY' : ''}${m[3]}-H${ORDINAL[(m[1] ?? '').toLowerCase()]}`],
  [/\bQ([1-4])\s*(?:of\s+)?(FY\s?)?(\d{4})\b/gi, (m) => `${m[2] ? 'FY' : ''}${m[3]}-Q${m[1]}`],
  [/\b(?:H([12])\s*(\d{4})|(\d{4})\s*H([12]))\b/g, (m) => `${m[2] ?? m[3]}-H${m[1] ?? m[4]}`],
  [/\b(?:FY\s?|fiscal\s+(?:year\s+)?)(\d{4}|\d{2})\b/gi, (m) => `FY${(m[1] ?? '').length === 2 ? `20${m[1]}` : m[1]}`],
  [/\b(?:over|in|during|within|for)\s+the\s+(next|coming|past|last|previous)\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(years?|months?|quarters?)\b/gi, (m) => {
    const n = WORD_NUM[(m[2] ?? '').toLowerCase()] ?? m[2];
    return `${/next|coming/i.test(m[1] ?? '') ? 'next' : 'past'} ${n} ${(m[3] ?? '').replace(/s$/, '')}s`;
  }],
  [YEAR, (m) => m[1] ?? ''],
  [YEAR_OF_FIGURE, (m) => m[1] ?? ''],
  [WHEN_YEAR, (m) => m[1] ?? ''],
];

/**
 * Where a clause of its own begins: a comma before a participle ("…, adding 350 beds by 2027"), before a
 * conjunction or relative word and a lower-case word ("…, and profit rose 9% in 2024"), before the main verb that
 * ends an aside ("The company, which serves 2.4 million customers, said it would spend … over the next five
 * years"), a semicolon or a dash.
 * "including" and "excluding" open a list of parts, and "during", "according" are prepositions.
 */
const CLAUSE = /;\s|\s[—–-]\s|—|,\s+(?=(?!(?:including|excluding|during|according|regarding|concerning|pending|nothing|something|anything|everything|morning|evening|thing)\b)[a-z]{2,}ing\b|(?:and|but|while|whereas|which|who|although|though)\s+[a-z]|(?:said|says|added|told|announced|reported|warned|plans|planned|expects|aims|hopes|intends|will|would)\b)/g;

/** Offsets of the clause boundaries in a sentence. */
function clauseBreaks(s: string): number[] {
  return execAll(CLAUSE, s).map((m) => m.index ?? 0);
}

/**
 * A period written right after a value of its own clause ("…, adding 350 beds by 2027") dates that value: it
 * does not reach back across a clause boundary to a value of an earlier clause ("a £450 million plan"). Forward
 * it still reaches ("declined 76% in Q4 2025, while total assets stood at RMB 1.8 trillion"), and a period
 * with no value before it in its clause ("In 2024, sales rose 5%, and profit rose 9%") frames the whole sentence.
 */
function ownedLater(breaks: readonly number[], values: readonly ValueSpan[], start: number, at: number, atEnd: number): boolean {
  if (atEnd > start) return false;
  const broken = (from: number, to: number) => breaks.some((b) => b >= from && b < to);
  if (!broken(atEnd, start)) return false;
  // "a final dividend of 14.2p, bringing the total for 2024 to 21.0p": a value of the period's own clause, before
  // the period or after it, owns it.
  return values.some((w) => w.start !== at && w.start >= atEnd && (w.end <= start ? !broken(w.end, start) : !broken(start, w.start)));
}

/** Words that introduce a figure to compare with ("compared with 41.2 million in 2019", "up from 34.5 million"). */
const BASELINE = /\b(?:compared\s+(?:with|to)|against|versus|vs\.?|from|than)\s+(?:(?:a|an|the)\s+)?$/i;

/**
 * A period written right after a baseline figure dates the baseline, not an earlier value: in "39 million journeys
 * were made last year, compared with 41.2 million in 2019", 2019 is the year of the 41.2 million only.
 */
function ownedByBaseline(s: string, values: readonly ValueSpan[], start: number, at: number, atEnd: number): boolean {
  if (start < atEnd) return false;
  // The baseline is the value right before the period ("from ¥18 to ¥23 in 2024": 2024 is the move's, not ¥18's).
  const last = values.filter((w) => w.end <= start && w.start >= atEnd && w.start !== at).sort((a, b) => b.end - a.end)[0];
  return last !== undefined && BASELINE.test(s.slice(Math.max(0, last.start - 24), last.start));
}

/**
 * A year that dates an event rather than the span a value covers: the date something opens, ends or began ("due
 * to open in 2027", "once the work is finished in 2026", "founded in 1962"); "540 beds" is no figure for 1962.
 */
const EVENT_YEAR = /(?:\b(?:open|opens|opened|opening|complete|completed|completes|completion|finish|finished|finishes|ready|operational|online|service|start|starts|started|begin|begins|began|launch|launches|launched|built|founded|established|formed|incorporated|inaugurated|held|hosted|staged|close|closes|closed|delivered|delivery)\s+)$/i;

/** Periods as canonical strings: "FY2025", "2024-Q4", "FY2025-Q2", "2024-H1", "2023", "next 3 years". With the
 *  sentence's `values`, a period a later clause's value owns is left to it; a year that dates an event is none. */
export function readPeriod(s: string, at = 0, atEnd = at, values: readonly ValueSpan[] = []): string | null {
  let best: string | null = null;
  let dist = Infinity;
  const breaks = values.length > 1 ? clauseBreaks(s) : [];
  for (const [re, canon] of PERIODS) {
    re.lastIndex = 0;
    const taken: Array<[number, number]> = [];
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const start = m.index;
      const end = start + m[0].length;
      if (/\bthan\s+$/i.test(s.slice(Math.max(0, start - 6), start))) continue; // "smaller than in 2023" is a baseline
      if (re === YEAR && EVENT_YEAR.test(s.slice(Math.max(0, start - 24), start))) continue;
      if (re === WHEN_YEAR && start >= atEnd) continue;
      if (breaks.length && ownedLater(breaks, values, start, at, atEnd)) continue;
      if (ownedByBaseline(s, values, start, at, atEnd)) continue;
      const d = end <= at ? at - end : start >= atEnd ? start - atEnd : 0;
      // A more specific pattern earlier in the list wins a tie ("Q4 of 2024" over "of 2024").
      if (d < dist) [best, dist] = [canon(m), d];
      taken.push([start, end]);
    }
  }
  return best;
}

/** "up from £5.6 billion a year earlier": the value after "from" is the year before the sentence's period. */
const YEAR_BEFORE = /^\s*(?:a\s+year\s+(?:earlier|ago|before)|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before)\b/i;

/** A stated year shifted back by one when the value is the year before's ("£6.2 billion at the end of 2023, up from
 *  £5.6 billion a year earlier": the £5.6 billion is 2022's). */
export function yearBefore(sentence: string, end: number, period: string | null): string | null {
  const y = period === null ? null : /^(FY)?(\d{4})$/.exec(period);
  return y && YEAR_BEFORE.test(sentence.slice(end, end + 30)) ? `${y[1] ?? ''}${Number(y[2]) - 1}` : period;
}

/** How far (in characters) a month ("in April") may stand after its value. */
const NEXT_TO = 40;
/** How far (in characters) "last year" may stand from its value inside one clause. */
const CLAUSE_REACH = 80;

/**
 * The latest year in which `month` (1–12) had begun by the publication date: "in April" or "the second quarter"
 * written without a year mean the last one up to the date the text appeared. Null without a publication date.
 */
function latestYearOf(month: number, published: string | null): number | null {
  const pub = published ? /^(\d{4})-(\d{2})/.exec(published) : null;
  return pub ? Number(pub[1]) - (month > Number(pub[2]) ? 1 : 0) : null;
}

/** The year a sentence's "last year", "this year" or "next year" means, given the publication date; else null.
 *  Only a phrase next to the value (at…end) counts: no other figure stands between them. */
export function relativeYear(sentence: string, published: string | null, at: number, end: number): string | null {
  const year = published ? /^(\d{4})/.exec(published)?.[1] : undefined;
  const lower = sentence.toLowerCase();
  const m = year ? (RELATIVE_YEAR.exec(lower) ?? YEARS_AGO.exec(lower)) : null;
  if (!m || !year) return null;
  const between = m.index >= end ? sentence.slice(end, m.index) : m.index + m[0].length <= at ? sentence.slice(m.index + m[0].length, at) : '';
  // Within its clause: "15.2 million passengers passed through Kestrel Airport last year" reaches past a name, but
  // not past another figure, a clause break or a second verb phrase joined by "and".
  if (between.length > CLAUSE_REACH || /\d|[;:()]|\s[—–-]\s|,\s*(?:and|but|while|whereas|which|who|although)\b|\band\s+(?:[a-z]+ed|is|are|was|were|has|had|will)\b/.test(between)) return null;
  if (m[2] !== undefined) return String(Number(year) - Number(WORD_NUM[m[2]] ?? m[2]));
  return String(Number(year) + (m[1] === 'last' ? -1 : m[1] === 'next' ? 1 : 0));
}
/** "set six years ago", "two years ago": a year counted back from the publication date (group 2, digits or a word). */
const YEARS_AGO = /\b()(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+years\s+ago\b/;

/** "this season", "last season", "the 2026-27 season": group 1 a direction or group 2 and 3 the years. */
const SEASON = /\b(?:(this|last|next|current|previous|coming)\s+season|((?:19|20)\d{2})[-–/](\d{2})\s+season)\b/gi;

/**
 * The season a value is given for ("412,000 tonnes this season", "in the 2026-27 season"), as "2026-27 season", for
 * Claim.impliedPeriod: harvests and sports run across two calendar years, so "this season" is the one under way at
 * publication, taken to start in the second half of the year. Only a phrase in the value's clause counts (no
 * other figure between, as for "last year").
 */
export function statedSeason(sentence: string, published: string | null, at: number, end: number): string | null {
  // The season under way is the one that began in the latest July.
  const current = latestYearOf(7, published);
  return nearestReading(sentence, SEASON, at, end, (m, between) => {
    if (between.length > CLAUSE_REACH || /\d|[;:()]/.test(between)) return null;
    let first: number;
    if (m[2] && m[3]) {
      first = Number(m[2]);
      if ((first + 1) % 100 !== Number(m[3])) return null;
    } else if (current !== null) {
      const dir = (m[1] ?? '').toLowerCase();
      first = current + (dir === 'last' || dir === 'previous' ? -1 : dir === 'next' || dir === 'coming' ? 1 : 0);
    } else return null;
    return `${first}-${String((first + 1) % 100).padStart(2, '0')} season`;
  });
}

/**
 * The reading of the match of `re` nearest the value at `at`…`end` that `read` accepts, given the text between the
 * two (empty when they overlap); null when none is.
 */
function nearestReading(sentence: string, re: RegExp, at: number, end: number, read: (m: RegExpExecArray, between: string, start: number) => string | null): string | null {
  let best: string | null = null;
  let dist = Infinity;
  for (const m of execAll(re, sentence)) {
    const start = m.index ?? 0;
    const stop = start + m[0].length;
    const between = stop <= at ? sentence.slice(stop, at) : start >= end ? sentence.slice(end, start) : '';
    const d = stop <= at ? at - stop : start >= end ? start - end : 0;
    if (d >= dist) continue;
    const reading = read(m, between, start);
    if (reading !== null) [best, dist] = [reading, d];
  }
  return best;
}

/** A financial year by its end ("the year to March 2024", "twelve months ended 31 March 2024", "the financial year
 *  ending March 31, 2024"), named by the year it ends in as "FY2024" is; one ending in December is that calendar
 *  year. "2024-25", "2024/25" (not a sports season) is the financial year ending in 2025. */
const FINANCIAL_YEAR: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string | null]> = [
  [/\b(?:(?:financial|fiscal)\s+)?(?:year|twelve\s+months|12\s+months)\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d{2})\b/gi, (m) => `${/^dec/i.test(m[1] ?? '') ? '' : 'FY'}${m[2]}`],
  [/\b((?:19|20)\d{2})[-–/](\d{2})\b(?![-–/]\d|\s+season)/g, (m) => ((Number(m[1]) + 1) % 100 === Number(m[2]) ? `FY${Number(m[1]) + 1}` : null)],
];

/** "in the year to March", "the twelve months ended June", with no year written after the month. */
const YEAR_TO_MONTH = /\b(?:(?:financial|fiscal)\s+)?(?:year|twelve\s+months|12\s+months)\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b(?!\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d{2})/gi;

/** "in April", "for March 2025", "during September" right after a value (nothing but words between). */
const MONTH_AFTER = new RegExp(`^[^\\d.;:]{0,${NEXT_TO}}?\\b(?:in|for|during)\\s+(${MONTHS.join('|')})(?:\\s+((?:19|20)\\d{2}))?\\b`, 'i');

/**
 * The month a value is given for ("inflation rose to 3.4% in April from 2.9% in March"), as "2025-04", for
 * Claim.impliedPeriod: a monthly figure is compared only with figures for the same month. A month without a year
 * is the last such month up to the publication date; without a publication date only a written year will do.
 */
export function statedMonth(sentence: string, published: string | null, end: number): string | null {
  const m = MONTH_AFTER.exec(sentence.slice(end, end + NEXT_TO + 24));
  if (!m?.[1]) return null;
  const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
  const year = m[2] ? Number(m[2]) : latestYearOf(month, published);
  return year === null ? null : `${year}-${String(month).padStart(2, '0')}`;
}

/** A quarter or half named without its year: "in the second quarter", "in the three months to June", "first-half
 *  sales", "in the first three months of the year". Calendar quarters: "the three months to June" is Q2. */
const PART_OF_YEAR = new RegExp(
  [
    `\\b(first|second|third|fourth)[\\s-]+(quarter|half)\\b(?!\\s+of\\s+(?:the\\s+)?(?:fiscal|financial|\\d))`,
    `\\b(three|3|six|6)\\s+months\\s+(?:to|ended|ending|through)\\s+(?:the\\s+end\\s+of\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(march|june|september|december)\\b(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+((?:19|20)\\d{2}))?`,
    `\\bfirst\\s+(three|six)\\s+months\\s+of\\s+(?:the|this)\\s+year\\b`,
  ].join('|'),
  'gi',
);
/** How far a quarter or half may stand from its value, with no other figure between. */
const PART_REACH = 60;

/**
 * The quarter or half of a year a value is given for, as "2025-Q2" or "2025-H1", for Claim.impliedPeriod: a
 * quarter without a year is the latest one begun by the publication date ("the second quarter" in August 2025 is
 * 2025's). Only a phrase near the value with no other figure between counts.
 */
/** Every quarter or half a sentence names, read as statedPartOfYear reads them. */
export function partsOfYearIn(sentence: string, published: string | null): Set<string> {
  const out = new Set<string>();
  for (const m of execAll(PART_OF_YEAR, sentence)) {
    const p = statedPartOfYear(sentence, published, m.index ?? 0, m.index ?? 0);
    if (p) out.add(p);
  }
  return out;
}

export function statedPartOfYear(sentence: string, published: string | null, at: number, end: number): string | null {
  return nearestReading(sentence, PART_OF_YEAR, at, end, (m, between, start) => {
    // "In the second quarter, sales rose 5%": a phrase opening the sentence frames it past its comma; elsewhere a
    // comma ends the reach ("The chain, which runs 310 shops, said first-half sales …" dates the sales only).
    const opening = start < at && /^\W*(?:in|during|for|over)\s+the\s+$/i.test(sentence.slice(0, start));
    if (between.length > PART_REACH || /\d|[;:()]/.test(between) || (!opening && between.includes(','))) return null;
    let part: string;
    let startMonth: number;
    if (m[1] && m[2]) {
      const n = Number(ORDINAL[m[1].toLowerCase()]);
      const half = m[2].toLowerCase() === 'half';
      if (half && n > 2) return null;
      part = `${half ? 'H' : 'Q'}${n}`;
      startMonth = half ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1;
    } else if (m[4]) {
      const endMonth = MONTHS.indexOf(m[4].toLowerCase()) + 1;
      const half = /^(?:six|6)$/i.test(m[3] ?? '');
      // Six months to March or September cross a calendar half: no part of the calendar year names them.
      if (half && endMonth % 6 !== 0) return null;
      part = half ? `H${endMonth / 6}` : `Q${endMonth / 3}`;
      startMonth = endMonth - (half ? 5 : 2);
    } else {
      part = m[6]?.toLowerCase() === 'six' ? 'H1' : 'Q1';
      startMonth = 1;
    }
    const year = m[5] ? Number(m[5]) : latestYearOf(startMonth, published);
    return year === null ? null : `${year}-${part}`;
  });
}

/** The financial year written nearest a value, for Claim.impliedPeriod: which year "the year to March 2024" is
 *  called is the reader's convention (FY2024 or 2023/24), so it is compared with but not stated as a period. */
export function financialYear(sentence: string, at: number, end: number, published: string | null = null): string | null {
  let best: string | null = null;
  let dist = Infinity;
  // "the year to March", "the twelve months to March" with no year: the last such year ended by the publication date.
  const lastEnded = (m: RegExpExecArray): string | null => {
    const month = MONTHS.findIndex((x) => x.startsWith((m[1] ?? '').toLowerCase().slice(0, 3))) + 1;
    const year = month === 0 ? null : latestYearOf(month, published);
    return year === null ? null : `${month === 12 ? '' : 'FY'}${year}`;
  };
  for (const [re, canon] of [...FINANCIAL_YEAR, [YEAR_TO_MONTH, lastEnded] as const]) {
    for (const m of execAll(re, sentence)) {
      const start = m.index ?? 0;
      const stop = start + m[0].length;
      const d = stop <= at ? at - stop : start >= end ? start - end : 0;
      const name = canon(m);
      if (name !== null && d < dist) [best, dist] = [name, d];
    }
  }
  return best;
}

/** A deadline: "by 2026", "by the end of 2026". */
const BY = /\bby\s+(?:the\s+end\s+of\s+)?(?:FY\s?)?((?:19|20)\d{2})\b/gi;

/**
 * True when the period read for a value is a deadline ("adding 120 rooms by 2026"): the date a plan is to be done
 * by, not the span its value is measured over, so the size of the plan ("will add 90 rooms") is the same figure.
 */
export function isDeadline(s: string, period: string | null): boolean {
  return period !== null && /^\d{4}$/.test(period) && execAll(BY, s).some((m) => m[1] === period);
}
