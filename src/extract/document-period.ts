// A quarterly report names its quarter once ("net profit fell 18% to €412 million in the first quarter") and gives
// its other figures without it ("The lender set aside €263 million for loan losses"). When the one quarter or half
// a document dates its values by is the only span it names, its money figures with no span of their own are that
// quarter's: compared with another report's "€236 million in the three months to March", not left out.
import type { Claim } from '../core/types.js';

/** A quarter or half of a year, stated ("2024-Q1") or read without its year (Claim.impliedPeriod). */
const PART = /^(?:FY)?(\d{4})-[QH]\d$/;
/** Words that give a sentence a span of its own, or say its figure may be another span's. */
const SPAN_WORDS = /\b(?:years?|annual(?:ly)?|quarters?|quarterly|half|halves|months?|monthly|weeks?|weekly|daily|fiscal|financial|FY\d*|since|so\s+far|to\s+date|cumulative|total)\b/i;

/**
 * `partsIn(sentence)` gives the parts of a year a sentence names ("2025-H1" for "in the six months to June"): a
 * sentence naming the document's one part is framed by it even with span words ("made a profit of €118 million" in
 * the sentence that says "in the six months to June").
 */
export function frameByDocumentPart(claims: Claim[], text: string, partsIn: (sentence: string) => Set<string> = () => new Set()): Claim[] {
  const parts = new Set<string>();
  const years = new Set<string>();
  for (const c of claims) {
    const p = c.period ?? c.impliedPeriod;
    if (p === null) continue;
    if (PART.test(p)) parts.add(p.replace(/^FY/, ''));
    else if (/^(?:FY)?\d{4}$/.test(p)) years.add(p.replace(/^FY/, ''));
  }
  const [part] = parts;
  // Two spans named, or the quarter's own year given whole ("profit for 2024"): the unmarked figures could be either.
  if (parts.size !== 1 || part === undefined || years.has(part.slice(0, 4))) return claims;
  const unmarked = (sentence: string) => {
    if (!SPAN_WORDS.test(sentence)) return true;
    const named = partsIn(sentence);
    return named.size === 1 && named.has(part);
  };
  return claims.map((c) => (c.kind === 'money' && c.period === null && c.impliedPeriod === null && unmarked(text.slice(c.sentence.start, c.sentence.end)) ? { ...c, impliedPeriod: part } : c));
}
