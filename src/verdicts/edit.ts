// Changes to a set of verdicts, as pure functions returning a new set; the CLI saves the result.
import type { Verdict, Verdicts } from './schema.js';

/** What a finding contributes to its verdict entry, so reviewers can read the file without a report beside it. */
export interface FindingRef {
  id: string;
  rule: string;
  message: string;
  /** Documents the finding involves, sorted; kept with the verdict so a run over other documents leaves it alone. */
  files?: readonly string[];
}

/** The entry a finding's verdict is stored as. */
function entry(finding: FindingRef, v: Pick<Verdict, 'status' | 'note'>, stamp: Stamp): Verdict {
  const files = finding.files?.length ? { files: [...finding.files] } : {};
  return { status: v.status, note: v.note, who: stamp.who, when: stamp.when, rule: finding.rule, summary: finding.message, ...files };
}

/** Who and when, from the command line or environment; never read from the clock here. */
export interface Stamp {
  who: string;
  when: string;
}

export function setVerdict(verdicts: Verdicts, finding: FindingRef, v: Pick<Verdict, 'status' | 'note'>, stamp: Stamp): Verdicts {
  const entries = new Map(verdicts.entries);
  entries.set(finding.id, entry(finding, v, stamp));
  return { ...verdicts, entries };
}

/** Records every finding that has no verdict yet as accepted; existing verdicts are left as they are. */
export function baseline(verdicts: Verdicts, findings: readonly FindingRef[], note: string, stamp: Stamp): { verdicts: Verdicts; added: string[] } {
  const entries = new Map(verdicts.entries);
  const added: string[] = [];
  for (const f of findings) {
    if (entries.has(f.id)) continue;
    entries.set(f.id, entry(f, { status: 'accepted', note }, stamp));
    added.push(f.id);
  }
  return { verdicts: { ...verdicts, entries }, added };
}
