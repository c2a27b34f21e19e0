// The command line's error handling end to end: exit codes and file:line:col messages.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratch } from './run-cli.js';

const NO_VERDICTS = ['--verdicts', 'none.yaml'];

describe('claimcheck check: exit codes', () => {
  it('exits 1 on an error finding without a verdict, 0 with --fail-on never', () => {
    const dir = scratch();
    expect(cli(['check', 'docs', '--rules', 'rules', ...NO_VERDICTS], { cwd: dir }).code).toBe(1);
    expect(cli(['check', 'docs', '--rules', 'rules', ...NO_VERDICTS, '--fail-on', 'never'], { cwd: dir }).code).toBe(0);
  });

  it('--fail-on warning does not count notices', () => {
    const dir = scratch();
    // Only the boilerplate notice remains once the conflicts are gone.
    writeFileSync(join(dir, 'docs', 'harbour-post.txt'), 'Budget row\n\nAdvertisements\n\nLeave a comment\n');
    const r = cli(['check', 'docs', '--rules', 'rules', ...NO_VERDICTS, '--fail-on', 'warning'], { cwd: dir });
    expect(r.stdout).toContain('notice');
    expect(r.code).toBe(0);
  });

  it('a missing path is an error (exit 2); the paths that exist are still checked', () => {
    const dir = scratch();
    const r = cli(['check', 'docs', 'nope.txt', '--rules', 'rules', ...NO_VERDICTS], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.txt: error: no such file or folder');
    expect(r.stdout).toContain('value-conflict');
  });

  it('an empty folder is an error (exit 2)', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'empty'));
    const r = cli(['check', 'empty', '--rules', 'rules', ...NO_VERDICTS], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/empty: error: folder holds no documents/);
  });

  it('a binary file is refused (exit 2) while the other documents are still checked', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'docs', 'scan.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const r = cli(['check', 'docs', '--rules', 'rules', ...NO_VERDICTS], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/docs\/scan\.txt(:\d+:\d+)?: error: /);
    expect(r.stdout).toContain('Harbourton budget');
  });

  it('a broken rule file is reported with file:line:col (exit 2)', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'rules', 'broken.yaml'), 'type: value-conflict\nseverity: fatal\nmessage: "x"\n');
    const r = cli(['check', 'docs', '--rules', 'rules', ...NO_VERDICTS], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/rules\/broken\.yaml:2:11: error: /);
    expect(r.stdout).toBe('');
  });

  it('an unknown option or format is a usage error (exit 2)', () => {
    expect(cli(['check', '--frobnicate']).code).toBe(2);
    expect(cli(['check', '--format', 'pdf']).code).toBe(2);
    expect(cli(['verdict', '0123456789abcdef', '--status', 'maybe']).code).toBe(2);
  });
});
