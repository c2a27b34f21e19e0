// The report: the JSON contract every formatter reads. Field names and meanings are stable.
import type { Problem } from '../core/problem.js';
import type { FindingKind, Hedge, PublishedSource, Severity } from '../core/types.js';

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
  scope: Record<string, string>;
  asOf: string | null;
  event: string | null;
  date: string | null;
  restored: boolean;
}

export interface Report {
  tool: { name: string; version: string };
  documents: ReportDocument[];
  findings: ReportFinding[];
  claims: ReportClaim[];
  stats: { documents: number; claims: number; findings: number; bySeverity: Record<Severity, number> };
  problems: Problem[];
}
