// disclosure: a document that says it was written by an AI system (or is otherwise marked), as a notice.
import { z } from 'zod';
import { render } from '../core/template.js';
import { draft, ruleBase, type Draft, type EvalContext } from './common.js';

export const disclosureSchema = z
  .object({
    type: z.literal('disclosure'),
    ...ruleBase,
    patterns: z
      .array(z.string().min(1))
      .min(1)
      .describe('Regular expressions (case-insensitive) for the disclosure text; the first match in a document is reported'),
  })
  .strict();

export type DisclosureRule = z.output<typeof disclosureSchema>;
export const disclosureFields = ['quote'] as const;

export function evaluateDisclosure(rule: DisclosureRule, ctx: EvalContext): Draft[] {
  const patterns = rule.patterns.map((p) => new RegExp(p, 'i'));
  return ctx.docs.flatMap(({ doc }) => {
    let first: RegExpExecArray | null = null;
    for (const re of patterns) {
      const m = re.exec(doc.text);
      if (m && (!first || m.index < first.index)) first = m;
    }
    if (!first) return [];
    const span = { doc: doc.id, start: first.index, end: first.index + first[0].length };
    return [draft({ kind: 'notice', severity: rule.severity, message: render(rule.message, { quote: first[0] }), spans: [span], key: [doc.id, first[0]] })];
  });
}
