// Builds the report from the pipeline outcome: the only place spans become file:line:column.
import { lineIndex } from '../core/line-index.js';
import type { Claim, Doc, Span } from '../core/types.js';
import { coverage } from '../extract/index.js';
import type { Outcome } from '../pipeline.js';
import { orphans as findOrphans } from '../verdicts/apply.js';
import type { Verdict, Verdicts } from '../verdicts/schema.js';
import type { Location, Report, ReportClaim, ReportFinding, ReportRule, ReportVerdict } from './model.js';

export const TOOL = { name: 'claimcheck', version: '0.1.0' };

export interface BuildOptions {
  /** Rules that ran, for rule metadata in SARIF. */
  rules?: readonly ReportRule[];
  /** Reviewers' verdicts to attach to findings. */
  verdicts?: Verdicts | null;
  /** Ids of the documents named by --new or --since; null when every finding gates. */
  newDocuments?: readonly string[] | null;
}

export function buildReport(outcome: Outcome, options: BuildOptions = {}): Report {
  const docs = new Map<string, Doc>(outcome.docs.map((s) => [s.doc.id, s.doc]));
  const claims = new Map(outcome.claims.map((c) => [c.id, c]));
  const fresh = options.newDocuments ? new Set(options.newDocuments) : null;
  const verdicts = options.verdicts ?? null;
  const locate = (span: Span, sentence?: Span): Location => {
    const doc = docs.get(span.doc);
    if (!doc) return { file: span.doc, line: 1, column: 1, endLine: 1, endColumn: 1, text: '' };
    const at = lineIndex(doc);
    const a = at(span.start);
    const b = at(span.end);
    const loc: Location = { file: doc.id, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, text: doc.text.slice(span.start, span.end) };
    if (sentence) loc.context = { sentence: doc.text.slice(sentence.start, sentence.end), start: span.start - sentence.start, end: span.end - sentence.start };
    return loc;
  };
  const findings: ReportFinding[] = outcome.findings.map((f) => {
    const v = verdicts?.entries.get(f.id);
    return {
      id: f.id,
      rule: f.rule,
      kind: f.kind,
      severity: f.severity,
      message: f.message,
      locations: f.spans.map((s, i) => {
        const claim = claims.get(f.claims[i] ?? '');
        return locate(s, claim?.sentence);
      }),
      claims: f.claims,
      actual: f.actual,
      expected: f.expected,
      suspects: f.suspects.map((s) => ({ location: locate(s.span), original: s.original, reason: s.reason })),
      score: f.score,
      notes: f.notes,
      verdict: v ? reportVerdict(v) : null,
      involvesNew: fresh !== null && f.spans.some((s) => fresh.has(s.doc)),
    };
  });
  const bySeverity = { error: 0, warning: 0, info: 0 };
  const byVerdict = { confirmed: 0, dismissed: 0, accepted: 0, none: 0 };
  for (const f of findings) {
    bySeverity[f.severity]++;
    byVerdict[f.verdict?.status ?? 'none']++;
  }
  const orphans = verdicts
    ? findOrphans(verdicts, new Set(findings.map((f) => f.id)), new Set(outcome.docs.map(({ doc }) => doc.id))).map((o) => ({
        id: o.id,
        line: o.line,
        verdict: reportVerdict(o.verdict),
        rule: o.verdict.rule ?? null,
        summary: o.verdict.summary ?? null,
      }))
    : [];
  return {
    tool: TOOL,
    rules: [...(options.rules ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    documents: outcome.docs.map(({ doc }) => ({
      file: doc.id,
      title: doc.title,
      published: doc.published,
      publishedSource: doc.publishedSource,
      publisher: doc.publisher,
      url: doc.url,
    })),
    newDocuments: options.newDocuments ? [...options.newDocuments].sort() : null,
    verdictsFile: verdicts?.file ?? null,
    findings,
    orphans,
    claims: outcome.claims.map((c) => reportClaim(c, docs.get(c.doc))),
    coverage: coverage(outcome.docs, outcome.claims),
    stats: { documents: outcome.docs.length, claims: outcome.claims.length, findings: findings.length, bySeverity, byVerdict },
    problems: outcome.problems,
  };
}

function reportVerdict(v: Verdict): ReportVerdict {
  return { status: v.status, note: v.note, who: v.who, when: v.when };
}

function reportClaim(c: Claim, doc: Doc | undefined): ReportClaim {
  // Only where the claim starts is shown: one lookup, where a full location would take two and copy the text.
  const loc = doc ? lineIndex(doc)(c.span.start) : { line: 1, column: 1 };
  const docText = doc?.text ?? '';
  return {
    id: c.id,
    file: c.doc,
    line: loc.line,
    column: loc.column,
    text: c.text,
    // Only the sentence's text is shown, so it is sliced rather than located (one claim each, so it adds up).
    sentence: docText.slice(c.sentence.start, c.sentence.end),
    subject: c.subject.id,
    subjectName: c.subject.name,
    metric: c.metric,
    kind: c.kind,
    aspect: c.aspect,
    value: { low: finite(c.value.low), high: finite(c.value.high), unit: c.value.unit },
    hedge: c.hedge,
    period: c.period,
    impliedPeriod: c.impliedPeriod,
    scope: c.scope,
    asOf: c.asOf,
    event: c.event,
    date: c.date?.iso ?? null,
    restored: c.restored,
  };
}

/** JSON has no Infinity; an open end is null. */
function finite(n: number | null): number | null {
  return n === null || !Number.isFinite(n) ? null : n;
}
