// The commands: load config, run the pipeline, format, write. Each returns the exit code.
import { resolve, sep } from 'node:path';
import { loadConfig, type Config } from '../config/load.js';
import { formatInterval } from '../core/format-value.js';
import { plural } from '../core/template.js';
import type { Problem } from '../core/problem.js';
import type { Finding } from '../core/types.js';
import { run, type Outcome } from '../pipeline.js';
import { buildReport, formatForFile, formatters, pending, type FormatName, type Report } from '../report/index.js';
import { cliTable, drawTable } from '../report/grid.js';
import { formatJson } from '../report/json.js';
import { coverage, type Coverage } from '../extract/coverage.js';
import { baseline, FINGERPRINT, orphans, setVerdict, type FindingRef, type Verdicts, type VerdictStatus } from '../verdicts/index.js';
import { changedSince } from './changed.js';
import { EXIT, UsageError } from './exit.js';
import { writeAtomic } from './io.js';
import { printProblems } from './problems.js';
import { stamp } from './stamp.js';
import { DEFAULT_VERDICTS, readVerdicts, saveVerdicts } from './verdicts-file.js';

type FailOn = 'error' | 'warning' | 'never';

interface CheckOptions {
  rules?: string;
  format: FormatName;
  out?: string[];
  failOn: FailOn;
  verdicts?: string;
  showDismissed?: boolean;
  new?: string[];
  since?: string;
}

function config(dir: string | undefined): Config {
  const loaded = loadConfig(dir);
  printProblems(loaded.problems);
  if (!loaded.ok) throw new UsageError(`the rules could not be loaded (${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'} above)`);
  return loaded.config;
}

/** Input problems were reported; documents that could be read were still checked. */
function inputCode(problems: readonly Problem[]): number | null {
  return problems.some((p) => p.severity === 'error') ? EXIT.usage : null;
}

/** True when `file` is `root` or lies under it (both compared as absolute paths). */
function within(file: string, root: string): boolean {
  const f = resolve(file);
  const r = resolve(root);
  return f === r || f.startsWith(r.endsWith(sep) ? r : r + sep);
}

function ruleMeta(cfg: Config) {
  return cfg.rules.filter((r) => r.enabled).map((r) => ({ id: r.id, type: r.type, severity: r.severity, description: r.description }));
}

function analyse(paths: string[], rulesDir: string | undefined): { cfg: Config; outcome: Outcome } {
  const cfg = config(rulesDir);
  const outcome = run(paths, cfg);
  printProblems(outcome.problems);
  return { cfg, outcome };
}

export function checkCommand(paths: string[], opts: CheckOptions): number {
  const verdicts = readVerdicts(opts.verdicts ?? DEFAULT_VERDICTS);
  const fresh = opts.new ?? [];
  // New documents are compared against the whole corpus, so they join it when the paths do not already cover them.
  const all = [...paths, ...fresh.filter((n) => !paths.some((p) => within(n, p)))];
  const changed = opts.since === undefined ? null : changedSince(opts.since);
  const { cfg, outcome } = analyse(all, opts.rules);
  let newDocuments: string[] | null = null;
  if (opts.new !== undefined || changed) {
    newDocuments = outcome.docs.map((d) => d.doc.id).filter((id) => fresh.some((n) => within(id, n)) || changed?.has(resolve(id)));
    const names = newDocuments.length ? `: ${newDocuments.join(', ')}` : '';
    process.stderr.write(`claimcheck: ${newDocuments.length} new document${newDocuments.length === 1 ? '' : 's'}${names}\n`);
  }
  const report = buildReport(outcome, { rules: ruleMeta(cfg), verdicts, newDocuments });
  printOrphans(report, verdicts);
  const fmt = { showDismissed: opts.showDismissed ?? false };
  for (const file of opts.out ?? []) {
    const format = formatForFile(file);
    if (!format) throw new UsageError(`--out ${file}: unknown report extension (expected .md, .json, .sarif or .txt)`);
    writeAtomic(file, formatters[format](report, fmt));
  }
  process.stdout.write(formatters[opts.format](report, fmt));
  return inputCode(outcome.problems) ?? gate(report, opts.failOn);
}

function printOrphans(report: Report, verdicts: Verdicts): void {
  printProblems(
    report.orphans.map((o) => ({
      file: verdicts.file,
      ...(o.line === null ? {} : { line: o.line, column: 3 }),
      severity: 'warning' as const,
      message: `verdict ${o.id} (${o.verdict.status}) matches no finding in this run; it is kept`,
    })),
  );
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Exit 1 when a finding awaiting review (no verdict; under --new, touching a new document) reaches the severity. */
export function gate(report: Report, failOn: FailOn): number {
  if (failOn === 'never') return EXIT.clean;
  const limit = RANK[failOn];
  return pending(report).some((f) => RANK[f.severity] <= limit) ? EXIT.findings : EXIT.clean;
}

interface StampOptions {
  who?: string;
  date?: string;
}

interface VerdictOptions extends StampOptions {
  status: VerdictStatus;
  note?: string;
  verdicts?: string;
  rules?: string;
}

/** What a verdict entry keeps of its finding: rule, message and the documents involved. */
function findingRef(f: Finding): FindingRef {
  return { id: f.id, rule: f.rule, message: f.message, files: [...new Set(f.spans.map((s) => s.doc))].sort() };
}

/** Records a verdict for one finding, named by fingerprint or by a unique prefix of at least 4 characters. */
export function verdictCommand(id: string, paths: string[], opts: VerdictOptions): number {
  const when = stamp(opts);
  const verdicts = readVerdicts(opts.verdicts ?? DEFAULT_VERDICTS);
  if (!/^[0-9a-f]{4,16}$/.test(id)) throw new UsageError(`"${id}" is not a finding fingerprint (expected 4 to 16 hex digits from a report)`);
  const { outcome } = analyse(paths, opts.rules);
  const refs = new Map<string, FindingRef>(outcome.findings.map((f) => [f.id, findingRef(f)]));
  // An orphaned verdict may be edited too (to record why its finding went away).
  for (const [vid, v] of verdicts.entries) if (!refs.has(vid)) refs.set(vid, { id: vid, rule: v.rule ?? '', message: v.summary ?? '', ...(v.files ? { files: v.files } : {}) });
  const hits = [...refs.keys()].filter((k) => k.startsWith(id));
  if (hits.length === 0) throw new UsageError(`no finding with fingerprint ${id} in ${paths.join(', ')} or in ${verdicts.file}`);
  if (hits.length > 1) throw new UsageError(`fingerprint prefix ${id} is ambiguous: ${hits.sort().join(', ')}`);
  const ref = refs.get(hits[0] ?? '') as FindingRef;
  if (!FINGERPRINT.test(ref.id)) throw new UsageError(`${ref.id} is not a finding fingerprint`);
  const previous = verdicts.entries.get(ref.id);
  saveVerdicts(setVerdict(verdicts, ref, { status: opts.status, note: opts.note ?? '' }, when));
  process.stdout.write(`${ref.id}: ${previous ? `${previous.status} → ` : ''}${opts.status} in ${verdicts.file}\n`);
  return inputCode(outcome.problems) ?? EXIT.clean;
}

interface BaselineOptions extends StampOptions {
  note?: string;
  verdicts?: string;
  rules?: string;
}

/** Records every current finding without a verdict as accepted. */
export function baselineCommand(paths: string[], opts: BaselineOptions): number {
  const when = stamp(opts);
  const verdicts = readVerdicts(opts.verdicts ?? DEFAULT_VERDICTS);
  const { outcome } = analyse(paths, opts.rules);
  // Refuse to baseline a half-read corpus: the missing documents' findings would never be reviewed.
  const code = inputCode(outcome.problems);
  if (code !== null) throw new UsageError('some documents could not be read (see above); nothing was recorded');
  const refs = outcome.findings.map(findingRef);
  const done = baseline(verdicts, refs, opts.note ?? 'recorded by claimcheck baseline', when);
  saveVerdicts(done.verdicts);
  const orphaned = orphans(verdicts, new Set(refs.map((r) => r.id)), new Set(outcome.docs.map(({ doc }) => doc.id))).length;
  const kept = refs.length - done.added.length;
  process.stdout.write(
    `baseline: ${done.added.length} finding${done.added.length === 1 ? '' : 's'} recorded as accepted in ${verdicts.file}; ${kept} already had a verdict` +
      (orphaned ? `; ${orphaned} orphaned verdict${orphaned === 1 ? '' : 's'} kept` : '') +
      '\n',
  );
  return EXIT.clean;
}

export function claimsCommand(paths: string[], opts: { rules?: string; format: 'table' | 'json'; stats?: boolean }): number {
  const cfg = config(opts.rules);
  const outcome = run(paths, { ...cfg, rules: [] });
  printProblems(outcome.problems);
  if (opts.stats) {
    process.stdout.write(formatCoverage(coverage(outcome.docs, outcome.claims), opts.format));
    return inputCode(outcome.problems) ?? EXIT.clean;
  }
  const report = buildReport(outcome);
  if (opts.format === 'json') {
    process.stdout.write(formatJson({ ...report, findings: [] }, { claims: true, showDismissed: false }));
  } else {
    // Drawn as cli-table3 draws it, in linear time: cli-table3's layout is quadratic in rows (see report/grid.ts).
    const rows = report.claims.map((c) => {
      const quals = [...Object.entries(c.scope).map(([k, v]) => `${k}: ${v}`), c.period ? `period: ${c.period}` : '', c.event ? `event: ${c.event} ${c.date}` : ''].filter(Boolean).join('\n');
      return [`${c.file.split('/').pop()}:${c.line}:${c.column}`, c.text, c.kind === 'date' ? (c.date ?? '') : formatInterval(c.value), c.subjectName ?? '—', c.metric ?? '—', quals];
    });
    const table = drawTable(['where', 'value', 'normalised', 'subject', 'metric', 'qualifiers'], rows, [30, 24, 26, 20, 18, 30]);
    process.stdout.write(`${table}\n${report.claims.length} ${plural(report.claims.length, 'claim', 'claims')} in ${report.documents.length} ${plural(report.documents.length, 'document', 'documents')}\n`);
  }
  return inputCode(outcome.problems) ?? EXIT.clean;
}

export function rulesCommand(opts: { rules?: string }): number {
  const cfg = config(opts.rules);
  const Table = cliTable();
  const t = new Table({ head: ['rule', 'type', 'severity', 'description'], style: { head: [], border: [] }, wordWrap: true, colWidths: [30, 18, 10, 70] });
  for (const r of cfg.rules) t.push([r.id + (r.enabled ? '' : ' (disabled)'), r.type, r.severity, r.description]);
  process.stdout.write(`${t.toString()}\n${cfg.rules.length} ${plural(cfg.rules.length, 'rule', 'rules')}; data: ${Object.keys(cfg.dataFiles).sort().join(', ')}\n`);
  return EXIT.clean;
}

/** `claims --stats`: per document and in total, what the text holds and what became claims. */
function formatCoverage(c: Coverage, format: 'table' | 'json'): string {
  if (format === 'json') return `${JSON.stringify(c, null, 2)}\n`;
  const Table = cliTable();
  const t = new Table({
    head: ['document', 'numbers', 'claimed', 'unparseable', 'years', 'boilerplate', 'dates', 'dated events', 'no event', 'claims', 'usable', 'no subject', 'no metric'],
    style: { head: [], border: [] },
  });
  for (const d of [...c.documents, c.total]) {
    const n = d.numbers;
    t.push([d.doc === 'total' ? 'total' : (d.doc.split('/').pop() ?? d.doc), n.found, n.claimed, n.dropped.unparseable, n.dropped.year, n.dropped.boilerplate + d.dates.dropped.boilerplate, d.dates.found, d.dates.claimed, d.dates.dropped.noEvent, d.claims.total, d.claims.usable, d.claims.dropped.noSubject, d.claims.dropped.noMetric]);
  }
  return `${t.toString()}\nnumbers: numerals outside dates; claimed: read as a claim's value; unparseable: no unit, noun or currency made a quantity of it;\nusable: claims with a subject and a metric or event, which rules can compare.\n`;
}
