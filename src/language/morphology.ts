// Just enough English inflection to look a word up in WordNet (whose lemmas are base forms) and to put a
// synonym back into the form the text used ("fashions" → fashion → model → "models").

/** A base form and the suffix rule that turns it back into the word as written. */
export interface Lemma {
  base: string;
  suffix: '' | 's' | 'ed' | 'ing' | 'er' | 'est' | 'ly';
}

/** Candidate lemmas for a lower-case word, most literal first; `known` says which exist. */
export function lemmas(word: string, known: (w: string) => boolean): Lemma[] {
  const out: Lemma[] = [];
  const add = (base: string, suffix: Lemma['suffix']) => {
    if (base.length >= 2 && known(base) && !out.some((l) => l.base === base)) out.push({ base, suffix });
  };
  add(word, '');
  if (word.endsWith('ies')) add(word.slice(0, -3) + 'y', 's');
  if (word.endsWith('es')) add(word.slice(0, -2), 's');
  if (word.endsWith('s') && !word.endsWith('ss')) add(word.slice(0, -1), 's');
  if (word.endsWith('ied')) add(word.slice(0, -3) + 'y', 'ed');
  if (word.endsWith('ed')) {
    add(word.slice(0, -2), 'ed');
    add(word.slice(0, -1), 'ed');
    if (/(.)\1ed$/.test(word)) add(word.slice(0, -3), 'ed');
  }
  if (word.endsWith('ing')) {
    add(word.slice(0, -3), 'ing');
    add(word.slice(0, -3) + 'e', 'ing');
    if (/(.)\1ing$/.test(word)) add(word.slice(0, -4), 'ing');
  }
  if (word.endsWith('ly')) add(word.slice(0, -2), 'ly');
  return out;
}

/** Puts a base form into the inflection `suffix` names (regular rules only). */
export function inflect(base: string, suffix: Lemma['suffix']): string {
  switch (suffix) {
    case '':
      return base;
    case 's':
      if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
      return /(s|x|z|ch|sh)$/.test(base) ? base + 'es' : base + 's';
    case 'ed':
      if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
      return base.endsWith('e') ? base + 'd' : base + 'ed';
    case 'ing':
      return /[^e]e$/.test(base) ? base.slice(0, -1) + 'ing' : base + 'ing';
    case 'er':
    case 'est':
      return base.endsWith('e') ? base + suffix.slice(1) : base + suffix;
    case 'ly':
      return /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ily' : base + 'ly';
  }
}
