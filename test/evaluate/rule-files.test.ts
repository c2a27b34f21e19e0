// Rule files of the new types load with their schemas, and broken options are config errors, not crashes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { ruleKinds } from '../../src/evaluate/rule-schema.js';

function rulesDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cc-rules4-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('rule files', () => {
  it('every rule type of the issue is registered with its finding kind', () => {
    expect(ruleKinds).toMatchObject({
      'value-conflict': 'contradiction',
      'date-conflict': 'contradiction',
      'conversion-check': 'contradiction',
      'sum-check': 'contradiction',
      'ratio-check': 'contradiction',
      'period-sanity': 'contradiction',
      timeline: 'notice',
      corroboration: 'notice',
    });
  });

  it('reports a bad regular expression and an unknown message field with their places', () => {
    const dir = rulesDir({
      'p.yaml': 'type: period-sanity\nseverity: error\nmessage: "{quote}"\npastCues: ["(unclosed"]\n',
      's.yaml': 'type: sum-check\nseverity: error\nmessage: "{total} {nope}"\n',
    });
    const r = loadConfig(dir);
    expect(r.ok).toBe(false);
    const mine = r.problems.filter((p) => /[ps]\.yaml$/.test(p.file)).map((p) => [p.file.slice(dir.length + 1), p.line]);
    expect(mine).toEqual([
      ['p.yaml', 4],
      ['s.yaml', 3],
    ]);
  });
});
