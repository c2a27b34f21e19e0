// Metric synonyms → canonical metric keys, and the metric nearest to a value.
import type { DataFiles } from '../config/data/index.js';
import type { ClaimKind } from '../core/types.js';

export interface MetricHit {
  start: number;
  end: number;
  id: string;
}

export type MetricFinder = (sentence: string, valueStart: number, valueEnd: number, kind: ClaimKind, unit?: string) => MetricHit | null;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+');

/** How far (in characters) a metric phrase may sit from its value. */
const REACH = 90;

export function makeMetricFinder(data: Pick<DataFiles, 'metrics'>): MetricFinder {
  // One phrase may name several metrics ("covers" 3,500 km or 1,200 acres); the value's kind and unit choose.
  const bySynonym = new Map<string, Array<{ id: string; kinds: readonly ClaimKind[]; units: readonly string[]; generic: boolean }>>();
  for (const m of data.metrics.metrics) {
    for (const s of m.synonyms) bySynonym.set(s.toLowerCase(), [...(bySynonym.get(s.toLowerCase()) ?? []), { id: m.id, kinds: m.kinds, units: m.units, generic: m.generic }]);
  }
  // A value of a kind only one metric takes ("seventh" is a rank) has that metric even when no phrase names it.
  const only = new Map<ClaimKind, string>();
  for (const kind of ['rank', 'score'] as const) {
    const takers = data.metrics.metrics.filter((m) => m.kinds.includes(kind));
    if (takers.length === 1 && takers[0]) only.set(kind, takers[0].id);
  }
  const syns = [...bySynonym.keys()].sort((a, b) => b.length - a.length);
  const re = syns.length ? new RegExp(`\\b(?:${syns.map(esc).join('|')})\\b`, 'gi') : null;
  let lastSentence: string | null = null;
  let lastHits: Array<{ start: number; text: string }> = [];
  return (sentence, valueStart, valueEnd, kind, unit) => {
    const fallback = only.get(kind);
    if (!re) return fallback ? { start: valueStart, end: valueEnd, id: fallback } : null;
    let best: MetricHit | null = null;
    let bestDist = Infinity;
    let generic: MetricHit | null = null;
    let genericDist = Infinity;
    // A sentence with several values is searched once.
    if (sentence !== lastSentence) [lastSentence, lastHits] = [sentence, [...sentence.matchAll(re)].map((m) => ({ start: m.index ?? 0, text: m[0] }))];
    for (const m of lastHits) {
      const hit = bySynonym
        .get(m.text.toLowerCase().replace(/[\s-]+/g, ' '))
        ?.find((h) => (h.kinds.length === 0 || h.kinds.includes(kind)) && (!unit || h.units.length === 0 || h.units.includes(unit)));
      if (!hit) continue;
      const start = m.start;
      const end = start + m.text.length;
      // Metrics usually come before their value ("market share of 38%"); one after costs a little more.
      const dist = end <= valueStart ? valueStart - end : start >= valueEnd ? (start - valueEnd) * 1.5 : 0;
      if (dist > REACH) continue;
      // "Net income rose 12%": "rose" only says the value is a change; "net income" names what changed.
      if (hit.generic) {
        if (dist < genericDist) [generic, genericDist] = [{ start, end, id: hit.id }, dist];
      } else if (dist < bestDist) [best, bestDist] = [{ start, end, id: hit.id }, dist];
    }
    return best ?? generic ?? (fallback ? { start: valueStart, end: valueEnd, id: fallback } : null);
  };
}
