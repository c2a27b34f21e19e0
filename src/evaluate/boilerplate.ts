// boilerplate: site furniture inside a document, shown once per document as a notice.
import { z } from 'zod';
import { render } from '../core/template.js';
import { draft, ruleBase, type Draft, type EvalContext } from './common.js';

export const boilerplateSchema = z
  .object({
    type: z.literal('boilerplate'),
    ...ruleBase,
    minimum: z.number().int().min(1).default(1).describe('Report a document only when it holds at least this many furniture paragraphs'),
  })
  .strict();

export type BoilerplateRule = z.output<typeof boilerplateSchema>;
export const boilerplateFields = ['count', 'examples'] as const;

export function evaluateBoilerplate(rule: BoilerplateRule, ctx: EvalContext): Draft[] {
  return ctx.docs.flatMap(({ doc, paragraphs }) => {
    const furniture = paragraphs.filter((p) => p.boilerplate);
    if (furniture.length < rule.minimum) return [];
    const texts = [...new Set(furniture.map((p) => doc.text.slice(p.start, p.end)))];
    return [
      draft({
        kind: 'notice',
        severity: rule.severity,
        message: render(rule.message, { count: furniture.length, examples: texts.map((t) => `"${t}"`).join(', ') }),
        spans: furniture.map((p) => ({ doc: doc.id, start: p.start, end: p.end })),
        key: [doc.id, ...texts],
      }),
    ];
  });
}
