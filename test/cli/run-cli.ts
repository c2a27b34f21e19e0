// Runs the real command line in a child process (the TypeScript sources through tsx, so no stale build is tested).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = resolve(import.meta.dirname, '..', '..');
const MAIN = join(ROOT, 'src', 'cli', 'main.ts');
const TSX = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: readonly string[], opts: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, ['--import', TSX, MAIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, CLAIMCHECK_NOW: '2025-05-01', CLAIMCHECK_WHO: 'tester', ...opts.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A scratch folder holding a copy of the fixture corpus (docs/ and rules/). */
export function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-cli-'));
  cpSync(join(ROOT, 'test', 'fixtures', 'report', 'basic', 'docs'), join(dir, 'docs'), { recursive: true });
  cpSync(join(ROOT, 'test', 'fixtures', 'report', 'basic', 'rules'), join(dir, 'rules'), { recursive: true });
  return dir;
}
