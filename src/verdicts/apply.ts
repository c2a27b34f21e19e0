// Verdicts meet findings: each finding gets its verdict, and verdicts nobody's finding claims are orphans.
import type { Verdict, Verdicts } from './schema.js';

/** A verdict whose finding did not occur in this run; kept in the file, listed in reports. */
export interface Orphan {
  id: string;
  /** Line of the entry in the verdicts file, when it came from one. */
  line: number | null;
  verdict: Verdict;
}

export function orphans(verdicts: Verdicts, findingIds: ReadonlySet<string>): Orphan[] {
  return [...verdicts.entries.entries()]
    .filter(([id]) => !findingIds.has(id))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, verdict]) => ({ id, line: verdicts.lines.get(id) ?? null, verdict }));
}
