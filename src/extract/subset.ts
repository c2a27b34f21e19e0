// "840 affordable homes" are a part of "2,400 homes", not another figure for them: a word before a counted noun
// that picks out a part of what it counts (rules/data/scopes.yaml `subsets`) scopes the count, as the rules'
// `subset` scope; so does a part given after its whole ("2,400 homes, of which 720 will be affordable").

/** After a part's number: "will be affordable", "are part-time", "of them were serious". */
const PREDICATE = /^\s+(?:of\s+(?:them|those|these)\s+)?(?:will\s+be|would\s+be|are|were|is|was|to\s+be)\s+(?:classed\s+as\s+|counted\s+as\s+)?([a-z][a-z-]*)/i;
/** Before a part's number: "of which", "of whom". */
const OF_WHICH = /\bof\s+(?:which|whom)\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|only|just)\s+)?$/i;

export type SubsetReader = (sentence: string, start: number, end: number, noun: string | null) => string | null;

export function makeSubsetReader(words: readonly string[]): SubsetReader {
  const subsets = new Set(words.map((w) => w.toLowerCase()));
  return (sentence, start, end, noun) => {
    if (subsets.size === 0) return null;
    if (noun) {
      // The words between the number and its noun ("840 affordable homes", "300 part-time staff").
      const after = sentence.slice(end, end + 60).toLowerCase();
      const at = after.search(new RegExp(`\\b${noun.replace(/[^a-z-]/g, '')}\\b`));
      const word = at > 0 ? after.slice(0, at).split(/\s+/).find((w) => subsets.has(w)) : undefined;
      if (word) return word;
    }
    const part = PREDICATE.exec(sentence.slice(end, end + 50))?.[1]?.toLowerCase();
    const whole = /\bof\s+(?:them|those|these)\b/i.test(sentence.slice(end, end + 20)) || OF_WHICH.test(sentence.slice(Math.max(0, start - 30), start));
    return part && whole && subsets.has(part) ? part : null;
  };
}
