// A purpose-built scanner for quantities: NLP libraries lose scales and currencies (see README), and a
// compiled regex over each sentence reads money, percentages, multiples, counts, physical quantities,
// ranks, scores and fractions at tens of MB/s.
import type { DataFiles } from '../config/data/index.js';
import { execAll } from '../core/regex.js';
import type { ClaimKind, Hedge, Interval } from '../core/types.js';
import { FRACTION_WORDS, ORDINALS, parseNumber, SCALE_WORDS, scaleOf, SPELLED } from './numbers.js';

export interface Quantity {
  /** Offsets relative to the scanned text (the hedge included). */
  start: number;
  end: number;
  kind: Exclude<ClaimKind, 'date'>;
  value: Interval;
  hedge: Hedge;
  ambiguous: boolean;
  /** The counted noun, for counts. */
  noun: string | null;
  /** Written with a scale word ("million", "bn"). */
  scaled: boolean;
  /** A second value for the same quantity written in brackets right after it ("$53 billion (RMB 380 billion)"). */
  conversion: Quantity | null;
}

export type Scanner = (text: string) => Quantity[];

const NUM = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${SPELLED})`;
const SCALE = '(?:trillion|billion|million|thousand|bn|mn|mln|tn|[mbk](?![a-z]))';
const HEDGES: ReadonlyArray<[string, Hedge]> = [
  ['more than', 'more-than'], ['greater than', 'more-than'], ['higher than', 'more-than'], ['over', 'more-than'],
  ['exceeding', 'more-than'], ['exceed', 'more-than'], ['exceeds', 'more-than'], ['exceeded', 'more-than'], ['north of', 'more-than'], ['above', 'more-than'],
  ['in excess of', 'more-than'], ['upwards of', 'more-than'], ['at least', 'at-least'], ['no less than', 'at-least'], ['a minimum of', 'at-least'],
  ['less than', 'less-than'], ['fewer than', 'less-than'], ['under', 'less-than'], ['below', 'less-than'],
  ['up to', 'at-most'], ['at most', 'at-most'], ['as much as', 'at-most'], ['as many as', 'at-most'], ['as high as', 'at-most'],
  ['topped', 'more-than'], ['passed', 'more-than'], ['passes', 'more-than'], ['surpassed', 'more-than'], ['surpasses', 'more-than'], ['tops', 'more-than'], ['no more than', 'at-most'], ['a maximum of', 'at-most'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['just under', 'nearly'], ['close to', 'nearly'], ['just shy of', 'nearly'],
  ['about', 'about'], ['approximately', 'about'], ['approx.', 'about'], ['around', 'about'], ['roughly', 'about'],
  ['some', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['circa', 'about'], ['~', 'about'], ['just over', 'more-than'],
  // "an initial fee of £58 million, which could rise to £70 million": a ceiling the figure may reach.
  ['could rise to', 'at-most'], ['may rise to', 'at-most'], ['might rise to', 'at-most'], ['potentially rising to', 'at-most'],
];
const HEDGE_MAP = new Map(HEDGES);
/** A verb of motion before "up to" ("edged up to 3.1%", "ticked up to", "revised up to"). */
const MOVED_UP = /\b(?:edged|edges|edging|moved|moves|moving|went|goes|going|ticked|ticks|crept|creeps|inched|inches|shot|shoots|jumped|jumps|climbed|climbs|revised|pushed|pushes|bumped|stepped|ramped|ratcheted|marked|rounded|scaled)\s+$/i;
/** "from" right before a value, except after "range" or "vary", where "from … to" spans a range. */
const FROM = /(?<!\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+)\bfrom\s+$/i;
/** A hedge word's band: "about" widens by 5% either way; "nearly" means up to 10% below. */
const ABOUT = 0.05;
const NEARLY = 0.1;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(esc).join('|');
const ORD = Object.keys(ORDINALS).join('|');

const RANK_HINT = /rank|plac|finish|came|comes|stood|largest|biggest|highest|lowest|most|best|fastest|smallest|no\./i;
const FRACTION_HINT = /half|third|quarter|fifth|tenth|\d\s?\/\s?\d|\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\b/i;
/** "2 in 5 adults", "one in four firms": a share written as N in M, before the counted noun (not a duration). */
const IN_EVERY = '(?<c>\\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\\s+in\\s+(?<d>\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)(?=\\s+(?:[a-z-]+\\s+){0,2}?(?!(?:years|months|weeks|days|hours|minutes|seconds|decades|times)\\b)[a-z-]+s\\b)';
/** The M of "2 in 5 adults" is no count of its own. */
const IN_EVERY_BEFORE = /\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\s+in\s+$/i;

interface UnitInfo {
  base: string;
  dimension: string;
  factor: number;
  offset: number;
}

export function makeScanner(data: Pick<DataFiles, 'currencies' | 'units'>): Scanner {
  const symbols = new Map<string, string>();
  const words = new Map<string, string>();
  const after = new Map<string, string>();
  const subunits = new Map<string, { code: string; factor: number }>();
  for (const c of data.currencies.currencies) {
    c.symbols.forEach((s) => symbols.set(s, c.code));
    c.words.forEach((w) => words.set(w.toLowerCase(), c.code));
    c.wordsAfter.forEach((w) => after.set(w.toLowerCase(), c.code));
    for (const u of c.subunits) for (const n of u.names) subunits.set(n.toLowerCase(), { code: c.code, factor: u.factor });
  }
  const ambiguous = new Map(data.currencies.ambiguous.map((a) => [a.symbol, a.assume]));
  ambiguous.forEach((code, s) => symbols.set(s, code));
  // The base unit of a dimension is the one whose factor is 1; every value is stated in it.
  const bases = new Map<string, string>();
  for (const u of data.units.units) if (u.factor === 1 && u.offset === 0) bases.set(u.dimension, u.id);
  const units = new Map<string, UnitInfo>();
  const letters = new Map<string, UnitInfo>();
  for (const u of data.units.units) {
    // One-letter names ("m", "t", "g") collide with scales and words; they are read only where nothing else fits
    // (see `letter` below), and "m" never, since "$5m" is money and "1,500 m" is handled as a metre case.
    for (const n of u.names) (n.length > 1 ? units : letters).set(n.toLowerCase(), { base: bases.get(u.dimension) ?? u.id, dimension: u.dimension, factor: u.factor, offset: u.offset });
  }
  for (const s of Object.keys(SCALE_WORDS)) letters.delete(s);
  // "a magnitude 6.4 quake": units written before their number.
  const before = new Map<string, UnitInfo>();
  for (const u of data.units.units) for (const n of u.namesBefore) before.set(n.toLowerCase(), { base: bases.get(u.dimension) ?? u.id, dimension: u.dimension, factor: u.factor, offset: u.offset });
  const beforeRe = before.size ? new RegExp(`\\b(?<name>${alt([...before.keys()])})[\\s-]+(?<num>\\d{1,3}(?:\\.\\d+)?)(?![\\d,.]?\\d)`, 'gi') : null;
  const sym = alt([...symbols.keys()]);
  const word = alt([...words.keys()]);
  const postWord = alt([...words.keys(), ...after.keys()]);
  // The regex decides which side a word may stand on; looking a matched word up may use either list.
  const postWords = new Map([...words, ...after]);
  const unit = alt([...units.keys()]).replace(/ /g, '\\s+');
  // "35 g of sugar", "2 l per day": a one-letter unit after a space, then "of" or "per", which a stray letter rarely has.
  const letter = letters.size ? `|\\s(?<letter>${alt([...letters.keys()])})(?=\\s+(?:of|per)\\b)` : '';
  // "325 pence", "4.1p a share": a subunit after the number; a one-letter one only glued to it, and not a video
  // format ("1080p video").
  const longSubs = [...subunits.keys()].filter((n) => n.length > 1);
  const shortSubs = [...subunits.keys()].filter((n) => n.length === 1);
  const sub =
    (longSubs.length ? `|\\s(?<sub>${alt(longSubs)})\\b` : '') +
    (shortSubs.length ? `|(?<subGlued>${alt(shortSubs)})(?![\\w])(?!\\s+(?:resolution|video|hd|display|screen|stream|format)\\b)` : '');
  const hedge = alt(HEDGES.map(([h]) => h));
  const re = new RegExp(
    // Starting only where no letter or digit precedes rejects most positions at once (the scanner's hot path); a
    // letter and a hyphen before the number make it part of a name ("Aurelis-1", "Covid-19", "F-35"), not a value.
    `(?<![\\p{L}\\p{N}_.,]|\\p{L}-)(?<hedge>(?:${hedge})\\s*)?` +
      // A currency code may be glued to its number ("RMB380 million", "HKD120m"); a bare number must stand alone.
      `(?:(?<pre>${sym})\\s?|\\b(?<preWord>${word})\\s?|(?<![\\w.,/]))(?<num>${NUM})(?:\\s?(?:-|–|to)\\s?(?<pre2>${sym})?(?<num2>${NUM}))?` +
      // "$1.5-billion": a scale word may be hyphenated; a hyphenated letter ("a 10-m wall") is no scale, and neither
      // is a compound modifier ("a 32-billion-parameter model").
      `(?:(?:\\s|-(?=(?:trillion|billion|million|thousand)\\b(?!-)))?(?<scale>${SCALE})\\b)?` +
      `(?:\\s?(?<pct>%|per ?cent\\b|percentage points?\\b|pp\\b)|(?<mult>x\\b|\\s?times\\b)|[\\s-]?(?<unit>${unit})(?![\\w])${sub}|(?<degree>[cf])(?![\\w])|\\s(?<postWord>${postWord})\\b|\\s(?<points>points|pts)\\b${letter})?`,
    'giu',
  );
  const rankRe = new RegExp(
    `\\b(?:(?:rank(?:ed|s|ing)?|placed|placing|finished|finishing|came|comes|stood)\\s+(?:as\\s+)?(?:the\\s+)?(?:no\\.?\\s*|number\\s+)?(?<n1>${ORD}|\\d{1,4}(?:st|nd|rd|th)?)\\b|(?<n2>${ORD}|\\d{1,3}(?:st|nd|rd|th))[- ](?:largest|biggest|highest|lowest|most|best|fastest|smallest)\\b|\\bno\\.\\s?(?<n3>\\d{1,3})\\b)`,
    'gi',
  );
  // "54th in the world, up from 61st", "moving up to fourth in the table": an ordinal after from/to in a sentence
  // about ranking ("the second half", "third parties" name no rank).
  const rankFrom = new RegExp(`\\b(?:from|to)\\s+(${ORD}|\\d{1,3}(?:st|nd|rd|th))\\b(?![- ](?:half|quarter|part(?:y|ies)|hand|time|round|leg)\\b)`, 'gi');
  const aboutRank = /\b(?:rank|ranks|ranked|ranking|place|placed|position|standings|table)\b|\d(?:st|nd|rd|th)\s+(?:in|among)\b/i;
  const fracRe = new RegExp(
    `(?<hedge>\\b(?:${hedge})\\s+)?(?<![\\w-])(?:(?:(?:a|one)\\s+(?<w>half|third|quarter|fifth|tenth)|(?<h>half)|(?<two>two)[- ]thirds|(?<three>three)[- ]quarters|(?<a>\\d{1,2})\\s?/\\s?(?<b>\\d{1,2}))(?:\\s+of\\b|(?<=\\b(?:by|of\\s+(?:whom|which|them|those))\\s+(?:(?:${hedge})\\s+)?(?:a\\s+|one\\s+)?\\w+(?:[- ]\\w+)?)(?![\\w-]))|${IN_EVERY})`,
    'gi',
  );
  const lookups: Lookups = { symbols, words: postWords, ambiguous, units: new Map([...units, ...letters]), subunits };
  // Most sentences hold no number at all; one cheap test spares them the three scanners below.
  const maybe = new RegExp(`\\d|\\b(?:${SPELLED}|half|third|quarter|thirds|quarters|${ORD})\\b`, 'i');
  return (text) => {
    const out: Quantity[] = [];
    if (!maybe.test(text)) return out;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const g = m.groups ?? {};
      // "rose from ¥18 to ¥23", "from 18 to 23 people": a move from one value to another is two values, as "from 5%
      // to 7%" is; the first keeps what the two share after the second (scale, unit, noun). "ranging from" is a range.
      if (g.num && g.num2 && FROM.test(text.slice(Math.max(0, m.index - 20), m.index))) {
        const first = toQuantity(text, m.index, m[0], { ...g, num2: undefined, pre2: undefined }, lookups);
        const numAt = m[0].indexOf(g.num, g.hedge?.length ?? 0);
        if (first) out.push({ ...first, end: m.index + numAt + g.num.length });
        re.lastIndex = m.index + m[0].indexOf(g.num2, numAt + g.num.length) - (g.pre2?.length ?? 0);
        continue;
      }
      // "Core inflation edged up to 3.1%": "up to" after a verb of motion is where the value moved, no ceiling.
      const moved = g.hedge !== undefined && /^up\s+to\s*$/i.test(g.hedge) && MOVED_UP.test(text.slice(Math.max(0, m.index - 12), m.index));
      const q = moved ? toQuantity(text, m.index + (g.hedge?.length ?? 0), m[0].slice(g.hedge?.length ?? 0), { ...g, hedge: undefined }, lookups) : toQuantity(text, m.index, m[0], g, lookups);
      if (q) out.push(q);
      // "in 2024 to $4.35 billion" is no range: read again from the second number.
      else if (g.num2) re.lastIndex = m.index + m[0].indexOf(g.num2, (g.hedge?.length ?? 0) + (g.num?.length ?? 0)) - (g.pre2?.length ?? 0);
      if (m[0].length === 0) re.lastIndex++;
    }
    // The rank and fraction patterns are costly to try at every position; a plain word test spares most sentences.
    const rankWords = RANK_HINT.test(text);
    for (const m of rankWords ? execAll(rankRe, text) : []) {
      const g = m.groups ?? {};
      const raw = (g.n1 ?? g.n2 ?? g.n3 ?? '').toLowerCase();
      const n = ORDINALS[raw] ?? Number.parseInt(raw, 10);
      if (!Number.isFinite(n)) continue;
      const start = (m.index ?? 0) + m[0].toLowerCase().indexOf(raw);
      if (out.some((q) => q.start < start + raw.length && q.end > start)) continue;
      out.push(plain(start, start + raw.length, 'rank', n, 'rank'));
    }
    if (aboutRank.test(text) || out.some((q) => q.kind === 'rank')) {
      for (const m of execAll(rankFrom, text)) {
        const raw = m[1] ?? '';
        const start = (m.index ?? 0) + m[0].length - raw.length;
        if (!out.some((q) => q.start < start + raw.length && q.end > start)) out.push(plain(start, start + raw.length, 'rank', ORDINALS[raw.toLowerCase()] ?? Number.parseInt(raw, 10), 'rank'));
      }
    }
    for (const m of FRACTION_HINT.test(text) ? execAll(fracRe, text) : []) {
      const g = m.groups ?? {};
      const at = m.index ?? 0;
      // "the first half of 2024" is a period, not a fraction.
      if (/\b(?:first|second|third|fourth|last|latter|next|the)\s+$/i.test(text.slice(Math.max(0, at - 8), at))) continue;
      const f = g.w ? FRACTION_WORDS[g.w.toLowerCase()] : g.h ? 0.5 : g.two ? 2 / 3 : g.three ? 0.75 : g.c && g.d ? (parseNumber(g.c) ?? NaN) / (parseNumber(g.d) ?? NaN) : Number(g.a) / Number(g.b);
      if (f === undefined || !Number.isFinite(f) || f <= 0 || f > 1) continue;
      const h: Hedge = g.hedge ? (HEDGE_MAP.get(g.hedge.trim().toLowerCase()) ?? 'exact') : 'exact';
      const end = /of$/i.test(m[0]) ? at + m[0].length - 2 : at + m[0].length; // leave "of" out of the value text
      if (out.some((q) => q.start < end && q.end > at)) continue;
      out.push({ start: at, end: end - (/\s$/.test(text.slice(at, end)) ? 1 : 0), kind: 'percent', value: { ...interval(f * 100, null, h), unit: '%' }, hedge: h, ambiguous: false, noun: null, scaled: false, conversion: null });
    }
    for (const m of beforeRe ? execAll(beforeRe, text) : []) {
      const u = before.get((m.groups?.name ?? '').toLowerCase());
      const n = parseNumber(m.groups?.num ?? '');
      if (!u || n === null) continue;
      const start = m.index ?? 0;
      const end = start + m[0].length;
      // The number alone was read as a bare count or not at all; the unit before it says what it is.
      for (let i = out.length - 1; i >= 0; i--) if ((out[i] as Quantity).start < end && (out[i] as Quantity).end > start) out.splice(i, 1);
      out.push(plain(start, end, 'quantity', n * u.factor + u.offset, u.base));
    }
    out.sort((a, b) => a.start - b.start || b.end - a.end);
    return linkConversions(text, linkRanges(text, out));
  };
}

function plain(start: number, end: number, kind: Quantity['kind'], v: number, unit: string): Quantity {
  return { start, end, kind, value: { low: v, high: v, unit }, hedge: 'exact', ambiguous: false, noun: null, scaled: false, conversion: null };
}

/** "1% to 3%", "between $35 billion and $40 billion": two values of one unit joined as a range are one claim. */
function linkRanges(text: string, qs: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < qs.length; i++) {
    const a = qs[i] as Quantity;
    const b = qs[i + 1];
    // "between 2 and 5 people": the noun is written once, after the second bound.
    const bare = a.kind === 'count' && a.noun === null && b?.kind === 'count' && b.noun !== null;
    // "between 420,000 and 450,000 tonnes": the first bound is a bare number in the second's unit.
    const inUnit = b ? bareInUnit(text, a, b) : null;
    if (inUnit && b) {
      const between = text.slice(a.end, b.start);
      const lead = text.slice(Math.max(0, a.start - 9), a.start);
      const joined = (/^\s*(?:-|–|to)\s*$/i.test(between) && !/\bfrom\s+$/i.test(lead)) || (/^\s+and\s+$/i.test(between) && /\bbetween\s+$/i.test(lead));
      const hi = b.value.low ?? 0;
      if (joined && b.hedge === 'exact' && hi > inUnit) {
        out.push({ ...b, start: a.start, hedge: 'range', value: { low: inUnit, high: hi, unit: b.value.unit } });
        i++;
        continue;
      }
    }
    if (b && (a.value.unit === b.value.unit || bare) && a.hedge === 'exact' && b.hedge === 'exact' && a.kind !== 'rank') {
      const between = text.slice(a.end, b.start);
      const lead = text.slice(Math.max(0, a.start - 9), a.start);
      const dash = /^\s*(?:-|–|to)\s*$/i.test(between) && !/\bfrom\s+$/i.test(lead); // "from 5% to 7%" is a change
      const and = /^\s+and\s+$/i.test(between) && /\bbetween\s+$/i.test(lead);
      const lo = a.value.low ?? 0;
      const hi = b.value.low ?? 0;
      if ((dash || and) && hi > lo) {
        out.push({ ...a, end: b.end, hedge: 'range', noun: b.noun, value: { low: lo, high: hi, unit: b.value.unit } });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** A bare first bound ("420,000" in "420,000 to 450,000 tonnes") in the unit of the physical quantity after it, or
 *  null. The scanner lent it the unit's word as a counted noun; the bound is scaled by the unit's factor, read off
 *  the second bound (not for units with an offset, temperatures, or a second bound written with a scale word). */
function bareInUnit(text: string, a: Quantity, b: Quantity): number | null {
  if (a.kind !== 'count' || b.kind !== 'quantity' || a.hedge !== 'exact' || a.value.low === null || b.value.low === null) return null;
  const written = text.slice(b.start, b.end);
  const word = /([a-z]+)\s*$/i.exec(written)?.[1]?.toLowerCase();
  if (a.noun !== null && a.noun !== word) return null;
  const raw = /^\D*?(\d[\d,]*(?:\.\d+)?)\s*[a-z°º]/i.exec(written)?.[1];
  if (!raw || /\b(?:thousand|million|billion|trillion|bn|m|k)\b/i.test(written) || /^[cf]$/i.test(b.value.unit)) return null;
  const n = Number(raw.replace(/,/g, ''));
  return n > 0 ? (a.value.low * b.value.low) / n : null;
}

/** "$53 billion (RMB 380 billion)", "a 40 km (25-mile) route": a bracketed second value of the same kind is one claim. */
function linkConversions(text: string, qs: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < qs.length; i++) {
    const a = qs[i] as Quantity;
    const b = qs[i + 1];
    // Money in brackets converts only into another currency; a length in brackets may share the canonical unit.
    if (b && a.kind === b.kind && ((a.kind === 'money' && a.value.unit !== b.value.unit) || a.kind === 'quantity')) {
      const between = text.slice(a.end, b.start);
      const after = text.slice(b.end, b.end + 3);
      if (/^\s*[(（]\s*(?:(?:or|i\.e\.|equivalent to|about|approximately|roughly|around)\s+)?$/i.test(between) && /^\s*[)）]/.test(after)) {
        out.push({ ...a, conversion: b });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

interface Lookups {
  symbols: Map<string, string>;
  words: Map<string, string>;
  ambiguous: Map<string, string>;
  units: Map<string, UnitInfo>;
  subunits: Map<string, { code: string; factor: number }>;
}

function toQuantity(text: string, at: number, whole: string, g: Record<string, string | undefined>, lk: Lookups): Quantity | null {
  const n1 = parseNumber(g.num ?? '');
  if (n1 === null) return null;
  const spelled = !/\d/.test(g.num ?? '');
  const n2 = g.num2 ? parseNumber(g.num2) : null;
  // "in 2024 to $4.35 billion": a currency on the second number only, or a year first, is no range.
  if (g.num2 && ((g.pre2 && !g.pre) || /^(1[89]|20)\d{2}$/.test(g.num ?? ''))) return null;
  const scale = scaleOf(g.scale) ?? 1;
  const subunit = g.sub || g.subGlued ? lk.subunits.get((g.sub ?? g.subGlued ?? '').toLowerCase()) : undefined;
  const currency = subunit ? subunit.code : g.pre ? lk.symbols.get(g.pre) : g.preWord ? lk.words.get(g.preWord.toLowerCase()) : g.postWord ? lk.words.get(g.postWord.toLowerCase()) : undefined;
  // Without a currency, "1,500 m" is metres, not millions (SI writes the metre as m; money writes "$5m").
  const metre = !currency && g.scale === 'm' && !g.pct && !g.mult && !g.unit && !g.letter && /^\s/.test(whole.slice(whole.indexOf('m', (g.num?.length ?? 0)) - 1));
  // "41.2C", "104F": a capital C or F glued to a number is a temperature in British and American news.
  if (g.degree && !/^[CF]$/.test(g.degree)) return null;
  const named = g.unit ?? g.letter ?? (g.degree ? `°${g.degree}` : undefined);
  const physical = named ? lk.units.get(named.toLowerCase().replace(/\s+/g, ' ')) : metre ? lk.units.get('metre') : undefined;
  let kind: Quantity['kind'];
  let unit: string;
  const scaleFactor = metre ? 1 : scale * (subunit?.factor ?? 1);
  if (currency) [kind, unit] = ['money', currency];
  else if (g.pct) [kind, unit] = /point|pp/i.test(g.pct) ? ['percent', 'pp'] : ['percent', '%'];
  else if (g.mult) [kind, unit] = ['multiple', 'x'];
  else if (physical) [kind, unit] = ['quantity', physical.base];
  else if (g.points || listedBefore(text, at + whole.length) === 'points') [kind, unit] = ['score', 'points'];
  else [kind, unit] = ['count', 'count'];
  // A bare spelled-out word ("one of", "some") is rarely a claim unless a unit or scale makes it one.
  if (spelled && kind === 'count' && !g.scale) return null;
  // Years are read by the date extractor, not as counts.
  if (kind === 'count' && !g.scale && /^(1[89]|20)\d{2}$/.test(g.num ?? '')) return null;
  // "Lumen's Nova 7 arrives", "the Boeing 737 jets": a small bare number right after a capitalised word inside the
  // sentence is a model's or an article's number, part of a name (entities read it so), not a count.
  if (kind === 'count' && !g.scale && !g.hedge && (g.num ?? '').length <= 3 && modelNumber(text.slice(Math.max(0, at - 30), at + whole.search(/\d/)))) return null;
  // "aged 18 to 65" gives ages, not a count of the people of that age written next to it.
  if (kind === 'count' && AGED.test(text.slice(Math.max(0, at - 24), at))) return null;
  if (kind === 'count' && IN_EVERY_BEFORE.test(text.slice(Math.max(0, at - 10), at))) return null;
  // "1 / 4 of it": either side of a slash fraction is read by the fraction pattern, not as a count.
  if (kind === 'count' && (/\d\s?\/\s?$/.test(text.slice(Math.max(0, at - 4), at)) || /^\s?\/\s?\d/.test(text.slice(at + whole.length, at + whole.length + 4)))) return null;
  const hedge: Hedge = n2 !== null ? 'range' : g.hedge ? (HEDGE_MAP.get(g.hedge.trim().toLowerCase()) ?? 'exact') : 'exact';
  let end = at + whole.length;
  // "61st", "5G": a number glued to letters the scanner did not read is an ordinal or a name, not a quantity.
  if (/^[A-Za-z]/.test(text.slice(end, end + 1)) && !/\s$/.test(whole)) return null;
  while (end > at && /\s/.test(text[end - 1] ?? '')) end--;
  const noun = kind === 'count' ? (nounAfter(text, end) ?? nounGlued(text, end) ?? listedNoun(text, end) ?? nounBefore(text, at)) : null;
  // A bare number is no claim; with a scale ("3.24 billion") it may still be a count whose noun came before it.
  if (kind === 'count' && !noun && !g.scale && !nounNearby(text, at, end)) return null;
  // "2,700 kWh", "350 MW", "70 km/h": a unit the data does not know is no counted noun for a neighbour to lend.
  if (kind === 'count' && !noun && !g.scale && UNIT_LIKE.test(text.slice(end, end + 8))) return null;
  // "lows of -12 °C": a minus sign before a temperature (other quantities written with one are rare, and a dash
  // before a number is more often a range or a list).
  const below = physical?.dimension === 'temperature' && /(?:^|[\s(])[-−]$/.test(text.slice(Math.max(0, at - 2), at));
  if (below) at--;
  // Twelve significant digits: 4.1 × 1e6 is 4099999.9999999995 in binary floating point, and reports print 4100000.
  const convert = (v: number) => Number((physical ? v * physical.factor + physical.offset : v).toPrecision(12));
  const v1 = convert((below ? -n1 : n1) * scaleFactor);
  const v2 = n2 !== null ? convert(n2 * scaleFactor) : null;
  return {
    start: at,
    end,
    kind,
    value: { ...interval(v1, v2, hedge), unit: noun && kind === 'count' ? `count:${noun}` : unit },
    hedge,
    ambiguous: g.pre !== undefined && lk.ambiguous.has(g.pre),
    noun,
    scaled: g.scale !== undefined,
    conversion: null,
  };
}

/** A capitalised word (or acronym) with a word before it in its sentence, right before a number. */
const MODEL_BEFORE = /[\p{L}\p{N},'’]\s+(?:[A-Z][a-z]+|[A-Z]{2,}[a-z]?)\s$/u;
/** Months and weekdays, and their abbreviations, before a day's number ("on September 19", "Monday 3"). */
const CALENDAR = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)$/i;
/** Whether the text before a number ends in a model's name (see MODEL_BEFORE), not a month or a weekday. */
function modelNumber(lead: string): boolean {
  return MODEL_BEFORE.test(lead) && !CALENDAR.test(/([A-Za-z]+)\s$/.exec(lead)?.[1] ?? '');
}

/** A neighbour gives a bare count its noun: "About 3,000 of its 25,000 employees", "up from 9,800 to 8,100 staff".
 *  Only asked for a bare count, the one case where it decides anything. */
const OF_AFTER = /^\s+of\b/;
/** "between 2 and 5 people": the first bound of a range; "up 320,000 on the year": a change in a count named nearby. */
const LINKED_BEFORE = /\b(?:from|to|versus|vs\.?|compared with|between|up|down)\s+$/i;
/** A unit symbol right after a number: mixed or upper case ("kWh", "MW") or written with a slash ("km/h"). */
const UNIT_LIKE = /^\s?(?:[a-z]?[A-Z][A-Za-z]{0,3}|[a-z]{1,3}\/[a-z]{1,3})(?![\w])/;
/** An age, or the first or second bound of an age range ("aged 18 to 65", "ages 5-11"). */
const AGED = /\b(?:aged|ages|age)\s+(?:(?:between|from)\s+)?(?:\d{1,3}\s*(?:-|–|to|and)\s*)?$/i;
/** "short of its 15,000 target": a bare count before a word for a goal or total counts what a neighbour counts. */
const GOAL_AFTER = /^\s+(?:target|goal|total|cap|limit|mark|threshold)\b/i;
/** "2,400 homes, of which 720 will be affordable": a part given after its whole counts what the whole counts. */
const PART_OF_WHOLE = /\bof\s+(?:which|whom)\s+$/i;
function nounNearby(text: string, at: number, end: number): boolean {
  return PART_OF_WHOLE.test(text.slice(Math.max(0, at - 12), at)) || OF_AFTER.test(text.slice(end, end + 4)) || GOAL_AFTER.test(text.slice(end, end + 12)) || LINKED_BEFORE.test(text.slice(Math.max(0, at - 16), at)) || ELLIPSIS.test(text.slice(end, end + 14));
}
/** "3,200 children got the vaccine and 1,900 received a dummy shot", "Of the 4,800 children, 3,200 received …": a
 *  bare number that is its clause's subject, a verb right after it, counts the noun of a count beside it (the
 *  extractor lends that noun, and drops the number when no count in the sentence has one). */
const ELLIPSIS = /^\s+(?:received|got|were|had|took|won|died|voted|signed|joined|left|attended|completed|finished|remained|remain|stayed|returned|opened|closed|failed|passed|qualified|survived|registered|applied|responded|said|chose|opted|went)\b/;

/** "22 and 18 points", "2,100, 1,400 and 950 people": a bare number listed before others; the end of the last. */
const LISTED = /^(?:\s*,|\s+and|\s+or)\s+\d[\d.,]*(?<![.,])/;
function listEnd(text: string, end: number): number | null {
  let at: number | null = null;
  for (let m = LISTED.exec(text.slice(end)); m; m = LISTED.exec(text.slice(end))) [end, at] = [end + m[0].length, end + m[0].length];
  return at;
}
/** A bare number listed before a score ("22 and 18 points") is a score too. */
function listedBefore(text: string, end: number): 'points' | null {
  const last = listEnd(text, end);
  return last !== null && /^\s+points\b/.test(text.slice(last, last + 8)) ? 'points' : null;
}
/** A bare count listed before one with its noun ("2,100 and 950 people") counts the same thing. */
function listedNoun(text: string, end: number): string | null {
  const last = listEnd(text, end);
  return last === null ? null : nounAfter(text, last);
}

/** The interval a hedged value stands for; exact values are points, rounding is the rule's tolerance. */
export function interval(v: number, v2: number | null, hedge: Hedge): { low: number | null; high: number | null } {
  switch (hedge) {
    case 'range':
      return { low: Math.min(v, v2 ?? v), high: Math.max(v, v2 ?? v) };
    case 'more-than':
    case 'at-least':
      return { low: v, high: null };
    case 'less-than':
    case 'at-most':
      return { low: null, high: v };
    case 'nearly':
      return { low: v * (1 - NEARLY), high: v };
    case 'about':
      return { low: v * (1 - ABOUT), high: v * (1 + ABOUT) };
    default:
      return { low: v, high: v };
  }
}

const NOUN_SKIP = new Set(['cents', 'pence', 'basis', 'points', 'of', 'the', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'is', 'was', 'are', 'were', 'a', 'an', 'this', 'its', 'his', 'has', 'percent']);

const TIME_NOUNS = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'decades', 'quarters', 'times', 'centuries']);

/** "staff numbers fell from 9,800", "passenger numbers reached 2.1 million", "members totalled 4,000": the counted
 *  noun, or its singular before "numbers", right before a verb that states or moves a count. */
const NOUN_BEFORE = /\b([a-z][a-z-]*s|staff|people|personnel|workforce)\s+(?:(numbers?|counts?|totals?)\s+)?(?:rose|fell|grew|dropped|declined|increased|decreased|climbed|jumped|slipped|reached|hit|totalled|totaled|numbered|topped|stood\s+at|stand\s+at|stands\s+at)\s+(?:(?:from|to|by|at)\s+)?$/i;
const COUNT_WORDS = new Set(['numbers', 'number', 'counts', 'count', 'totals', 'total', 'figures', 'levels', 'sales', 'revenues', 'profits', 'earnings', 'prices', 'rates', 'costs', 'shares', 'losses', 'assets', 'returns', 'exports', 'imports']);
/** "A crowd of 61,482", "an attendance of 64,100", "the death toll from the quake has risen to 214", "killing 14 people
 *  and injuring 230": a word for a gathering or a tally of people, or a verb that harms people, written before a
 *  bare number, counts people. */
const PEOPLE_BEFORE = /(?:\b(?:crowds?|attendances?|audiences?|turnout|workforce|headcount|population|(?:death\s+)?toll)\s+(?:(?:from|in|of|at|after)\s+[^,.;:]{1,60}?\s+)?(?:of\s+|(?:has\s+|had\s+|have\s+)?(?:risen|rose|climbed|reached|stood|stands|passed|hit|jumped|grew|was|is)\s+(?:to\s+|at\s+)?)|\b(?:killing|injuring|wounding)\s+)(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least)\s+)?$/i;
/** "The number of patients waiting for planned treatment at the trust rose to 61,300": the noun after "number of"
 *  is what the value at the end of its clause counts, however long the phrase between. */
const NUMBER_OF = /\bnumbers?\s+of\s+([a-z][a-z-]*s|people|staff|children)\b[^,.;:()]{0,90}?\s(?:has\s+|had\s+|have\s+)?(?:rose|risen|fell|fallen|grew|grown|reached|hit|climbed|jumped|dropped|stood|stands|was|is|totalled|totaled|topped)\s+(?:(?:to|at|by)\s+)?(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least)\s+)?$/i;
function nounBefore(text: string, at: number): string | null {
  if (PEOPLE_BEFORE.test(text.slice(Math.max(0, at - 120), at))) return 'people';
  const counted = NUMBER_OF.exec(text.slice(Math.max(0, at - 160), at))?.[1]?.toLowerCase();
  if (counted && !NOUN_SKIP.has(counted) && !TIME_NOUNS.has(counted)) return counted;
  const m = NOUN_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
  const word = m?.[1]?.toLowerCase();
  if (!m || !word) return null;
  // "admissions in Wales rose to 1,240": a capitalised word inside the sentence is a name, not the counted noun.
  const lead = text.slice(0, Math.max(0, at - 60) + m.index).trimEnd();
  if (/^[A-Z]/.test(m[1] ?? '') && lead !== '' && !/[.!?:"“‘(]$/.test(lead)) return null;
  if (!COUNT_WORDS.has(word)) return NOUN_SKIP.has(word) || TIME_NOUNS.has(word) ? null : word;
  // "passenger numbers": the counted things are the word before "numbers", made plural.
  const prev = /\b([a-z]{3,})\s+$/i.exec(text.slice(Math.max(0, at - m[0].length - 30), at - m[0].length))?.[1];
  if (!prev || word !== 'numbers' || m[2] !== undefined || /s$/i.test(prev) || NOUN_SKIP.has(prev.toLowerCase()) || /^(?:their|our|these|those|total|overall|record)$/i.test(prev)) return null;
  return `${prev.toLowerCase()}s`;
}

const PARTITIVE = /^\s+of\s+(?:its|the|their|his|her|our)\s(?!\s*\d)/;

/** "a 350-bed hospital", "the 42,000-seat ground", "a 5,000-strong workforce": a noun hyphenated to its number counts
 *  that thing (made plural); a span of time ("a 3-day strike", "a 24-year-old") counts none. */
function nounGlued(text: string, end: number): string | null {
  const word = /^-([a-z]{3,})\b(?!-)/.exec(text.slice(end, end + 24))?.[1];
  if (!word || NOUN_SKIP.has(word)) return null;
  if (word === 'strong') return 'people';
  const plural = /(?:s|x|ch|sh)$/.test(word) ? `${word}es` : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;
  return TIME_NOUNS.has(plural) || /^(?:old|odd|plus|fold|point|times?)$/.test(word) ? null : plural;
}

/** The counted noun: the next plural word, skipping up to three modifiers ("900 high-quality AI models"). */
function nounAfter(text: string, end: number): string | null {
  // "412,000 of its Tarn vehicles", "96,000 of the cars": a part of a whole counts what the whole counts; a
  // number after "of" ("3,000 of its 25,000 employees") is the whole's own count, read by nounNearby.
  const part = PARTITIVE.exec(text.slice(end, end + 16));
  if (part) end += part[0].length - 1;
  // "438,000 Tarn SUVs": an acronym made plural is a counted noun too.
  const m = /^\s+((?:[A-Za-z][\w-]*\s+){0,3}?)([a-z][A-Za-z-]*s|[A-Z]{2,5}s|people|staff|aircraft|personnel|children|police|cattle|sheep|fish|workforce)\b/.exec(text.slice(end, end + 60));
  if (!m || !m[2]) return null;
  if ((m[1] ?? '').split(/\s+/).some((w) => NOUN_SKIP.has(w.toLowerCase()))) return null;
  const noun = m[2].toLowerCase();
  // Durations ("three years", "20 years") are periods, not counts.
  return NOUN_SKIP.has(noun) || TIME_NOUNS.has(noun) ? null : noun;
}
