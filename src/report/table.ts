// Terminal table of findings, drawn as cli-table3 draws it (see grid.ts), colour-free so it is byte-stable in logs and CI.
import { drawTable } from './grid.js';
import type { Report } from './model.js';
import { countsLine, totalsLine, coverageLine, shown, verdictLine, type FormatOptions } from './view.js';

const HEAD = ['severity', 'rule', 'where', 'message', 'fingerprint'];
const COL_WIDTHS = [10, 22, 36, 62, 20];

export function formatTable(report: Report, options: FormatOptions): string {
  const findings = shown(report, options);
  const rows: string[][] = [];
  for (const f of findings) {
    const where = f.locations
      .slice(0, 4)
      .map((l) => `${l.file.split('/').pop()}:${l.line}:${l.column}`)
      .join('\n');
    const more = f.locations.length > 4 ? `\n(+${f.locations.length - 4} more)` : '';
    const flags = [f.verdict?.status ?? 'new', ...(f.involvesNew ? ['in new document'] : [])].join('\n');
    rows.push([f.severity, `${f.rule}\n(${f.kind})`, where + more, f.message, `${f.id}\n${flags}`]);
  }
  const s = report.stats;
  const lines = [
    `${totalsLine(s)} (${countsLine(s)})`,
    verdictLine(report, options),
    coverageLine(report),
  ];
  for (const o of report.orphans) {
    lines.push(`orphaned verdict ${o.id} (${o.verdict.status}${o.rule ? `, ${o.rule}` : ''}): its finding did not occur in this run`);
  }
  return `${findings.length ? `${drawTable(HEAD, rows, COL_WIDTHS)}\n` : ''}${lines.join('\n')}\n`;
}
