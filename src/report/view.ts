// What a reader sees and what gates: shared by every formatter and by the CLI's exit code.
import { plural } from '../core/template.js';
import { coverageLine as extractCoverageLine } from '../extract/index.js';
import type { Report, ReportFinding } from './model.js';

export interface FormatOptions {
  /** Show findings a reviewer dismissed; hidden (and counted) by default. */
  showDismissed: boolean;
}

export const DEFAULT_FORMAT: FormatOptions = { showDismissed: false };

/** Findings to list: all but dismissed ones, unless asked for. */
export function shown(report: Report, options: FormatOptions): ReportFinding[] {
  return options.showDismissed ? report.findings : report.findings.filter((f) => f.verdict?.status !== 'dismissed');
}

/** Findings awaiting review: no verdict yet and, under --new/--since, involving a new document. These gate CI. */
export function pending(report: Report): ReportFinding[] {
  return report.findings.filter((f) => f.verdict === null && (report.newDocuments === null || f.involvesNew));
}

/** "4 findings: 1 confirmed, 2 accepted, 1 dismissed (hidden), 0 without a verdict" — one line every format shares. */
export function verdictLine(report: Report, options: FormatOptions): string {
  const v = report.stats.byVerdict;
  const hidden = options.showDismissed ? '' : ' (hidden)';
  const parts = [`${v.none} without a verdict`, `${v.confirmed} confirmed`, `${v.accepted} accepted`, `${v.dismissed} dismissed${v.dismissed ? hidden : ''}`];
  const orphans = report.orphans.length ? `; ${report.orphans.length} orphaned ${plural(report.orphans.length, 'verdict', 'verdicts')}` : '';
  return `Verdicts: ${parts.join(', ')}${orphans}.`;
}

/** "1 error, 30 warnings, 9 notices": findings by severity, as the table and markdown summaries print them. */
export function countsLine(stats: Report['stats']): string {
  const { error, warning, info } = stats.bySeverity;
  return `${error} ${plural(error, 'error', 'errors')}, ${warning} ${plural(warning, 'warning', 'warnings')}, ${info} ${plural(info, 'notice', 'notices')}`;
}

/** "5 documents, 87 claims, 1 finding": the totals that open every report. */
export function totalsLine(stats: Report['stats']): string {
  const { documents, claims, findings } = stats;
  return `${documents} ${plural(documents, 'document', 'documents')}, ${claims} ${plural(claims, 'claim', 'claims')}, ${findings} ${plural(findings, 'finding', 'findings')}`;
}

/** "Extraction coverage: numbers 120: 80 claimed, …" — extract's own summary of what became claims. */
export function coverageLine(report: Report): string {
  return `Extraction coverage: ${extractCoverageLine(report.coverage.total)}.`;
}
