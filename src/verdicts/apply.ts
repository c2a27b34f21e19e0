// Verdicts meet findings: each finding gets its verdict, and verdicts nobody's finding claims are orphans.
import type { Verdict, Verdicts } from './schema.js';

/** A verdict whose finding did not occur in this run; kept in the file, listed in reports. */
export interface Orphan {
  id: string;
  /** Line of the entry in the verdicts file, when it came from one. */
  line: number | null;
  verdict: Verdict;
}

/** Verdicts whose finding did not occur although the run read every document it involved (`documents`; a verdict
 *  recorded without its files can always be orphaned). Checking another folder orphans nothing. */
export function orphans(verdicts: Verdicts, findingIds: ReadonlySet<string>, documents?: ReadonlySet<string>): Orphan[] {
  const covered = (v: Verdict) => documents === undefined || v.files === undefined || v.files.every((f) => documents.has(f));
  return [...verdicts.entries.entries()]
    .filter(([id, v]) => !findingIds.has(id) && covered(v))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, verdict]) => ({ id, line: verdicts.lines.get(id) ?? null, verdict }));
}
