// The seeds through the real pipeline: what the issue requires of the rules on them.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/pipeline.js';
import { bundledConfig } from '../helpers.js';

describe('rules on the seeds', () => {
  const outcome = run(['seeds'], bundledConfig());
  const contradictions = outcome.findings.filter((f) => f.kind === 'contradiction');
  const quoted = (f: (typeof contradictions)[number]) => f.claims.map((id) => outcome.claims.find((c) => c.id === id)?.text ?? '');

  it('reports 38% vs 36% market share once, as a warning naming both scopes', () => {
    const share = contradictions.filter((f) => f.rule === 'core.value-conflict' && quoted(f).includes('38%') && quoted(f).includes('36%'));
    expect(share).toHaveLength(1);
    expect(share[0]?.severity).toBe('warning');
    expect(share[0]?.message).toMatch(/relational database.*cloud/);
  });

  it('does not oppose "greater than $50 billion" to "$53 billion"', () => {
    const capex = contradictions.filter((f) => quoted(f).some((t) => /50 billion/.test(t)) && quoted(f).some((t) => /53 billion/.test(t)));
    expect(capex).toEqual([]);
  });

  it('gives the same findings on a second run', () => {
    expect(JSON.stringify(run(['seeds'], bundledConfig()).findings)).toBe(JSON.stringify(outcome.findings));
  });
});
