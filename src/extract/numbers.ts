// Numbers as written: digits with separators, spelled-out numbers, scale words and fractions.

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, a: 1, an: 1, dozen: 12,
};

export const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12, trn: 1e12, t: 1e12,
};

export const FRACTION_WORDS: Record<string, number> = { half: 0.5, quarter: 0.25, third: 1 / 3, fifth: 0.2, tenth: 0.1 };

/** Regex source for a spelled-out number from one to ninety-nine ("forty", "twenty-five"). */
export const SPELLED = '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|a hundred|one hundred)';

/** Parses "1,234.5", "1.5", "forty", "twenty-five"; null when it is not a number. */
export function parseNumber(raw: string): number | null {
  const t = raw.trim().toLowerCase();
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) || /^\d+(\.\d+)?$/.test(t) || /^\.\d+$/.test(t)) return Number(t.replace(/,/g, ''));
  let total = 0;
  for (const part of t.split(/[- ]+/)) {
    const v = SMALL[part];
    if (v === undefined) return null;
    total = v === 100 ? Math.max(total, 1) * 100 : total + v;
  }
  return total;
}

/** Multiplier for a scale word, 1 when absent; undefined when the word is not a scale. */
export function scaleOf(word: string | undefined): number | undefined {
  if (!word) return 1;
  return SCALE_WORDS[word.toLowerCase()];
}

/** Ordinal words for ranks ("ranking seventh globally"). */
export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20,
};
