// The review loop end to end: baseline, verdict, hidden dismissals, orphans, malformed files, gating new documents.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratch } from './run-cli.js';

const CHECK = ['check', 'docs', '--rules', 'rules'];

function ids(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^ {2}([0-9a-f]{16}):$/gm)].map((m) => m[1] ?? '');
}

describe('baseline and verdict', () => {
  it('baseline records every finding as accepted, after which check passes; a second baseline changes nothing', () => {
    const dir = scratch();
    expect(cli(CHECK, { cwd: dir }).code).toBe(1);
    const b = cli(['baseline', 'docs', '--rules', 'rules'], { cwd: dir });
    expect(b.code).toBe(0);
    expect(b.stdout).toContain('4 findings recorded as accepted in reports/verdicts.yaml');
    const file = join(dir, 'reports', 'verdicts.yaml');
    const text = readFileSync(file, 'utf8');
    expect(ids(file)).toHaveLength(4);
    expect(text.match(/status: accepted/g)).toHaveLength(4);
    expect(text).toContain('when: 2025-05-01');
    expect(text).toContain('who: tester');
    const c = cli(CHECK, { cwd: dir });
    expect(c.code).toBe(0);
    expect(c.stdout).toContain('Verdicts: 0 without a verdict, 0 confirmed, 4 accepted, 0 dismissed.');
    expect(cli(['baseline', 'docs', '--rules', 'rules'], { cwd: dir }).stdout).toContain('0 findings recorded as accepted');
    expect(readFileSync(file, 'utf8')).toBe(text);
    // Atomic writes leave no temporary file behind.
    expect(readdirSync(join(dir, 'reports'))).toEqual(['verdicts.yaml']);
  });

  it('verdict by fingerprint prefix: a dismissed finding is hidden and counted, and stops gating', () => {
    const dir = scratch();
    const json = JSON.parse(cli([...CHECK, '--format', 'json'], { cwd: dir }).stdout);
    const conflicts = json.findings.filter((f: { rule: string }) => f.rule === 'value-conflict');
    expect(conflicts).toHaveLength(2);
    for (const f of conflicts) {
      const r = cli(['verdict', f.id.slice(0, 8), 'docs', '--rules', 'rules', '--status', 'dismissed', '--note', 'different scopes', '--date', '2025-06-02'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${f.id}: dismissed in reports/verdicts.yaml\n`);
    }
    const text = readFileSync(join(dir, 'reports', 'verdicts.yaml'), 'utf8');
    expect(text).toContain('when: 2025-06-02');
    expect(text).toContain('note: different scopes');
    const c = cli(CHECK, { cwd: dir });
    expect(c.code).toBe(0);
    expect(c.stdout).toContain('2 dismissed (hidden)');
    expect(c.stdout).not.toContain('Harbourton budget');
    expect(cli([...CHECK, '--show-dismissed'], { cwd: dir }).stdout).toContain('Harbourton budget');
  });

  it('an unknown fingerprint is refused (exit 2) and nothing is written', () => {
    const dir = scratch();
    const r = cli(['verdict', 'ffffffffffffffff', 'docs', '--rules', 'rules', '--status', 'accepted'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no finding with fingerprint ffffffffffffffff');
    expect(readdirSync(dir)).not.toContain('reports');
  });

  it('a verdict whose finding disappeared is kept and reported as orphaned with its line', () => {
    const dir = scratch();
    cli(['baseline', 'docs', '--rules', 'rules'], { cwd: dir });
    const file = join(dir, 'reports', 'verdicts.yaml');
    const before = ids(file);
    writeFileSync(join(dir, 'docs', 'harbour-post.txt'), readFileSync(join(dir, 'docs', 'harbour-post.txt'), 'utf8').replace('$380 million', '$410 million'));
    const r = cli(CHECK, { cwd: dir });
    expect(r.code).toBe(0);
    const orphan = /reports\/verdicts\.yaml:(\d+):3: warning: verdict ([0-9a-f]{16}) \(accepted\) matches no finding in this run; it is kept/.exec(r.stderr);
    expect(orphan).not.toBeNull();
    const line = readFileSync(file, 'utf8').split('\n')[Number(orphan?.[1]) - 1];
    expect(line).toBe(`  ${orphan?.[2]}:`);
    expect(r.stdout).toContain(`orphaned verdict ${orphan?.[2]}`);
    // Recording another verdict rewrites the file and still keeps the orphan.
    const other = before.find((id) => id !== orphan?.[2]) ?? '';
    expect(cli(['verdict', other, 'docs', '--rules', 'rules', '--status', 'confirmed'], { cwd: dir }).code).toBe(0);
    expect(ids(file)).toEqual(before);
  });

  it('a malformed verdicts file is an error with file:line:col, and is never overwritten', () => {
    const dir = scratch();
    cli(['baseline', 'docs', '--rules', 'rules'], { cwd: dir });
    const file = join(dir, 'reports', 'verdicts.yaml');
    const broken = readFileSync(file, 'utf8').replace('status: accepted', 'status: maybe');
    writeFileSync(file, broken);
    const line = broken.split('\n').findIndex((l) => l.includes('status: maybe')) + 1;
    for (const args of [CHECK, ['baseline', 'docs', '--rules', 'rules'], ['verdict', ids(file)[1] ?? '', 'docs', '--rules', 'rules', '--status', 'dismissed']]) {
      const r = cli(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`reports/verdicts.yaml:${line}:13: error: `);
      expect(r.stderr).toContain('it was left as it is');
      expect(readFileSync(file, 'utf8')).toBe(broken);
    }
    writeFileSync(file, 'version: 1\nverdicts:\n  abc: [\n');
    const r = cli(CHECK, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/reports\/verdicts\.yaml:\d+:\d+: error: invalid YAML/);
  });

  it('a bad date for the verdict is a usage error', () => {
    const dir = scratch();
    const r = cli(['baseline', 'docs', '--rules', 'rules'], { cwd: dir, env: { CLAIMCHECK_NOW: 'yesterday' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('CLAIMCHECK_NOW: expected a date as YYYY-MM-DD');
  });
});

const NEW_CONFLICT = "Harbourton's council approved a budget of $450 million for 2025, a council leak shows.\n";
const NEW_QUIET = 'The harbour ferry now runs every hour, the operator said.\n';

describe('gating new documents', () => {
  it('--new gates only on findings that involve the new document, compared against the whole corpus', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'incoming'));
    writeFileSync(join(dir, 'incoming', 'quiet.txt'), NEW_QUIET);
    writeFileSync(join(dir, 'incoming', 'leak.txt'), NEW_CONFLICT);
    // Nothing is reviewed: the old conflicts are unreviewed, yet a quiet new document passes.
    const quiet = cli([...CHECK, '--new', 'incoming/quiet.txt'], { cwd: dir });
    expect(quiet.stderr).toContain('1 new document: incoming/quiet.txt');
    expect(quiet.code).toBe(0);
    const leak = cli([...CHECK, '--format', 'github', '--new', 'incoming/leak.txt'], { cwd: dir });
    expect(leak.code).toBe(1);
    const errors = leak.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('file=incoming/leak.txt');
    expect(errors[0]).toContain('Also at: docs/');
  });

  it('--since reads the changed documents from git', () => {
    const dir = scratch();
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'corpus');
    expect(cli(['baseline', 'docs', '--rules', 'rules'], { cwd: dir }).code).toBe(0);
    expect(cli([...CHECK, '--since', 'HEAD'], { cwd: dir }).code).toBe(0);
    writeFileSync(join(dir, 'docs', 'leak.txt'), NEW_CONFLICT);
    const r = cli([...CHECK, '--since', 'HEAD'], { cwd: dir });
    expect(r.stderr).toContain('1 new document: docs/leak.txt');
    expect(r.code).toBe(1);
    const bad = cli([...CHECK, '--since', 'no-such-ref'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--since');
  });
});

describe('determinism', () => {
  it('two runs write the same bytes in every format', () => {
    const dir = scratch();
    const outs = ['r.md', 'r.json', 'r.sarif'];
    const once = (tag: string) => {
      const r = cli([...CHECK, '--format', 'markdown', '--out', ...outs.map((o) => `${tag}-${o}`)], { cwd: dir });
      return [r.stdout, ...outs.map((o) => readFileSync(join(dir, `${tag}-${o}`), 'utf8'))];
    };
    const a = once('a');
    const b = once('b');
    expect(b).toEqual(a);
    expect(a[0]).toBe(a[1]);
    expect(JSON.parse(a[3] ?? '').version).toBe('2.1.0');
  });
});
