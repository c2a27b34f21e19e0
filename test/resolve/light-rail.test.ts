// End to end on a two-document corpus where one project and one company are named differently in each
// document ("the Eastside line" / "Eastside light rail" / "the MetroLink Eastside extension";
// "Northwind Energy Systems (NES)" / "NES" / "the company").
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import { bundledConfig, doc } from '../helpers.js';

const here = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/resolve/light-rail');
const docs = readdirSync(here)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => doc(f, readFileSync(join(here, f), 'utf8'), '2025-03-01'));
const expected = JSON.parse(readFileSync(join(here, 'expected.json'), 'utf8')) as { groups: string[]; findings: string[][] };

const outcome = () => {
  const out = analyse(docs, bundledConfig());
  return {
    groups: out.groups.map((g) => g.key),
    findings: out.findings.filter((f) => f.kind === 'contradiction' || f.rule === 'core.corroboration').map((f) => [f.rule, f.severity, f.message.slice(0, f.message.indexOf(':'))]),
  };
};

describe('one project and one company under several names', () => {
  it('groups the claims and flags the conflicting values', () => {
    expect(outcome()).toEqual(expected);
  });

  it('is the same on a second run', () => {
    expect(JSON.stringify(outcome())).toBe(JSON.stringify(outcome()));
  });
});
