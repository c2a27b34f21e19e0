// The verdicts file as text: sorted by fingerprint so a pull request shows only the entries that changed.
import { stringify } from 'yaml';
import type { Verdicts } from './schema.js';

const HEADER = `# claimcheck verdicts, one per finding fingerprint. Edit with \`claimcheck verdict ID --status S --note "…"\`
# or by hand. status: confirmed (a real conflict), dismissed (a false alarm, hidden from reports),
# accepted (known and tolerated). Findings with any verdict no longer fail \`claimcheck check\`.
`;

export function formatVerdicts(verdicts: Verdicts): string {
  const ids = [...verdicts.entries.keys()].sort();
  const body: Record<string, unknown> = {};
  for (const id of ids) {
    const v = verdicts.entries.get(id);
    if (!v) continue;
    // Fixed key order, optional keys left out, so hand edits and tool edits produce the same text.
    const entry: Record<string, string | string[]> = { status: v.status, note: v.note, who: v.who, when: v.when };
    if (v.rule !== undefined) entry.rule = v.rule;
    if (v.summary !== undefined) entry.summary = v.summary;
    if (v.files !== undefined) entry.files = v.files;
    body[id] = entry;
  }
  return HEADER + stringify({ version: 1, verdicts: body }, { lineWidth: 0 });
}
