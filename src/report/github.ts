// GitHub Actions workflow commands: one annotation per finding awaiting review, then a closing notice.
// Only pending findings are annotated: GitHub shows few annotations per step, and reviewed ones need no eyes.
import type { Report, ReportFinding, Location } from './model.js';
import { pending, verdictLine, type FormatOptions } from './view.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escaping for a command's message (after ::). */
function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping for a command's properties (file=…,title=…), where ':' and ',' are separators. */
function property(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function where(l: Location): string {
  return `${l.file}:${l.line}:${l.column}`;
}

/** Under --new, the annotation sits on the new document, where a pull request shows the added lines. */
function annotation(f: ReportFinding, fresh: ReadonlySet<string>): string {
  const at = Math.max(0, f.locations.findIndex((l) => fresh.has(l.file)));
  const first = f.locations[at];
  const rest = f.locations.filter((_, i) => i !== at);
  const props: string[] = [];
  if (first) {
    props.push(`file=${property(first.file)}`, `line=${first.line}`, `col=${first.column}`);
    if (first.endLine !== first.line) props.push(`endLine=${first.endLine}`);
    else props.push(`endColumn=${first.endColumn}`);
  }
  props.push(`title=${property(`${f.rule} (${f.id})`)}`);
  const also = rest.length ? `\nAlso at: ${rest.map(where).join(', ')}` : '';
  return `::${LEVEL[f.severity]} ${props.join(',')}::${data(`${f.message}${also}`)}`;
}

export function formatGithub(report: Report, options: FormatOptions): string {
  const todo = pending(report);
  const fresh = new Set(report.newDocuments ?? []);
  const lines = todo.map((f) => annotation(f, fresh));
  const scope = report.newDocuments ? ` involving ${report.newDocuments.length} new document${report.newDocuments.length === 1 ? '' : 's'}` : '';
  const summary = `claimcheck: ${todo.length} finding${todo.length === 1 ? '' : 's'}${scope} without a verdict. ${verdictLine(report, options)}`;
  lines.push(`::notice title=claimcheck::${data(summary)}`);
  return `${lines.join('\n')}\n`;
}
