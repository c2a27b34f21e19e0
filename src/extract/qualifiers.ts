// Scope (geography, market segment) and period qualifiers of a value, read from its sentence.
import type { DataFiles } from '../config/data/index.js';

export interface Qualifiers {
  scope: Record<string, string>;
  period: string | null;
}

export type QualifierReader = (sentence: string, valueStart: number) => Qualifiers;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ORDINAL: Record<string, string> = { first: '1', second: '2', third: '3', fourth: '4' };
const WORD_NUM: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10' };

export function makeQualifierReader(data: Pick<DataFiles, 'scopes'>): QualifierReader {
  const geo = new Map<string, string>();
  for (const g of data.scopes.geographies) for (const n of g.names) geo.set(n.toLowerCase(), g.id);
  const geoRe = geo.size ? new RegExp(`\\b(?:${[...geo.keys()].sort((a, b) => b.length - a.length).map(esc).join('|')})\\b`, 'gi') : null;
  const heads = data.scopes.segmentHeads.map(esc).join('|');
  // "China's relational database market", "the global cloud sector": up to three words before the head noun.
  const segRe = heads ? new RegExp(`((?:[A-Za-z][\\w-]*\\s+){1,3})(?:${heads})\\b`, 'gi') : null;
  return (sentence, valueStart) => {
    const scope: Record<string, string> = {};
    const g = nearest(sentence, geoRe, valueStart);
    if (g) scope.geography = geo.get(g.text.toLowerCase()) ?? g.text.toLowerCase();
    const s = nearest(sentence, segRe, valueStart);
    if (s) {
      const words = s.groups[0]?.trim().toLowerCase().split(/\s+/) ?? [];
      const kept = words.filter((w) => !/^(the|a|an|its|their|his|her|this|that|of|in|on|for|and|domestic|global|overall|entire|whole|total)$/.test(w) && !geo.has(w.replace(/['’]s$/, '')) && !/['’]s$/.test(w));
      if (kept.length) scope.segment = kept.join(' ');
    }
    return { scope, period: readPeriod(sentence) };
  };
}

function nearest(text: string, re: RegExp | null, at: number): { text: string; groups: Array<string | undefined> } | null {
  if (!re) return null;
  let best: { text: string; groups: Array<string | undefined> } | null = null;
  let dist = Infinity;
  for (const m of text.matchAll(re)) {
    const d = Math.abs((m.index ?? 0) - at);
    if (d < dist) [best, dist] = [{ text: m[0], groups: m.slice(1) }, d];
  }
  return best;
}

/** Periods as canonical strings: "FY2025", "2024-Q4", "FY2025-Q2", "2023", "next 3 years". */
export function readPeriod(s: string): string | null {
  let m = /\b(first|second|third|fourth)\s+quarter\s+of\s+(?:the\s+)?(fiscal(?:\s+year)?\s+)?(\d{4})\b/i.exec(s);
  if (m) return `${m[2] ? 'FY' : ''}${m[3]}-Q${ORDINAL[(m[1] ?? '').toLowerCase()]}`;
  m = /\bQ([1-4])\s*(?:of\s+)?(?:FY\s?)?(\d{4})\b/i.exec(s);
  if (m) return `${m[2]}-Q${m[1]}`;
  m = /\b(?:FY\s?|fiscal\s+(?:year\s+)?)(\d{4}|\d{2})\b/i.exec(s);
  if (m) return `FY${(m[1] ?? '').length === 2 ? `20${m[1]}` : m[1]}`;
  m = /\b(?:over|in|during|within)\s+the\s+(next|coming|past|last|previous)\s+(\w+)\s+(years?|months?|quarters?)\b/i.exec(s);
  if (m) {
    const n = WORD_NUM[(m[2] ?? '').toLowerCase()] ?? m[2];
    const dir = /next|coming/i.test(m[1] ?? '') ? 'next' : 'past';
    return `${dir} ${n} ${(m[3] ?? '').replace(/s$/, '')}s`;
  }
  m = /\b(?:in|during|for|of|since)\s+((?:19|20)\d{2})\b/.exec(s);
  if (m) return m[1] ?? null;
  return null;
}
