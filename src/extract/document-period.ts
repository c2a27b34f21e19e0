// A quarterly report names its quarter once ("net profit fell 18% to €412 million in the first quarter") and gives
// its other figures without it ("The lender set aside €263 million for loan losses"). When the one quarter or half
// a document dates its values by is the only span it names, its money figures with no span of their own are that
// quarter's: compared with another report's "€236 million in the three months to March", not left out.
import type { Claim } from '../core/types.js';

/** A quarter or half of a year, stated ("2024-Q1") or read without its year (Claim.impliedPeriod). */
const PART = /^(?:FY)?(\d{4})-[QH]\d$/;
/** Words that give a sentence a span of its own, or say its figure may be another span's. */
const SPAN_WORDS = /\b(?:years?|annual(?:ly)?|quarters?|quarterly|half|halves|months?|monthly|weeks?|weekly|daily|fiscal|financial|FY\d*|since|so\s+far|to\s+date|cumulative|total)\b/i;

export function frameByDocumentPart(claims: Claim[], text: string): Claim[] {
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
  return claims.map((c) =>
    c.kind === 'money' && c.period === null && c.impliedPeriod === null && !SPAN_WORDS.test(text.slice(c.sentence.start, c.sentence.end)) ? { ...c, impliedPeriod: part } : c,
  );
}
