// The report: the JSON contract every formatter reads. Field names and meanings are stable.
import type { Problem } from '../core/problem.js';
import type { FindingKind, Hedge, PublishedSource, Severity } from '../core/types.js';
import type { Coverage } from '../extract/coverage.js';
import type { VerdictStatus } from '../verdicts/schema.js';

export interface Location {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  /** The sentence around the location, with the located text's offsets inside it. */
  context?: { sentence: string; start: number; end: number };
}

export interface ReportDocument {
  file: string;
  title: string | null;
  published: string | null;
  publishedSource: PublishedSource;
  publisher: string | null;
  url: string | null;
}

export interface ReportSuspect {
  location: Location;
  original: string | null;
  reason: string;
}

export interface ReportFinding {
  id: string;
  rule: string;
  kind: FindingKind;
  severity: Severity;
  message: string;
  locations: Location[];
  claims: string[];
  actual: string | null;
  expected: string[];
  suspects: ReportSuspect[];
  score: number | null;
  notes: string[];
  /** The reviewer's verdict from the verdicts file, or null for a new finding. */
  verdict: ReportVerdict | null;
  /** True when one of its locations is in a document named by --new or --since. */
  involvesNew: boolean;
}

export interface ReportVerdict {
  status: VerdictStatus;
  note: string;
  who: string;
  when: string;
}

/** A verdict whose finding did not occur in this run: kept in the file, listed here. */
export interface ReportOrphan {
  id: string;
  /** Line of the entry in the verdicts file. */
  line: number | null;
  verdict: ReportVerdict;
  rule: string | null;
  summary: string | null;
}

/** A rule that ran, for formats that carry rule metadata (SARIF). */
export interface ReportRule {
  id: string;
  type: string;
  severity: Severity;
  description: string;
}

export interface ReportClaim {
  id: string;
  file: string;
  line: number;
  column: number;
  text: string;
  sentence: string;
  subject: string | null;
  subjectName: string | null;
  metric: string | null;
  kind: string;
  aspect: string;
  value: { low: number | null; high: number | null; unit: string };
  hedge: Hedge;
  period: string | null;
  /** The period read from the words around the value when none is stated ("last year", "in the second quarter"). */
  impliedPeriod: string | null;
  scope: Record<string, string>;
  asOf: string | null;
  event: string | null;
  date: string | null;
  restored: boolean;
}

export interface Report {
  tool: { name: string; version: string };
  rules: ReportRule[];
  documents: ReportDocument[];
  /** Documents named by --new or --since, or null when every finding gates. */
  newDocuments: string[] | null;
  /** The verdicts file read, or null when none was. */
  verdictsFile: string | null;
  /** Every finding, dismissed ones included; formatters hide dismissed ones unless asked (see view.ts). */
  findings: ReportFinding[];
  orphans: ReportOrphan[];
  claims: ReportClaim[];
  /** Extraction coverage per document and in total (numbers and dates found, claimed, dropped and why). */
  coverage: Coverage;
  stats: {
    documents: number;
    claims: number;
    findings: number;
    bySeverity: Record<Severity, number>;
    /** Findings by verdict; 'none' counts findings without one. */
    byVerdict: Record<VerdictStatus | 'none', number>;
  };
  problems: Problem[];
}
