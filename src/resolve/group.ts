// Buckets claims that speak about the same thing, so rules compare within a bucket and never across all pairs.
import type { DataFiles } from '../config/data/index.js';
import type { Claim } from '../core/types.js';
import { canonicalSubjects } from './aliases.js';

export interface Group {
  /** "subject|metric|unit|aspect", or "subject|event:name|date" for dated events. */
  key: string;
  subject: string;
  metric: string;
  claims: Claim[];
}

/** The bucket a claim belongs to, or null when it lacks a subject or a metric and so cannot be compared.
 *  `subject` is the id its group uses when names across the corpus were joined. */
export function groupKey(c: Claim, subject: string | null = c.subject.id, classes: ReadonlyMap<string, string> = new Map()): string | null {
  if (!subject) return null;
  if (c.kind === 'date') return c.event ? `${subject}|event:${c.event}|date` : null;
  const metric = metricOf(c);
  if (!metric) return null;
  return `${subject}|${metric}|${unitKey(c, classes)}|${c.aspect}`;
}

/** The unit a claim is grouped by: a count with a metric is counted in its noun's class, when the data gives one
 *  ("people" for staff and workers, rules/data/units.yaml `countNouns`), else in its noun. */
function unitKey(c: Claim, classes: ReadonlyMap<string, string>): string {
  const cls = c.kind === 'count' && c.metric !== null && c.noun !== null ? classes.get(c.noun) : undefined;
  return cls ? `count:${cls}` : c.value.unit;
}

/** A count with no metric phrase is still about its noun: "85,000 passengers a day" measures passengers. */
export function metricOf(c: Claim): string | null {
  return c.metric ?? (c.kind === 'count' && c.noun ? `count of ${c.noun}` : null);
}

export function group(claims: readonly Claim[], data: Pick<DataFiles, 'names' | 'units'>): Group[] {
  const buckets = new Map<string, Claim[]>();
  const classes = new Map(data.units.countNouns.flatMap((k) => k.nouns.map((n) => [n, k.id] as const)));
  const names = canonicalSubjects(claims, data);
  for (const c of claims) {
    const key = groupKey(c, c.subject.id ? (names.get(c.subject.id) ?? c.subject.id) : null, classes);
    if (key === null) continue;
    const list = buckets.get(key);
    if (list) list.push(c);
    else buckets.set(key, [c]);
  }
  return [...buckets.entries()]
    .filter(([, list]) => list.length > 1)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, list]) => {
      const first = list[0] as Claim;
      return { key, subject: key.slice(0, key.indexOf('|')), metric: metricOf(first) ?? first.event ?? '', claims: list };
    });
}
