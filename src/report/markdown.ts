// Markdown report for fact-checkers: summary table, then one section per finding with the claims side by side.
// Renders on GitHub and in CommonMark viewers: quoted text is escaped, values are marked with <b> (which,
// unlike **, holds next to punctuation: "US$5" would break strong emphasis), anchors are fingerprints.
import { formatInterval } from '../core/format-value.js';
import type { Location, Report, ReportClaim, ReportFinding, ReportVerdict } from './model.js';
import { countsLine, totalsLine, coverageLine, shown, verdictLine, type FormatOptions } from './view.js';

/** Escapes text for a table cell or paragraph: pipes, HTML, markdown emphasis, link, heading and math characters. */
export function escapeMd(s: string): string {
  // One pass instead of eight (the markdown report escapes megabytes): no replacement's output is matched again,
  // as in the chained version, where each step only added characters later steps leave alone.
  // Most cells (file names, dates, plain words) hold nothing to escape: a test is cheaper than a replace with a callback.
  return MD_ANY.test(s) ? s.replace(MD_SPECIAL, (m) => MD_ESCAPES[m] ?? ' ') : s;
}

/** Whether MD_SPECIAL can match at all: each of its matches holds a line break or one of its characters. */
const MD_ANY = /[\n\\&<>|*_`[\]#~$]/;

/** White space around a line break (it becomes one space), or one character to escape. $ too: GitHub reads $…$
 *  as inline math, and money is what these documents are full of. */
const MD_SPECIAL = /\s*\n\s*|[\\&<>|*_`[\]#~$]/g;
const MD_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '\\|',
  '*': '\\*',
  _: '\\_',
  '`': '\\`',
  '[': '\\[',
  ']': '\\]',
  '#': '\\#',
  '~': '\\~',
  $: '\\$',
};

/** From this many findings on, a table of contents precedes the sections. */
export const TOC_FROM = 8;

export function formatMarkdown(report: Report, options: FormatOptions): string {
  const docs = new Map(report.documents.map((d) => [d.file, d]));
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const findings = shown(report, options);
  const s = report.stats;
  const out: string[] = ['# claimcheck report', ''];
  out.push(`${totalsLine(s)}: ${countsLine(s)}.`, '');
  out.push(escapeMd(verdictLine(report, options)), '', coverageLine(report), '');
  if (report.newDocuments) {
    const involving = report.findings.filter((f) => f.involvesNew).length;
    out.push(`New documents: ${report.newDocuments.map(escapeMd).join(', ') || 'none'}; ${involving} finding${involving === 1 ? '' : 's'} involve them.`, '');
  }
  if (findings.length >= TOC_FROM) {
    out.push('## Contents', '', '- [Documents](#documents)', '- [Summary](#summary)');
    for (const [i, f] of findings.entries()) out.push(`  - [${i + 1}. ${f.kind}: ${escapeMd(short(f.message))}](#${anchor(f)})`);
    if (report.orphans.length) out.push('- [Orphaned verdicts](#orphaned-verdicts)');
    out.push('');
  }
  out.push('## Documents', '', '| document | title | published |', '| --- | --- | --- |');
  for (const d of report.documents) {
    out.push(`| ${escapeMd(d.file)} | ${escapeMd(d.title ?? '—')} | ${d.published ?? '—'} (${d.publishedSource}) |`);
  }
  out.push('', '## Summary', '', '| # | severity | kind | rule | verdict | message |', '| --- | --- | --- | --- | --- | --- |');
  for (const [i, f] of findings.entries()) {
    out.push(`| [${i + 1}](#${anchor(f)}) | ${f.severity} | ${f.kind} | ${f.rule} | ${f.verdict?.status ?? 'new'} | ${escapeMd(f.message)} |`);
  }
  if (findings.length === 0) out.push('| — | — | — | — | — | no findings |');
  for (const [i, f] of findings.entries()) {
    out.push('');
    section(out, i, f, docs, claims);
  }
  if (report.orphans.length) {
    out.push('', '## Orphaned verdicts', '', 'Verdicts whose finding did not occur in this run. They stay in the verdicts file until a reviewer removes them.', '');
    out.push('| fingerprint | line | status | rule | summary | note |', '| --- | --- | --- | --- | --- | --- |');
    for (const o of report.orphans) {
      out.push(`| \`${o.id}\` | ${o.line ?? '—'} | ${o.verdict.status} | ${escapeMd(o.rule ?? '—')} | ${escapeMd(o.summary ?? '—')} | ${escapeMd(o.verdict.note || '—')} |`);
    }
  }
  out.push('');
  return out.join('\n');
}

function anchor(f: ReportFinding): string {
  return `finding-${f.id}`;
}

function short(s: string): string {
  return s.length > 90 ? `${s.slice(0, 87)}…` : s;
}

function verdictText(v: ReportVerdict | null): string {
  if (!v) return 'Verdict: **none** (new finding; record one with `claimcheck verdict`).';
  const note = v.note ? ` — ${escapeMd(v.note)}` : '';
  return `Verdict: **${v.status}**${note} (${escapeMd(v.who)}, ${v.when}).`;
}

/** Appends the lines of one finding's section to `out` (thousands of sections: no list of its own for each). */
function section(out: string[], i: number, f: ReportFinding, docs: Map<string, Report['documents'][number]>, claims: Map<string, ReportClaim>): void {
  out.push(`<a id="${anchor(f)}"></a>`, '', `### ${i + 1}. ${f.kind} (${f.severity}) — ${f.rule}`, '', escapeMd(f.message), '');
  out.push(verdictText(f.verdict), '', `Fingerprint: \`${f.id}\``);
  if (f.claims.length) {
    out.push('', '| source | published | line | quote | value | qualifiers |', '| --- | --- | --- | --- | --- | --- |');
    for (const [k, loc] of f.locations.entries()) {
      const c = claims.get(f.claims[k] ?? '');
      const pub = docs.get(loc.file)?.published ?? '—';
      const value = c ? escapeMd(c.kind === 'date' ? (c.date ?? '—') : formatInterval(c.value)) : '—';
      const quals = c ? escapeMd(qualifiers(c)) : '';
      out.push(`| ${escapeMd(loc.file)} | ${pub} | ${loc.line} | ${quote(loc)} | ${value} | ${quals} |`);
    }
  } else if (f.suspects.length) {
    out.push('', `Score: ${f.score?.toFixed(2) ?? '—'}`, '', '| source | line | suspicious | likely original | why |', '| --- | --- | --- | --- | --- |');
    for (const s of f.suspects) out.push(`| ${escapeMd(s.location.file)} | ${s.location.line} | ${escapeMd(s.location.text)} | ${escapeMd(s.original ?? '—')} | ${escapeMd(s.reason)} |`);
  } else {
    out.push('', '| source | line | text |', '| --- | --- | --- |');
    for (const loc of f.locations.slice(0, 10)) out.push(`| ${escapeMd(loc.file)} | ${loc.line} | ${escapeMd(short(loc.text))} |`);
    if (f.locations.length > 10) out.push(`| … | | ${f.locations.length - 10} more |`);
  }
  for (const n of f.notes) out.push('', `> ${escapeMd(n)}`);
}

/** The sentence with the value marked. */
function quote(loc: Location): string {
  const c = loc.context;
  if (!c) return `<b>${escapeMd(loc.text)}</b>`;
  return `${escapeMd(c.sentence.slice(0, c.start))}<b>${escapeMd(c.sentence.slice(c.start, c.end))}</b>${escapeMd(c.sentence.slice(c.end))}`;
}

function qualifiers(c: ReportClaim): string {
  const parts = [`subject: ${c.subjectName ?? 'unknown'}`, `metric: ${c.metric ?? 'unknown'}`];
  for (const [k, v] of Object.entries(c.scope).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) parts.push(`${k}: ${v}`);
  if (c.period) parts.push(`period: ${c.period}`);
  else if (c.impliedPeriod) parts.push(`period: ${c.impliedPeriod} (inferred)`);
  if (c.asOf) parts.push(`as of: ${c.asOf}`);
  if (c.event) parts.push(`event: ${c.event}`);
  if (c.hedge !== 'exact') parts.push(`hedge: ${c.hedge}`);
  // The quote is as written; its metric and period were read from the paragraph with its spin undone.
  if (c.restored) parts.push('from a garbled paragraph, read with its spin undone');
  return parts.join('; ');
}
