// The commands: load config, run the pipeline, format, write. Returns the exit code.
import Table from 'cli-table3';
import { loadConfig, type Config } from '../config/load.js';
import { formatInterval } from '../core/format-value.js';
import { formatProblem, type Problem } from '../core/problem.js';
import { run } from '../pipeline.js';
import { buildReport, formatForFile, formatters, type FormatName, type Report } from '../report/index.js';
import { formatJson } from '../report/json.js';
import { EXIT, UsageError } from './exit.js';
import { writeAtomic } from './io.js';

interface CheckOptions {
  rules?: string;
  format: FormatName;
  out?: string[];
  failOn: 'error' | 'warning' | 'never';
}

function config(dir: string | undefined): Config {
  const loaded = loadConfig(dir);
  printProblems(loaded.problems);
  if (!loaded.ok) throw new UsageError(`the rules could not be loaded (${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'} above)`);
  return loaded.config;
}

function printProblems(problems: readonly Problem[]): void {
  for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
}

/** Input problems were reported; documents that could be read were still checked. */
function inputCode(problems: readonly Problem[]): number | null {
  return problems.some((p) => p.severity === 'error') ? EXIT.usage : null;
}

export function checkCommand(paths: string[], opts: CheckOptions): number {
  const cfg = config(opts.rules);
  const outcome = run(paths, cfg);
  printProblems(outcome.problems);
  const report = buildReport(outcome);
  for (const file of opts.out ?? []) {
    const format = formatForFile(file);
    if (!format) throw new UsageError(`--out ${file}: unknown report extension (expected .md, .json or .txt)`);
    writeAtomic(file, formatters[format](report));
  }
  process.stdout.write(formatters[opts.format](report));
  return inputCode(outcome.problems) ?? gate(report, opts.failOn);
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

function gate(report: Report, failOn: CheckOptions['failOn']): number {
  if (failOn === 'never') return EXIT.clean;
  const limit = RANK[failOn];
  return report.findings.some((f) => RANK[f.severity] <= limit) ? EXIT.findings : EXIT.clean;
}

export function claimsCommand(paths: string[], opts: { rules?: string; format: 'table' | 'json' }): number {
  const cfg = config(opts.rules);
  const outcome = run(paths, { ...cfg, rules: [] });
  printProblems(outcome.problems);
  const report = buildReport(outcome);
  if (opts.format === 'json') {
    const { findings: _f, ...rest } = report;
    process.stdout.write(formatJson({ ...rest, findings: [] }, { claims: true }));
  } else {
    const t = new Table({ head: ['where', 'value', 'normalised', 'subject', 'metric', 'qualifiers'], style: { head: [], border: [] }, wordWrap: true, colWidths: [30, 24, 26, 20, 18, 30] });
    for (const c of report.claims) {
      const quals = [...Object.entries(c.scope).map(([k, v]) => `${k}: ${v}`), c.period ? `period: ${c.period}` : '', c.event ? `event: ${c.event} ${c.date}` : ''].filter(Boolean).join('\n');
      t.push([`${c.file.split('/').pop()}:${c.line}:${c.column}`, c.text, c.kind === 'date' ? (c.date ?? '') : formatInterval(c.value), c.subjectName ?? '—', c.metric ?? '—', quals]);
    }
    process.stdout.write(`${t.toString()}\n${report.claims.length} claims in ${report.documents.length} documents\n`);
  }
  return inputCode(outcome.problems) ?? EXIT.clean;
}

export function rulesCommand(opts: { rules?: string }): number {
  const cfg = config(opts.rules);
  const t = new Table({ head: ['rule', 'type', 'severity', 'description'], style: { head: [], border: [] }, wordWrap: true, colWidths: [30, 18, 10, 70] });
  for (const r of cfg.rules) t.push([r.id + (r.enabled ? '' : ' (disabled)'), r.type, r.severity, r.description]);
  process.stdout.write(`${t.toString()}\n${cfg.rules.length} rules; data: ${Object.keys(cfg.dataFiles).sort().join(', ')}\n`);
  return EXIT.clean;
}
