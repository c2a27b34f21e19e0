// One pattern for "last year", "this year", "next year": extraction reads it into Claim.impliedPeriod, and
// evaluate must recognise the same words in a sentence's span words so the two never drift apart.

/** "last year", "this year", "next year" (not "last year's"); group 1 is the direction. */
export const RELATIVE_YEAR = /\b(last|this|next)\s+year\b/;
