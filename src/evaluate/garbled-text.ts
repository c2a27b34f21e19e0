// garbled-text: paragraphs whose wording cannot be trusted as written (spun synonyms, tortured phrases).
// Each paragraph is scored on its own (lexicon, statistical signals, aligned sister sentences); a finding
// lists every suspect with its likely original, the score and the reasons.
import { z } from 'zod';
import { render } from '../core/template.js';
import type { Paragraph, Suspect } from '../core/types.js';
import { alignCorpus, type Aligned } from '../language/align.js';
import { createSpinDetector, DEFAULT_SPIN_OPTIONS, type SpinScore, type SpinSuspect } from '../language/detector.js';
import { draft, ruleBase, type Draft, type EvalContext } from './common.js';

export const garbledTextSchema = z
  .object({
    type: z.literal('garbled-text'),
    ...ruleBase,
    minSuspects: z.number().int().min(1).default(2).describe('Suspicious phrases a paragraph needs before it is flagged'),
    threshold: z
      .number()
      .gt(0)
      .default(DEFAULT_SPIN_OPTIONS.threshold)
      .describe('Evidence per ten words at which a paragraph scores 0.5 (calibrated on the tuning part of test/eval/garbled)'),
    minWords: z.number().int().min(1).default(8).describe('Paragraphs shorter than this (captions, headings) are not judged'),
    align: z.boolean().default(true).describe('Compare sentences with sentences of other documents that share numbers and names'),
    embedding: z
      .boolean()
      .default(DEFAULT_SPIN_OPTIONS.embedding)
      .describe(
        'Read GloVe word vectors too: a word a more common WordNet synonym would fit far better (nearby words and paragraph topic) is a suspect, which decides words the word-pair table never saw beside their neighbours',
      ),
  })
  .strict();

export type GarbledTextRule = z.output<typeof garbledTextSchema>;
export const garbledTextFields = ['count', 'examples', 'score'] as const;

export function evaluateGarbledText(rule: GarbledTextRule, ctx: EvalContext): Draft[] {
  const detector = createSpinDetector(ctx.data.spin, { threshold: rule.threshold, minSuspects: rule.minSuspects, embedding: rule.embedding });
  const aligned: Map<string, Aligned[]> = rule.align ? alignCorpus(ctx.docs) : new Map();
  const out: Draft[] = [];
  for (const { doc, paragraphs } of ctx.docs) {
    const scored: Array<{ p: Paragraph; s: SpinScore }> = [];
    for (const p of paragraphs) {
      if (p.boilerplate) continue;
      const text = doc.text.slice(p.start, p.end);
      if (!atLeastWords(text, rule.minWords)) continue;
      const extra: SpinSuspect[] = (aligned.get(`${doc.id}\u0000${p.index}`) ?? []).map((x) => ({
        ...x,
        start: x.start - p.start,
        end: x.end - p.start,
        reason: 'alignment' as const,
      }));
      // Restoration has usually scored this paragraph already; only aligned evidence needs a fresh reading.
      scored.push({ p, s: detector.scoreParagraph(doc, p, extra) });
    }
    // A spinner rewrites whole documents: once several paragraphs are unmistakably spun, a paragraph with
    // weaker but specific evidence (a lexicon pair, a broken collocation, an aligned swap, a sure vector misfit) is spun too.
    const sure = scored.filter(({ s }) => s.flagged && s.score >= SURE).length;
    for (const { p, s } of scored) {
      const byPrior = !s.flagged && sure >= PRIOR_PARAGRAPHS && s.density >= rule.threshold / 2 && s.suspects.some(specific);
      if (!s.flagged && !byPrior) continue;
      out.push(finding(rule, doc.id, doc.text.slice(p.start, p.end), p, s, byPrior ? sure : 0));
    }
  }
  return out;
}

/** Score at which a paragraph counts as unmistakably spun, and how many such paragraphs make a spun document. */
const SURE = 0.9;
const PRIOR_PARAGRAPHS = 3;

/** Captions and headings are not judged; counting stops as soon as the paragraph is long enough. */
function atLeastWords(text: string, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words < n; i++) {
    const c = text.charCodeAt(i) | 32;
    const letter = c >= 97 && c <= 122;
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return words >= n;
}

/**
 * Evidence specific enough for the document prior: a lexicon pair, a broken collocation or an aligned swap of weight
 * ≥ 0.5, or an embedding suspect at full weight (fitted probability ≥ 0.9, which none of the 1,325 words of the
 * clean tuning paragraphs and the four clean seeds that no other signal explains reaches; `npx tsx
 * test/eval/garbled/embedding-fit.ts --current`).
 */
function specific(x: SpinSuspect): boolean {
  if (x.reason === 'embedding') return x.weight >= 1;
  return x.weight >= 0.5 && (x.reason === 'lexicon' || x.reason === 'broken-collocation' || x.reason === 'alignment');
}

function finding(rule: GarbledTextRule, docId: string, text: string, p: Paragraph, s: SpinScore, prior: number): Draft {
  const suspects: Suspect[] = s.suspects.map((x) => ({
    span: { doc: docId, start: p.start + x.start, end: p.start + x.end },
    text: x.text,
    original: x.original,
    reason: x.reason,
  }));
  const notes = reasons(s, p.start);
  if (prior) notes.push(`document prior: ${prior} other paragraphs of this document are unmistakably spun`);
  return draft({
    kind: 'garbled',
    severity: rule.severity,
    message: render(rule.message, { count: suspects.length, examples: examples(s), score: s.score.toFixed(2) }),
    spans: [{ doc: docId, start: p.start, end: p.end }],
    // The paragraph's words, not the suspects: a reviewer's verdict is about the paragraph, and must survive a
    // detector that later finds one suspect more or less in it.
    key: [docId, text.toLowerCase().replace(/\s+/g, ' ').trim()],
    expected: s.suspects.filter((x) => x.original).map((x) => `${x.text} → ${x.original}`),
    suspects,
    score: s.score,
    notes,
  });
}

/**
 * The strongest suspects first, as the message shows only a few; a suspect without a trustworthy original is
 * named alone rather than dropped, so the message never runs out of examples.
 */
function examples(s: SpinScore): string {
  return [...s.suspects]
    .sort((a, b) => b.weight - a.weight || a.start - b.start)
    .slice(0, 3)
    .map((x) => (x.original ? `"${x.text}" (likely "${x.original}")` : `"${x.text}"`))
    .join(', ');
}

function reasons(s: SpinScore, offset: number): string[] {
  const by = new Map<string, number>();
  for (const x of s.suspects) by.set(x.reason, (by.get(x.reason) ?? 0) + 1);
  const notes = [
    `score ${s.score.toFixed(2)}: evidence ${s.evidence} over ${s.words} words (density ${s.density} per ten words)`,
    ...[...by].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([r, n]) => `${r}: ${n}`),
  ];
  for (const [i, sent] of s.sentences.entries()) {
    if (sent.score >= 0.5) notes.push(`sentence ${i + 1} (offset ${offset + sent.start}) scores ${sent.score.toFixed(2)}`);
  }
  return notes;
}
