// Markdown report for fact-checkers: summary table, then one section per finding with the claims side by side.
import { formatInterval } from '../core/format-value.js';
import type { Location, Report, ReportClaim, ReportFinding } from './model.js';

/** Escapes text for a table cell or paragraph: pipes, HTML, and markdown emphasis characters. */
export function escapeMd(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/([*_`[\]#])/g, '\\$1')
    .replace(/\n+/g, ' ');
}

const TOC_FROM = 8;

export function formatMarkdown(report: Report): string {
  const docs = new Map(report.documents.map((d) => [d.file, d]));
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const out: string[] = ['# claimcheck report', ''];
  const s = report.stats;
  out.push(`${s.documents} documents, ${s.claims} claims, ${s.findings} findings: ${s.bySeverity.error} errors, ${s.bySeverity.warning} warnings, ${s.bySeverity.info} notices.`, '');
  out.push('## Documents', '', '| document | title | published |', '| --- | --- | --- |');
  for (const d of report.documents) {
    out.push(`| ${escapeMd(d.file)} | ${escapeMd(d.title ?? '—')} | ${d.published ?? '—'} (${d.publishedSource}) |`);
  }
  out.push('', '## Summary', '', '| # | severity | kind | rule | message |', '| --- | --- | --- | --- | --- |');
  report.findings.forEach((f, i) => out.push(`| [${i + 1}](#${anchor(i, f)}) | ${f.severity} | ${f.kind} | ${f.rule} | ${escapeMd(f.message)} |`));
  if (report.findings.length === 0) out.push('| — | — | — | — | no findings |');
  if (report.findings.length >= TOC_FROM) {
    out.push('', '## Contents', '');
    report.findings.forEach((f, i) => out.push(`- [${i + 1}. ${f.kind}: ${escapeMd(short(f.message))}](#${anchor(i, f)})`));
  }
  report.findings.forEach((f, i) => out.push('', ...section(i, f, docs, claims)));
  out.push('');
  return out.join('\n');
}

function anchor(i: number, f: ReportFinding): string {
  return `finding-${i + 1}-${f.id}`;
}

function short(s: string): string {
  return s.length > 90 ? `${s.slice(0, 87)}…` : s;
}

function section(i: number, f: ReportFinding, docs: Map<string, Report['documents'][number]>, claims: Map<string, ReportClaim>): string[] {
  const out = [`<a id="${anchor(i, f)}"></a>`, `### ${i + 1}. ${f.kind} (${f.severity}) — ${f.rule}`, '', escapeMd(f.message), '', `Fingerprint: \`${f.id}\``];
  if (f.claims.length) {
    out.push('', '| source | published | line | quote | value | qualifiers |', '| --- | --- | --- | --- | --- | --- |');
    f.locations.forEach((loc, k) => {
      const c = claims.get(f.claims[k] ?? '');
      const pub = docs.get(loc.file)?.published ?? '—';
      const value = c ? escapeMd(formatInterval(c.value)) : '—';
      const quals = c ? escapeMd(qualifiers(c)) : '';
      out.push(`| ${escapeMd(loc.file)} | ${pub} | ${loc.line} | ${quote(loc)} | ${value} | ${quals} |`);
    });
  } else if (f.suspects.length) {
    out.push('', `Score: ${f.score?.toFixed(2) ?? '—'}`, '', '| line | suspicious | likely original | why |', '| --- | --- | --- | --- |');
    for (const s of f.suspects) out.push(`| ${s.location.line} | ${escapeMd(s.location.text)} | ${escapeMd(s.original ?? '—')} | ${escapeMd(s.reason)} |`);
  } else {
    out.push('', '| source | line | text |', '| --- | --- | --- |');
    for (const loc of f.locations.slice(0, 10)) out.push(`| ${escapeMd(loc.file)} | ${loc.line} | ${escapeMd(short(loc.text))} |`);
    if (f.locations.length > 10) out.push(`| … | | ${f.locations.length - 10} more |`);
  }
  for (const n of f.notes) out.push('', `> ${escapeMd(n)}`);
  return out;
}

/** The sentence with the value marked in bold. */
function quote(loc: Location): string {
  const c = loc.context;
  if (!c) return `**${escapeMd(loc.text)}**`;
  const before = c.sentence.slice(0, c.start);
  const after = c.sentence.slice(c.end);
  return `${escapeMd(before)}**${escapeMd(c.sentence.slice(c.start, c.end))}**${escapeMd(after)}`;
}

function qualifiers(c: ReportClaim): string {
  const parts = [`subject: ${c.subjectName ?? 'unknown'}`, `metric: ${c.metric ?? 'unknown'}`];
  for (const [k, v] of Object.entries(c.scope)) parts.push(`${k}: ${v}`);
  if (c.period) parts.push(`period: ${c.period}`);
  if (c.hedge !== 'exact') parts.push(`hedge: ${c.hedge}`);
  return parts.join('; ');
}
