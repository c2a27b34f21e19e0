// The data model shared by every pipeline stage. Positions are offsets into a
// document's normalised text; line and column are derived only in core/line-index.ts.

/** A half-open range [start, end) of UTF-16 offsets in one document's normalised text. */
export interface Span {
  doc: string;
  start: number;
  end: number;
}

/** How a document's publication date was found. */
export type PublishedSource = 'text' | 'sidecar' | 'none';

/** One input document after ingest. */
export interface Doc {
  /** Stable id: the path relative to the working folder when inside it (else as given), with forward slashes. */
  id: string;
  /** Text with line endings normalised to \n and a leading BOM removed. */
  text: string;
  /** The file began with a byte-order mark, which `text` omits (it shifts columns on line 1). */
  bom: boolean;
  title: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  published: string | null;
  publishedSource: PublishedSource;
  /** Span of the date as written in the text, when publishedSource is 'text'. */
  publishedSpan: Span | null;
  publisher: string | null;
  url: string | null;
}

/** A sentence inside a paragraph. */
export interface Sentence {
  start: number;
  end: number;
  /** True when the sentence begins at a boundary that scraping glued ("ChinaTwo"). */
  glued: boolean;
}

/** A paragraph: a run of text between blank lines, or one line in one-paragraph-per-line documents. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
  sentences: Sentence[];
  /** Repeated site furniture ("Advertisements", "Leave a comment"), kept out of extraction. */
  boilerplate: boolean;
}

/** A document cut into paragraphs and sentences. */
export interface Segmented {
  doc: Doc;
  paragraphs: Paragraph[];
}

/** What sort of value a claim states. */
export type ClaimKind =
  | 'percent'
  | 'money'
  | 'count'
  | 'multiple'
  | 'rank'
  | 'score'
  | 'quantity'
  | 'date';

/** How the writer bounded the value. */
export type Hedge =
  | 'exact'
  | 'about'
  | 'more-than'
  | 'at-least'
  | 'less-than'
  | 'at-most'
  | 'nearly'
  | 'range';

/** A value as an interval in a canonical unit; null marks an open end. */
export interface Interval {
  low: number | null;
  high: number | null;
  /** Canonical unit: '%', 'pp', 'USD', 'CNY', 'x', 'rank', 'km', 'count:developers', 'date' … */
  unit: string;
}

/** A date as stated, with its precision. */
export interface ClaimDate {
  /** ISO date; month and day are 01 where they are below the stated precision. */
  iso: string;
  precision: 'year' | 'month' | 'day';
  /** Which parts were inferred from the publication date rather than written ('year', 'month'). */
  inferred: string[];
}

/** The entity a claim is about. */
export interface Subject {
  /** Canonical entity id from rules/data/entities.yaml, or a normalised name when the entity is unknown. */
  id: string | null;
  /** The name as written in the text. */
  name: string | null;
  /** How the subject was found. */
  via: 'alias' | 'fuzzy' | 'abbreviation' | 'name-order' | 'carry-over' | 'document' | 'text' | 'none';
}

/** A second value the writer gave for the same quantity ("$53 billion (RMB 380 billion)"). */
export interface Conversion {
  text: string;
  span: Span;
  value: Interval;
  hedge: Hedge;
}

/** One atomic statement of a value. */
export interface Claim {
  /** Stable content id (document, offsets, value). */
  id: string;
  doc: string;
  /** Span of the value as written. */
  span: Span;
  /** Span of the sentence the value sits in. */
  sentence: Span;
  kind: ClaimKind;
  /** 'level' states a value; 'change' states a rise or fall ("rose 13%"); 'addition' counts what a plan or
   *  project adds ("will add 90 rooms", "35 new stores"). */
  aspect: 'level' | 'change' | 'addition';
  /** The value text as written ("greater than $50 billion"). */
  text: string;
  value: Interval;
  hedge: Hedge;
  /** For money: the currency as written was ambiguous (¥). */
  ambiguous: boolean;
  subject: Subject;
  /** Canonical metric key from rules/data/metrics.yaml, or null when none was found. */
  metric: string | null;
  /** The noun counted, for counts ("developers"). */
  noun: string | null;
  /** Scope dimensions as normalised keys, e.g. { geography: 'china', segment: 'relational database' }. */
  scope: Record<string, string>;
  /** Period the value covers ("FY2025", "2024-Q4", "next 3 years"), or null. */
  period: string | null;
  /** The year a relative phrase next to the value means in a dated document ("last year" in a text of 2024 →
   *  "2023"), when no period is stated; kept apart from `period` because it is the reader's inference from the date. */
  impliedPeriod: string | null;
  /** True when the period is a deadline ("adding 120 rooms by 2026"), the date a plan is to be done by. */
  deadline: boolean;
  /** ISO date the value holds at, when the text or the publication date gives one. */
  asOf: string | null;
  /** For dated events: the event named and its date. */
  event: string | null;
  date: ClaimDate | null;
  conversion: Conversion | null;
  /** True when the value was read from a sentence restored from spun text. */
  restored: boolean;
}

export type Severity = 'error' | 'warning' | 'info';
export type FindingKind = 'contradiction' | 'garbled' | 'notice';

/** A suspicious stretch of text inside a garbled finding. */
export interface Suspect {
  span: Span;
  text: string;
  /** The likely original wording, when one is known. */
  original: string | null;
  /** Why it is suspicious ('lexicon', 'rare-collocation', …). */
  reason: string;
}

/** One problem or observation, in the vocabulary every formatter reads. */
export interface Finding {
  /** Stable fingerprint, filled by evaluate from `key`. */
  id: string;
  /** Rule id derived from the rule file path ("core.value-conflict"). */
  rule: string;
  kind: FindingKind;
  severity: Severity;
  message: string;
  /** Primary span first, related spans after. */
  spans: Span[];
  /** Content that identifies the finding independently of positions, hashed into `id`. */
  key: string[];
  /** Claims involved, in the order of `spans` where they have one. */
  claims: string[];
  /** The values as found, for formatters. */
  actual: string | null;
  /** What would have been consistent. */
  expected: string[];
  /** Garbled text: suspicious words with likely originals. */
  suspects: Suspect[];
  /** Garbled text: a score in [0,1]. */
  score: number | null;
  /** Short free-form notes for reviewers (reasons, timeline). */
  notes: string[];
}
