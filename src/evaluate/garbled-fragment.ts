// fragment: sentences whose subject was stripped by scraping — a paragraph opening on a bare verb or
// conjunction ("has emerged as a formidable contender"), or an introductory phrase followed straight by a verb
// ("With a $53 billion investment, is betting on AI"). Such a sentence cannot say who did what.
import { z } from 'zod';
import { render } from '../core/template.js';
import { draft, ruleBase, type Draft, type EvalContext } from './common.js';

export const fragmentSchema = z
  .object({
    type: z.literal('fragment'),
    ...ruleBase,
    openers: z
      .array(z.string().min(1))
      .min(1)
      .describe('Lower-case words that cannot open a paragraph unless its start was cut off ("has", "and", "which")'),
    introductions: z
      .array(z.string().min(1))
      .default([])
      .describe('Words that open an introductory phrase; "<phrase>, <auxiliary> …" then lacks its subject ("with", "after")'),
    auxiliaries: z.array(z.string().min(1)).default([]).describe('Auxiliary verbs that need a subject before them ("is", "has")'),
  })
  .strict();

export type FragmentRule = z.output<typeof fragmentSchema>;
export const fragmentFields = ['text', 'why'] as const;

export function evaluateFragment(rule: FragmentRule, ctx: EvalContext): Draft[] {
  const openers = new Set(rule.openers.map((w) => w.toLowerCase()));
  const intro = rule.introductions.length && rule.auxiliaries.length
    ? new RegExp(`^(?:${rule.introductions.map(escape).join('|')})\\b[^,.;:]{3,160},\\s+(?:${rule.auxiliaries.map(escape).join('|')})\\s+[a-z]+`, 'i')
    : null;
  const out: Draft[] = [];
  for (const { doc, paragraphs } of ctx.docs) {
    for (const p of paragraphs) {
      if (p.boilerplate) continue;
      const first = /^([a-z]+)\s+\S/.exec(doc.text.slice(p.start, p.start + 40))?.[1];
      const cut: Array<{ start: number; end: number; why: string }> = [];
      if (first && openers.has(first)) {
        const s = p.sentences[0];
        cut.push({ start: p.start, end: s ? s.end : p.end, why: `the paragraph opens on "${first}"` });
      }
      if (intro) {
        for (const s of p.sentences) {
          const m = intro.exec(doc.text.slice(s.start, s.end));
          if (m) cut.push({ start: s.start, end: s.end, why: 'an introductory phrase runs straight into a verb' });
        }
      }
      for (const c of cut) {
        const text = doc.text.slice(c.start, c.end);
        out.push(
          draft({
            kind: 'garbled',
            severity: rule.severity,
            message: render(rule.message, { text: text.length > 60 ? `${text.slice(0, 57)}…` : text, why: c.why }),
            spans: [{ doc: doc.id, start: c.start, end: c.end }],
            key: [doc.id, 'fragment', text],
            notes: [c.why],
          }),
        );
      }
    }
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
