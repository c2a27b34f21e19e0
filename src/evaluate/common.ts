// What every rule file has, and what every evaluator gets.
import { z } from 'zod';
import type { DataFiles } from '../config/data/index.js';
import type { Claim, Finding, Segmented } from '../core/types.js';
import type { Group } from '../resolve/group.js';

export const severity = z.enum(['error', 'warning', 'info']).describe('How serious a finding is: error, warning or info');

/** Fields shared by all rule files; each rule type extends this with its own options. */
export const ruleBase = {
  severity: severity,
  message: z.string().min(1).describe('Message template; {field} names are listed per rule type; {field|one|many} picks a word form by a count'),
  description: z.string().default('').describe('What the rule checks, for the rule listing'),
  enabled: z.boolean().default(true).describe('Set false to keep a rule file without running it'),
};

/** Everything the pipeline knows when rules run. Evaluators read it and never change it. */
export interface EvalContext {
  docs: readonly Segmented[];
  claims: readonly Claim[];
  groups: readonly Group[];
  data: DataFiles;
}

/** A finding before evaluate/index.ts stamps the rule id and fingerprint on it. */
export type Draft = Omit<Finding, 'id' | 'rule'>;

/** Draft defaults, so evaluators spell out only what they know. */
export function draft(d: Pick<Draft, 'kind' | 'severity' | 'message' | 'spans' | 'key'> & Partial<Draft>): Draft {
  return { claims: [], actual: null, expected: [], suspects: [], score: null, notes: [], ...d };
}
