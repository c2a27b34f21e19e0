// Golden files: the markdown, JSON, SARIF and GitHub reports of a small fixture corpus, byte for byte.
// Regenerate after an intended change with: UPDATE_GOLDEN=1 npx vitest run test/report
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { coverage, type Coverage, type DocCoverage } from '../../src/extract/index.js';
import { run } from '../../src/pipeline.js';
import { buildReport, formatters, type FormatName, type Report } from '../../src/report/index.js';
import { emptyVerdicts, type Verdict } from '../../src/verdicts/index.js';

const CASE = 'test/fixtures/report/basic';
const UPDATE = process.env.UPDATE_GOLDEN === '1';
// ajv-formats is CommonJS; under NodeNext its default import types as the module, so require the plugin itself.
const addFormats = createRequire(import.meta.url)('ajv-formats') as (ajv: Ajv) => Ajv;

/** The fixture corpus checked with its own rules, and verdicts picked by what the findings say (not by id). */
function fixtureReport(newDocuments: string[] | null = null): Report {
  const loaded = loadConfig(join(CASE, 'rules'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const outcome = run([join(CASE, 'docs')], loaded.config);
  const verdicts = emptyVerdicts(join(CASE, 'verdicts.yaml'));
  const pick = (rule: string, text: string) => {
    const f = outcome.findings.find((x) => x.rule === rule && x.message.toLowerCase().includes(text));
    if (!f) throw new Error(`fixture lost its ${rule} finding about "${text}": ${outcome.findings.map((x) => x.message).join(' / ')}`);
    return f.id;
  };
  const v = (status: Verdict['status'], note: string): Verdict => ({ status, note, who: 'fixture reviewer', when: '2025-04-01' });
  verdicts.entries.set(pick('value-conflict', 'unemployment'), v('dismissed', 'union survey | counts "discouraged" <b>workers</b>'));
  verdicts.entries.set(pick('value-conflict', 'budget'), v('confirmed', 'draft and final budgets differ'));
  verdicts.entries.set(pick('disclosure', 'generated'), v('accepted', ''));
  verdicts.entries.set('00000000deadbeef', { ...v('accepted', 'finding went away'), rule: 'value-conflict', summary: 'an old conflict' });
  verdicts.lines.set('00000000deadbeef', 7);
  const report = buildReport(outcome, {
    rules: loaded.config.rules.map((r) => ({ id: r.id, type: r.type, severity: r.severity, description: r.description })),
    verdicts,
    newDocuments,
  });
  // Coverage counting belongs to extract and has its own tests; the goldens pin how reports print it.
  expect(report.coverage).toEqual(coverage(outcome.docs, outcome.claims));
  return { ...report, coverage: FIXED_COVERAGE };
}

const FIXED_COVERAGE: Coverage = (() => {
  const doc = (id: string, n: number): DocCoverage => ({
    doc: id,
    numbers: { found: n + 3, claimed: n, dropped: { boilerplate: 0, year: 2, unparseable: 1 } },
    dates: { found: 1, claimed: 0, dropped: { boilerplate: 0, noEvent: 1 } },
    claims: { total: n, usable: n - 1, dropped: { noSubject: 0, noMetric: 1 } },
  });
  return { documents: [doc(join(CASE, 'docs', 'city-daily.txt'), 3), doc(join(CASE, 'docs', 'harbour-post.txt'), 2)], total: doc('total', 5) };
})();

function golden(name: string, actual: string): void {
  const file = join(CASE, name);
  if (UPDATE) writeFileSync(file, actual);
  if (!existsSync(file)) throw new Error(`${file} is missing; create it with UPDATE_GOLDEN=1 npx vitest run test/report`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const GOLDEN: Array<[FormatName, string]> = [
  ['markdown', 'expected.md'],
  ['json', 'expected.json'],
  ['sarif', 'expected.sarif'],
  ['github', 'expected.github.txt'],
  ['table', 'expected.table.txt'],
];

describe('golden reports of test/fixtures/report/basic', () => {
  const report = fixtureReport();
  for (const [format, file] of GOLDEN) {
    it(`${format} matches ${file}`, () => golden(file, formatters[format](report, { showDismissed: false })));
  }

  it('markdown with --show-dismissed lists the dismissed finding', () => {
    const shown = formatters.markdown(report, { showDismissed: true });
    const hidden = formatters.markdown(report, { showDismissed: false });
    expect(hidden).toContain('1 dismissed (hidden)');
    expect(hidden).not.toContain('Verdict: **dismissed**');
    expect(shown).toContain('Verdict: **dismissed** — union survey \\| counts "discouraged" &lt;b&gt;workers&lt;/b&gt;');
  });

  it('a new document only gates the findings it takes part in', () => {
    const docs = fixtureReport([join(CASE, 'docs', 'harbour-post.txt')]);
    const involving = docs.findings.filter((f) => f.involvesNew).map((f) => f.rule).sort();
    expect(involving).toEqual(['boilerplate', 'value-conflict', 'value-conflict']);
    // Only the boilerplate notice has no verdict among them, so it alone is annotated.
    const gh = formatters.github(docs, { showDismissed: false });
    expect(gh.split('\n').filter((l) => l.startsWith('::notice file=')).length).toBe(1);
    expect(gh).toContain('1 finding involving 1 new document without a verdict');
  });
});

describe('SARIF output', () => {
  const schema = JSON.parse(readFileSync('test/fixtures/sarif/sarif-schema-2.1.0.json', 'utf8')) as Record<string, unknown>;
  // The official schema is draft-04 (it uses `id`); ajv 8 reads its keywords with meta-validation and strict mode off.
  const { $schema: _meta, id: _id, ...body } = schema;
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
  addFormats(ajv);
  const validate = ajv.compile(body);

  it('validates against the official SARIF 2.1.0 schema', () => {
    const log = JSON.parse(formatters.sarif(fixtureReport(), { showDismissed: false })) as unknown;
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the validator rejects a log that breaks the schema (so the check above can fail)', () => {
    const log = JSON.parse(formatters.sarif(fixtureReport(), { showDismissed: false })) as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    const first = log.runs[0]?.results[0];
    if (first) first.level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('carries rule metadata, related locations, fingerprints, and suppressions for findings with a verdict', () => {
    const report = fixtureReport();
    const log = JSON.parse(formatters.sarif(report, { showDismissed: false }));
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['boilerplate', 'disclosure', 'value-conflict']);
    expect(run.results).toHaveLength(report.findings.length);
    for (const [i, f] of report.findings.entries()) {
      const r = run.results[i];
      expect(r.partialFingerprints['claimcheck/v1']).toBe(f.id);
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(f.rule);
      expect(r.relatedLocations?.length ?? 0).toBe(f.locations.length - 1);
      expect(r.suppressions?.[0]?.status).toBe(f.verdict ? 'accepted' : undefined);
    }
    const dismissed = run.results.find((r: { properties: { fingerprint: string } }) => report.findings.find((f) => f.id === r.properties.fingerprint)?.verdict?.status === 'dismissed');
    expect(dismissed.suppressions[0].justification).toMatch(/^dismissed: union survey/);
  });
});
