// Metric synonyms → canonical metric keys, and the metric nearest to a value.
import type { DataFiles } from '../config/data/index.js';
import type { ClaimKind } from '../core/types.js';

export interface MetricHit {
  start: number;
  end: number;
  id: string;
}

export type MetricFinder = (sentence: string, valueStart: number, valueEnd: number, kind: ClaimKind) => MetricHit | null;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+');

/** How far (in characters) a metric phrase may sit from its value. */
const REACH = 90;

export function makeMetricFinder(data: Pick<DataFiles, 'metrics'>): MetricFinder {
  const bySynonym = new Map<string, { id: string; kinds: readonly ClaimKind[] }>();
  for (const m of data.metrics.metrics) for (const s of m.synonyms) bySynonym.set(s.toLowerCase(), { id: m.id, kinds: m.kinds });
  const syns = [...bySynonym.keys()].sort((a, b) => b.length - a.length);
  const re = syns.length ? new RegExp(`\\b(?:${syns.map(esc).join('|')})\\b`, 'gi') : null;
  return (sentence, valueStart, valueEnd, kind) => {
    if (!re) return null;
    let best: MetricHit | null = null;
    let bestDist = Infinity;
    for (const m of sentence.matchAll(re)) {
      const hit = bySynonym.get(m[0].toLowerCase().replace(/[\s-]+/g, ' '));
      if (!hit || (hit.kinds.length > 0 && !hit.kinds.includes(kind))) continue;
      const start = m.index ?? 0;
      const end = start + m[0].length;
      // Metrics usually come before their value ("market share of 38%"); one after costs a little more.
      const dist = end <= valueStart ? valueStart - end : start >= valueEnd ? (start - valueEnd) * 1.5 : 0;
      if (dist < bestDist && dist <= REACH) [best, bestDist] = [{ start, end, id: hit.id }, dist];
    }
    return best;
  };
}
