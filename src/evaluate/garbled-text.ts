// garbled-text: paragraphs whose wording cannot be trusted as written (spun synonyms, tortured phrases).
import { z } from 'zod';
import { render } from '../core/template.js';
import type { Suspect } from '../core/types.js';
import { draft, ruleBase, type Draft, type EvalContext } from './common.js';

export const garbledTextSchema = z
  .object({
    type: z.literal('garbled-text'),
    ...ruleBase,
    minSuspects: z.number().int().min(1).default(2).describe('Suspicious phrases a paragraph needs before it is flagged'),
  })
  .strict();

export type GarbledTextRule = z.output<typeof garbledTextSchema>;
export const garbledTextFields = ['count', 'examples', 'score'] as const;

export function evaluateGarbledText(rule: GarbledTextRule, ctx: EvalContext): Draft[] {
  const pairs = ctx.data.spin.pairs.map((p) => ({ re: new RegExp(`\\b${escape(p.spun)}\\b`, 'gi'), original: p.original }));
  const out: Draft[] = [];
  for (const { doc, paragraphs } of ctx.docs) {
    for (const p of paragraphs) {
      if (p.boilerplate) continue;
      const text = doc.text.slice(p.start, p.end);
      const suspects: Suspect[] = [];
      for (const { re, original } of pairs) {
        for (const m of text.matchAll(re)) {
          const start = p.start + (m.index ?? 0);
          suspects.push({ span: { doc: doc.id, start, end: start + m[0].length }, text: m[0], original, reason: 'lexicon' });
        }
      }
      if (suspects.length < rule.minSuspects) continue;
      suspects.sort((a, b) => a.span.start - b.span.start);
      const words = text.split(/\s+/).length;
      const score = Math.min(1, suspects.length / Math.max(3, words / 15));
      out.push(
        draft({
          kind: 'garbled',
          severity: rule.severity,
          message: render(rule.message, {
            count: suspects.length,
            examples: suspects.slice(0, 3).map((s) => `"${s.text}" (likely "${s.original}")`).join(', '),
            score: score.toFixed(2),
          }),
          spans: [{ doc: doc.id, start: p.start, end: p.end }],
          key: [doc.id, ...suspects.map((s) => s.text.toLowerCase())],
          suspects,
          score,
        }),
      );
    }
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
