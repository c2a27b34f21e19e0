import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_RULES, loadConfig } from '../../src/config/load.js';

function rulesDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cc-rules-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('loadConfig', () => {
  it('loads the bundled rules with ids from their paths', () => {
    const r = loadConfig();
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.config.rules.map((x) => x.id)).toContain('core.value-conflict');
  });

  it('collects every error of every file, each with file:line:col', () => {
    const dir = rulesDir({
      'a.yaml': 'type: value-conflict\nseverity: fatal\nmessage: "{subject}"\n',
      'b.yaml': 'type: no-such-type\nseverity: error\n',
      'c.yaml': 'type: value-conflict\nseverity: error\nmessage: "{nonsense} here"\n',
      'd.yaml': 'type: [unclosed\n',
    });
    const r = loadConfig(dir);
    expect(r.ok).toBe(false);
    const got = r.problems.map((p) => [p.file.slice(dir.length + 1), p.line, p.column]);
    expect(got).toEqual([
      ['a.yaml', 2, 11],
      ['b.yaml', 1, 7],
      ['c.yaml', 3, 10],
      ['d.yaml', expect.any(Number), expect.any(Number)],
    ]);
    expect(r.problems[1]?.message).toMatch(/unknown rule type: found "no-such-type", expected one of: .*value-conflict/);
    expect(r.problems[2]?.message).toMatch(/\{nonsense\}.*provides: \{subject\}/);
  });

  it('checks fields named in plural forms, and points at the message', () => {
    const dir = rulesDir({
      'ok.yaml': 'type: boilerplate\nseverity: info\nmessage: "{count} {count|paragraph|paragraphs} left out"\n',
      'bad.yaml': 'type: boilerplate\nseverity: info\nmessage: "{count} {total|paragraph|paragraphs} left out"\n',
    });
    const r = loadConfig(dir);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.file.slice(dir.length + 1), p.line, p.column, p.message])).toEqual([
      ['bad.yaml', 3, 10, 'message names unknown field(s) {total}; boilerplate provides: {count}, {examples}'],
    ]);
  });

  it('refuses a plural form without both word forms, and points at the message', () => {
    const dir = rulesDir({ 'bad.yaml': 'type: boilerplate\nseverity: info\nmessage: "{count} {count|paragraph} left out"\n' });
    const r = loadConfig(dir);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.file.slice(dir.length + 1), p.line, p.column, p.message])).toEqual([
      ['bad.yaml', 3, 10, 'message has malformed field(s) {count|paragraph}; expected {field} or {field|singular|plural}'],
    ]);
  });

  it('falls back to the bundled lexicons for a rules folder that has none', () => {
    const dir = rulesDir({ 'mine.yaml': 'type: value-conflict\nseverity: warning\nmessage: "{values}"\n' });
    const r = loadConfig(dir);
    expect(r.ok && r.config.rules.map((x) => [x.id, x.severity])).toEqual([['mine', 'warning']]);
  });

  it('reports a broken data file with its location', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-rules-'));
    cpSync(BUNDLED_RULES, dir, { recursive: true });
    writeFileSync(join(dir, 'data', 'metrics.yaml'), 'metrics:\n  - id: x\n    synonyms: []\n');
    const r = loadConfig(dir);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([expect.objectContaining({ file: join(dir, 'data', 'metrics.yaml'), line: 3 })]);
  });

  it('reports a bad project noun in rules/data/projects.yaml with its location', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-rules-'));
    cpSync(BUNDLED_RULES, dir, { recursive: true });
    writeFileSync(join(dir, 'data', 'projects.yaml'), '# project nouns\nnouns:\n  - expansion\n  - Big Plan\n');
    const r = loadConfig(dir);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([expect.objectContaining({ file: join(dir, 'data', 'projects.yaml'), line: 4, column: 5 })]);
  });

  it('reports a bad word in rules/data/names.yaml with its location', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-rules-'));
    cpSync(BUNDLED_RULES, dir, { recursive: true });
    writeFileSync(join(dir, 'data', 'names.yaml'), '# names\nshortNameDrops: [motors, Water Works]\ncompanyKinds: [airline]\n');
    const r = loadConfig(dir);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([expect.objectContaining({ file: join(dir, 'data', 'names.yaml'), line: 2, column: 26 })]);
  });

  it('reports a missing rules folder', () => {
    const r = loadConfig('/no/such/rules');
    expect(r.ok).toBe(false);
    expect(r.problems[0]?.message).toMatch(/rules folder not found/);
  });
});
