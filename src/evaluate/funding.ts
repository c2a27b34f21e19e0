// sum-check's second check: amounts listed as how a thing is paid for, held to what the same document says it costs.
import type { Claim, Segmented } from '../core/types.js';
import type { Draft, EvalContext } from './common.js';
import { claimsAgree } from './compare.js';
import { between, bySentence, sentenceText, texts } from './nearby.js';
import type { SumCheckRule } from './sum-check.js';
import { sumFinding, sumRelation } from './sum-finding.js';

/**
 * "The expansion is funded by a £300 million grant and a £100 million loan": amounts listed as how a thing is
 * paid for should add up to what the same document says it costs (a £450 million plan falls short). Only
 * the document's claims are read, and only when the cost it states is one figure.
 */
export function fundingChecks(rule: SumCheckRule, ctx: EvalContext): Draft[] {
  const out: Draft[] = [];
  const sentences = bySentence(ctx.claims);
  const textOf = texts(ctx.docs);
  for (const claims of sentences.values()) {
    const first = claims[0];
    const text = first ? textOf.get(first.doc) : undefined;
    if (!first || text === undefined) continue;
    const sentence = sentenceText(text, first).toLowerCase();
    const cues = rule.fundingCues.map((c) => sentence.indexOf(c)).filter((i) => i >= 0);
    if (cues.length === 0) continue;
    const cue = Math.min(...cues);
    const at = first.sentence.start + cue;
    const money = claims.filter((c) => c.kind === 'money' && c.aspect === 'level' && c.span.start > at);
    const named = money.filter((c) => c.subject.id !== null);
    // Parts that name their sources ("£9 million from the arts council, £12 million from the city council") take
    // those names as subjects, or none; what they pay for is then the one thing whose cost the document states.
    const same = named.length >= 2 && named.every((p) => p.subject.id === named[0]?.subject.id) && costsOf(rule, ctx.claims, first.doc, named, named[0]?.subject.id).length > 0;
    const parts = same ? named : money;
    if (parts.length < 2 || parts.some((p) => p.value.unit !== parts[0]?.value.unit)) continue;
    const subject = same ? named[0]?.subject.id : soleCostSubject(rule, ctx.claims, first.doc, parts);
    if (!subject) continue;
    // What is funded must be the thing whose cost the document states: a name, a pronoun or a project noun
    // ("The expansion is funded by", "Funding comes from"), not another thing ("The new dorm is funded by").
    const lead = sentenceText(text, first).slice(0, cue).replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
    const nameWords = (parts.find((p) => p.subject.id === subject)?.subject.name ?? '').split(/\s+/);
    const fits = (w: string, i: number) => FUNCTION_WORDS.has(w.toLowerCase()) || rule.fundedNouns.includes(w.toLowerCase()) || ctx.data.projects.nouns.includes(w.toLowerCase()) || nameWords.includes(w) || (i > 0 && /^\p{Lu}/u.test(w)) || /^\d|^(?:thousand|million|billion|trillion|m|bn)$/i.test(w);
    if (!lead.every(fits)) continue;
    // The parts are a list of amounts: "and" or commas between them, never a comparison or a year.
    const listed = parts.slice(1).every((p, i) => {
      const gap = between(text, parts[i] as Claim, p).toLowerCase();
      const tail = ` ${gap.replace(/[^a-z]+/g, ' ')} `;
      return /\band\b|,/.test(gap) && !rule.notPartCues.some((cue) => tail.includes(` ${cue} `)) && !/\b(1[89]|20)\d\d\b/.test(gap);
    });
    if (!listed) continue;
    const costs = costsOf(rule, ctx.claims, first.doc, parts, subject);
    const total = costs.filter((c) => c.span.start < at).pop() ?? costs[0];
    // Costs that disagree among themselves are value-conflict's to report; which one the parts should meet is unknown.
    if (!total || costs.some((c) => !claimsAgree(c, total, {}))) continue;
    const relation = sumRelation(total, parts, rule.tolerance);
    // "… funded by a $60 million grant and a $20 million loan. Donors will cover the rest.": the next sentence may say the list is partial.
    const next = nextSentence(ctx.docs, first);
    const words = ` ${`${sentence} ${next}`.toLowerCase().replace(/[^a-z]+/g, ' ')} `;
    const complete = !rule.partialCues.some((c) => words.includes(` ${c} `));
    if (relation === 'exceed') out.push(sumFinding(rule, total, parts, relation, rule.severity, ['funding']));
    else if (relation === 'fall short of' && complete) out.push(sumFinding(rule, total, parts, relation, rule.shortSeverity, ['funding']));
  }
  return out;
}

/** The text of the sentence after a claim's, in its paragraph ('' when it is the last). */
function nextSentence(docs: readonly Segmented[], c: Claim): string {
  const d = docs.find((x) => x.doc.id === c.doc);
  for (const p of d?.paragraphs ?? []) {
    const i = p.sentences.findIndex((s) => s.start === c.sentence.start);
    const n = i >= 0 ? p.sentences[i + 1] : undefined;
    if (i >= 0) return n && d ? d.doc.text.slice(n.start, n.end) : '';
  }
  return '';
}

/** Words that may stand before a funding cue besides names and the funded nouns ("It will be largely funded by"). */
const FUNCTION_WORDS = new Set('the a an its their this that these those it they which is are was were will would be being been has have had to also now new so far mostly mainly largely partly entirely fully jointly and of'.split(' '));

/** The costs the document states in the parts' unit, of one subject or (undefined) of any. */
function costsOf(rule: SumCheckRule, claims: readonly Claim[], doc: string, parts: readonly Claim[], subject?: string | null): Claim[] {
  return claims.filter(
    (c) => c.doc === doc && (subject === undefined || c.subject.id === subject) && c.metric !== null && rule.costMetrics.includes(c.metric) && c.aspect === 'level' && c.value.unit === parts[0]?.value.unit && !parts.includes(c),
  );
}

/** The subject of every cost the document states in the parts' unit, when there is exactly one; else null. */
function soleCostSubject(rule: SumCheckRule, claims: readonly Claim[], doc: string, parts: readonly Claim[]): string | null {
  const subjects = new Set(costsOf(rule, claims, doc, parts).map((c) => c.subject.id));
  const [only] = [...subjects];
  return subjects.size === 1 && only ? only : null;
}
