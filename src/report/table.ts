// Terminal table of findings (cli-table3), colour-free so it is byte-stable in logs and CI.
import Table from 'cli-table3';
import type { Report } from './model.js';

export function formatTable(report: Report): string {
  const t = new Table({
    head: ['severity', 'kind', 'rule', 'where', 'message'],
    style: { head: [], border: [] },
    colWidths: [10, 15, 24, 36, 70],
    wordWrap: true,
  });
  for (const f of report.findings) {
    const where = f.locations
      .slice(0, 4)
      .map((l) => `${l.file.split('/').pop()}:${l.line}:${l.column}`)
      .join('\n');
    const more = f.locations.length > 4 ? `\n(+${f.locations.length - 4} more)` : '';
    t.push([f.severity, f.kind, f.rule, where + more, f.message]);
  }
  const s = report.stats;
  const summary = `${s.documents} documents, ${s.claims} claims, ${s.findings} findings (${s.bySeverity.error} errors, ${s.bySeverity.warning} warnings, ${s.bySeverity.info} notices)`;
  return `${report.findings.length ? `${t.toString()}\n` : ''}${summary}\n`;
}
