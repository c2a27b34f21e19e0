// SARIF 2.1.0 for code-scanning tools. Every finding is a result; findings with a verdict carry a suppression
// (not a deletion), so viewers hide them while the log keeps them. Columns are UTF-16 code units, like ours.
import type { Severity } from '../core/types.js';
import type { Location, Report, ReportFinding, ReportRule } from './model.js';
import type { FormatOptions } from './view.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** The key under partialFingerprints; versioned so a change of fingerprint scheme can be told apart. */
export const FINGERPRINT_KEY = 'claimcheck/v1';

/** A document id as a URI reference: relative paths stay relative; absolute ones become file: URIs. */
function uri(file: string): string {
  const encoded = file.split('/').map(encodeURIComponent).join('/');
  if (/^[A-Za-z]:\//.test(file)) return `file:///${encoded.replace('%3A', ':')}`;
  return file.startsWith('/') ? `file://${encoded}` : encoded;
}

function ruleList(report: Report): ReportRule[] {
  const rules = new Map(report.rules.map((r) => [r.id, r]));
  // A finding from a rule the report does not describe still needs a descriptor for its ruleIndex.
  for (const f of report.findings) if (!rules.has(f.rule)) rules.set(f.rule, { id: f.rule, type: f.kind, severity: f.severity, description: '' });
  return [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function formatSarif(report: Report, _options: FormatOptions): string {
  const rules = ruleList(report);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const artifactIndex = new Map(report.documents.map((d, i) => [d.file, i]));
  const physical = (l: Location) => {
    const index = artifactIndex.get(l.file);
    return {
      artifactLocation: index === undefined ? { uri: uri(l.file) } : { uri: uri(l.file), index },
      region: { startLine: l.line, startColumn: l.column, endLine: l.endLine, endColumn: l.endColumn, snippet: { text: l.text } },
    };
  };
  const result = (f: ReportFinding) => {
    const [first, ...rest] = f.locations;
    const out: Record<string, unknown> = {
      ruleId: f.rule,
      ruleIndex: ruleIndex.get(f.rule) ?? 0,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: first ? [{ physicalLocation: physical(first) }] : [],
    };
    if (rest.length) {
      out.relatedLocations = rest.map((l, i) => ({ id: i + 1, physicalLocation: physical(l), message: { text: `also involved: ${l.text}` } }));
    }
    out.partialFingerprints = { [FINGERPRINT_KEY]: f.id };
    if (f.verdict) {
      const why = f.verdict.note ? `${f.verdict.status}: ${f.verdict.note}` : f.verdict.status;
      out.suppressions = [{ kind: 'external', status: 'accepted', justification: why, properties: { verdict: f.verdict.status, who: f.verdict.who, when: f.verdict.when } }];
    }
    out.properties = { kind: f.kind, fingerprint: f.id, involvesNew: f.involvesNew };
    return out;
  };
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description || r.id },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { type: r.type },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        artifacts: report.documents.map((d) => ({ location: { uri: uri(d.file) }, roles: ['analysisTarget'] })),
        results: report.findings.map(result),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
