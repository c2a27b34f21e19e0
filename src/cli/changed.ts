// Documents changed since a git ref (--since): changes in the working tree against the ref, plus untracked files.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { UsageError } from './exit.js';

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    const why = (err.stderr ?? '').split('\n').find((l) => l.trim()) ?? err.message;
    throw new UsageError(`--since: git ${args[0]} failed: ${why.trim()}`);
  }
}

/** Absolute paths of files added, copied, modified or renamed since `ref`, and of untracked files. */
export function changedSince(ref: string): Set<string> {
  if (ref.startsWith('-')) throw new UsageError(`--since: "${ref}" is not a git ref`);
  const top = git(['rev-parse', '--show-toplevel']).trim();
  git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  const names = [
    ...git(['diff', '--name-only', '-z', '--diff-filter=ACMR', ref, '--']).split('\0'),
    ...git(['ls-files', '--others', '--exclude-standard', '-z']).split('\0').map((f) => f && resolve(process.cwd(), f)),
  ];
  return new Set(names.filter(Boolean).map((f) => resolve(top, f)));
}
