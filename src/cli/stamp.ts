// Who and when for a verdict. The clock is read here and nowhere else; CLAIMCHECK_NOW or --date pins it
// (tests, reproducible baselines).
import { userInfo } from 'node:os';
import type { Stamp } from '../verdicts/index.js';
import { UsageError } from './exit.js';

export function stamp(opts: { who?: string; date?: string }, env: NodeJS.ProcessEnv = process.env): Stamp {
  const who = opts.who ?? env.CLAIMCHECK_WHO ?? env.GITHUB_ACTOR ?? safeUser();
  const raw = opts.date ?? env.CLAIMCHECK_NOW ?? new Date().toISOString();
  const when = raw.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(when) || Number.isNaN(Date.parse(`${when}T00:00:00Z`))) {
    throw new UsageError(`${opts.date !== undefined ? '--date' : 'CLAIMCHECK_NOW'}: expected a date as YYYY-MM-DD, got "${raw}"`);
  }
  return { who, when };
}

function safeUser(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
