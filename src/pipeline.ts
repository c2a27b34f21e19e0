// The pipeline in one place: ingest → segment → extract → resolve → evaluate. No I/O beyond ingest's reads.
import type { Config } from './config/load.js';
import type { Problem } from './core/problem.js';
import type { Claim, Finding, Segmented, Span } from './core/types.js';
import { evaluate } from './evaluate/index.js';
import { makeExtractor } from './extract/index.js';
import { ingest } from './ingest/index.js';
import { group, type Group } from './resolve/index.js';
import { createSpinDetector } from './language/index.js';
import { segment, type SegmentLexicon } from './segment/index.js';
import { restoredView, type RestoredView } from './segment/restore.js';

export interface Outcome {
  docs: Segmented[];
  claims: Claim[];
  groups: Group[];
  findings: Finding[];
  problems: Problem[];
}

export function segmentLexicon(config: Config): SegmentLexicon {
  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  return {
    abbreviations: lower(config.data.sentences.abbreviations),
    starters: lower(config.data.sentences.starters),
    camelNames: lower(config.data.sentences.camelNames),
    boilerplate: config.data.boilerplate.patterns.map((p) => new RegExp(`^(?:${p})$`, 'i')),
  };
}

/** Moves a claim read from a restored view back onto the original text, marking it when its paragraph was spun. */
function backToOriginal(c: Claim, r: RestoredView): Claim {
  const map = (s: Span): Span => ({ doc: s.doc, start: r.toOriginal(s.start), end: r.toOriginal(s.end) });
  const sentence = map(c.sentence);
  const restored = r.touched.some((p) => sentence.start < p.end && sentence.end > p.start);
  return {
    ...c,
    span: map(c.span),
    sentence,
    conversion: c.conversion ? { ...c.conversion, span: map(c.conversion.span) } : null,
    restored,
  };
}

/** Runs every stage on the given paths. */
export function run(paths: readonly string[], config: Config): Outcome {
  const { docs, problems } = ingest(paths);
  return analyse(docs, config, problems);
}

/** The stages after ingest, for callers that already hold documents (tests, benchmarks). */
export function analyse(docs: Outcome['docs'][number]['doc'][], config: Config, problems: Problem[] = []): Outcome {
  const lex = segmentLexicon(config);
  const segmented = docs.map((d) => segment(d, lex));
  const extract = makeExtractor(config.data);
  const detector = createSpinDetector(config.data.spin);
  // Spun paragraphs are read through their restored wording; claims keep the spans of the text as written.
  const claims = segmented.flatMap((seg) => {
    const restored = restoredView(seg, detector, lex);
    return restored ? extract(restored.view).map((c) => backToOriginal(c, restored)) : extract(seg);
  });
  const groups = group(claims, config.data);
  const findings = evaluate(config.rules, { docs: segmented, claims, groups, data: config.data });
  return { docs: segmented, claims, groups, findings, problems };
}
