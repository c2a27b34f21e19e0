// A purpose-built scanner for quantities: NLP libraries lose scales and currencies (see README), and a
// compiled regex over each sentence reads money, percentages, multiples and counts at tens of MB/s.
import type { DataFiles } from '../config/data/index.js';
import type { ClaimKind, Hedge, Interval } from '../core/types.js';
import { FRACTION_WORDS, parseNumber, scaleOf, SPELLED } from './numbers.js';

export interface Quantity {
  /** Offsets relative to the scanned text. */
  start: number;
  end: number;
  /** Where the number itself starts (after any hedge and currency), for unit/noun look-ups. */
  numberEnd: number;
  kind: Exclude<ClaimKind, 'date'>;
  value: Interval;
  hedge: Hedge;
  ambiguous: boolean;
  /** The counted noun, for counts. */
  noun: string | null;
}

export type Scanner = (text: string) => Quantity[];

const NUM = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${SPELLED})`;
const SCALE = '(?:trillion|billion|million|thousand|bn|mn|mln|tn|[mbk](?![a-z]))';
const HEDGES: ReadonlyArray<[string, Hedge]> = [
  ['more than', 'more-than'], ['greater than', 'more-than'], ['higher than', 'more-than'], ['over', 'more-than'],
  ['exceeding', 'more-than'], ['exceed', 'more-than'], ['exceeds', 'more-than'], ['north of', 'more-than'], ['above', 'more-than'],
  ['in excess of', 'more-than'], ['at least', 'at-least'], ['no less than', 'at-least'], ['a minimum of', 'at-least'],
  ['less than', 'less-than'], ['fewer than', 'less-than'], ['under', 'less-than'], ['below', 'less-than'],
  ['up to', 'at-most'], ['at most', 'at-most'], ['no more than', 'at-most'], ['a maximum of', 'at-most'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['just under', 'nearly'], ['close to', 'nearly'], ['just shy of', 'nearly'],
  ['about', 'about'], ['approximately', 'about'], ['approx.', 'about'], ['around', 'about'], ['roughly', 'about'],
  ['some', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['circa', 'about'], ['just over', 'more-than'],
];
const HEDGE_MAP = new Map(HEDGES);
/** A hedge word's band: "about" widens by 5% either way; "nearly" means a little below. */
const ABOUT = 0.05;
const NEARLY = 0.1;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length).map(esc).join('|');

export function makeScanner(data: Pick<DataFiles, 'currencies'>): Scanner {
  const symbols = new Map<string, string>();
  const words = new Map<string, string>();
  for (const c of data.currencies.currencies) {
    c.symbols.forEach((s) => symbols.set(s, c.code));
    c.words.forEach((w) => words.set(w.toLowerCase(), c.code));
  }
  const ambiguous = new Map(data.currencies.ambiguous.map((a) => [a.symbol, a.assume]));
  ambiguous.forEach((code, s) => symbols.set(s, code));
  const sym = alt([...symbols.keys()]);
  const word = alt([...words.keys()]);
  const hedge = alt(HEDGES.map(([h]) => h));
  const re = new RegExp(
    `(?<hedge>\\b(?:${hedge})\\s+)?` +
      `(?:(?<pre>${sym})\\s?|\\b(?<preWord>${word})\\s?)?` +
      `(?<![\\w.,])(?<num>${NUM})(?:\\s?(?:-|–|to)\\s?(?<pre2>${sym})?(?<num2>${NUM}))?` +
      `(?:\\s?(?<scale>${SCALE})\\b)?` +
      `(?:\\s?(?<pct>%|per ?cent\\b|percentage points?\\b|pp\\b)|(?<mult>x\\b|\\s?times\\b)|\\s(?<postWord>${word})\\b)?`,
    'giu',
  );
  return (text) => {
    const out: Quantity[] = [];
    for (const m of text.matchAll(re)) {
      const g = m.groups ?? {};
      const q = toQuantity(text, m.index ?? 0, m[0], g, { symbols, words, ambiguous });
      if (q) out.push(q);
    }
    return out;
  };
}

interface Lookups {
  symbols: Map<string, string>;
  words: Map<string, string>;
  ambiguous: Map<string, string>;
}

function toQuantity(text: string, at: number, whole: string, g: Record<string, string | undefined>, lk: Lookups): Quantity | null {
  const n1 = parseNumber(g.num ?? '');
  if (n1 === null) return null;
  const spelled = !/\d/.test(g.num ?? '');
  const n2 = g.num2 ? parseNumber(g.num2) : null;
  const scale = scaleOf(g.scale) ?? 1;
  const currency = g.pre ? lk.symbols.get(g.pre) : g.preWord ? lk.words.get(g.preWord.toLowerCase()) : g.postWord ? lk.words.get(g.postWord.toLowerCase()) : undefined;
  let kind: Quantity['kind'];
  let unit: string;
  if (currency) [kind, unit] = ['money', currency];
  else if (g.pct) [kind, unit] = /point|pp/i.test(g.pct) ? ['percent', 'pp'] : ['percent', '%'];
  else if (g.mult) [kind, unit] = ['multiple', 'x'];
  else [kind, unit] = ['count', 'count'];
  // A bare spelled-out word ("one of", "some") is rarely a claim unless a unit or scale makes it one.
  if (spelled && kind === 'count' && !g.scale) return null;
  // Years and small bare numbers are read by the date extractor or are ordinals, not counts.
  if (kind === 'count' && !g.scale && /^(1[89]|20)\d{2}$/.test(g.num ?? '')) return null;
  const hedge: Hedge = n2 !== null ? 'range' : g.hedge ? (HEDGE_MAP.get(g.hedge.trim().toLowerCase()) ?? 'exact') : 'exact';
  let end = at + whole.length;
  while (end > at && /\s/.test(text[end - 1] ?? '')) end--;
  const start = at + (g.hedge?.length ?? 0);
  const noun = kind === 'count' ? nounAfter(text, end) : null;
  if (kind === 'count' && !noun) return null;
  const v1 = n1 * scale;
  const v2 = n2 !== null ? n2 * scale : null;
  return {
    start: g.hedge ? at : start,
    end,
    numberEnd: end,
    kind,
    value: { ...interval(v1, v2, hedge), unit: noun && kind === 'count' ? `count:${noun}` : unit },
    hedge,
    ambiguous: g.pre !== undefined && lk.ambiguous.has(g.pre),
    noun,
  };
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

const NOUN_SKIP = new Set(['of', 'the', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'is', 'was', 'are', 'were', 'a', 'an']);

/** The counted noun: the next word, skipping one adjective when a plural noun follows ("900 high-quality AI models"). */
function nounAfter(text: string, end: number): string | null {
  const m = /^\s+((?:[A-Za-z][\w-]*\s+){0,3}?)([a-z][a-z-]*s)\b/.exec(text.slice(end, end + 60));
  if (!m || !m[2]) return null;
  const noun = m[2].toLowerCase();
  return NOUN_SKIP.has(noun) ? null : noun;
}

export { FRACTION_WORDS };
