// A second reading of a document in which confident spin substitutions are undone ("proportion value" →
// "share price"), so that values stated in spun paragraphs still reach extraction with their real metric.
// Extraction reads the restored view; `toOriginal` maps every offset back to the text as written.
import type { Doc, Paragraph, Segmented } from '../core/types.js';
import { applyRestoration, confident, type SpinDetector, type SpinSuspect } from '../language/index.js';
import { segment, type SegmentLexicon } from './index.js';

export interface RestoredView {
  /** The document with substitutions undone, segmented like any other. */
  view: Segmented;
  /** Restored offset → original offset. */
  toOriginal(offset: number): number;
  /** Original spans of the paragraphs that had something undone. */
  touched: Array<{ start: number; end: number }>;
}

/** Null when nothing in the document was confidently spun: extraction then reads the original. */
export function restoredView(seg: Segmented, detector: SpinDetector, lex: SegmentLexicon): RestoredView | null {
  const { doc } = seg;
  const suspects: SpinSuspect[] = [];
  const touched: RestoredView['touched'] = [];
  for (const p of seg.paragraphs) {
    if (p.boilerplate) continue;
    const chosen = confidentIn(detector, doc, p);
    if (chosen.length === 0) continue;
    touched.push({ start: p.start, end: p.end });
    for (const s of chosen) suspects.push({ ...s, start: s.start + p.start, end: s.end + p.start });
  }
  if (suspects.length === 0) return null;
  const restored = applyRestoration(doc.text, suspects);
  const view: Doc = { ...doc, text: restored.text };
  return { view: segment(view, lex), toOriginal: (o) => restored.toOriginal(o), touched };
}

function confidentIn(detector: SpinDetector, doc: Doc, p: Paragraph): SpinSuspect[] {
  // Scored through the paragraph, so the garbled-text rule reuses this reading of its words later in the run.
  const score = detector.scoreParagraph(doc, p);
  return score.suspects.filter((s) => confident(s, score.flagged));
}
