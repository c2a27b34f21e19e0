// The verdicts file: a reviewer's decision per finding fingerprint, kept in the repository and reviewed in pull requests.
import { z } from 'zod';

export const VERDICT_STATUSES = ['confirmed', 'dismissed', 'accepted'] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];

/** A fingerprint as evaluate makes it: 16 lower-case hex digits. */
export const FINGERPRINT = /^[0-9a-f]{16}$/;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a calendar date');

export const verdictSchema = z
  .object({
    status: z.enum(VERDICT_STATUSES).describe('confirmed: a real conflict; dismissed: a false alarm; accepted: known and tolerated'),
    note: z.string().default('').describe('Why the reviewer decided so'),
    who: z.string().min(1).describe('Who recorded the verdict'),
    when: isoDate.describe('Date the verdict was recorded (YYYY-MM-DD)'),
    rule: z.string().optional().describe('Rule of the finding, for reviewers reading the file; not used for matching'),
    summary: z.string().optional().describe('The finding message when the verdict was recorded, for reviewers; not used for matching'),
    files: z
      .array(z.string())
      .optional()
      .describe('Documents the finding involved when the verdict was recorded: only a run that reads all of them can call the verdict orphaned'),
  })
  .strict();

export type Verdict = z.output<typeof verdictSchema>;

export const verdictsFileSchema = z
  .object({
    version: z.literal(1).describe('Format version of the verdicts file'),
    verdicts: z
      .record(z.string().regex(FINGERPRINT, 'expected a finding fingerprint (16 hex digits)'), verdictSchema)
      .default({})
      .describe('Verdicts keyed by finding fingerprint'),
  })
  .strict();

/** Verdicts by fingerprint, with where each one sits in its file (for orphan reports). */
export interface Verdicts {
  file: string;
  entries: Map<string, Verdict>;
  /** 1-based line of each entry in the file it was read from; absent for entries added in this run. */
  lines: Map<string, number>;
}
