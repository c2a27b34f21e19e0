// Anchors of a sentence for cross-document alignment: numbers, capitalised names not at the start of the
// sentence, and topic words a spinner tends to keep. Two sentences sharing several say the same thing.
import type { LanguageTable } from './table.js';
import { BySpelling, lowerOf, spellingId, spellingOf } from './tokens.js';

/** Letters, digits and the underscore: what a regular expression's \w and \b count as a word. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Topic words: long and uncommon enough that two sentences sharing several say the same thing. */
const TOPIC_LENGTH = 5;
const TOPIC_MAX_COUNT = 20000;

/**
 * Per spelling id (see tokens.ts), whether a lower-case run is a topic word and the anchor text a spelling stands
 * for. The language table never changes within a process, so these outlive a run, like the spellings themselves.
 */
const topical = new BySpelling<boolean>();
const keys = new BySpelling<string>();

/**
 * The anchors of sentences (numbers, capitalised names not at the start of the sentence, and topic words a
 * spinner tends to keep), each as its posting list for one alignment run. Anchors are found through the interned
 * spelling of their characters (see tokens.ts), so a repeated anchor costs a hash and two array reads, no slice.
 */
export class Anchors {
  /** Posting list per anchor text: "1000" for "1,000", names lower-cased (a name and a topic word may meet). */
  private readonly lists = new Map<string, number[]>();
  /** Per spelling id, its posting list in this run. */
  private readonly bySpelling = new BySpelling<number[]>();
  /** Reused by every call of `of`: read before the next call. */
  private readonly found: number[][] = [];

  constructor(private readonly table: LanguageTable) {}

  /** Posting lists of the anchors of text[from, to), with repeats: topic words first, then numbers and names. */
  of(text: string, from: number, to: number): number[][] {
    const out = this.found;
    out.length = 0;
    // Topic words: whole runs of word characters (as \w counts them) made of lower-case letters only.
    for (let i = from; i < to; ) {
      if (!isWordChar(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      let lower = true;
      for (; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c >= 97 && c <= 122) continue;
        if (!isWordChar(c)) break;
        lower = false;
      }
      if (lower && i - start >= TOPIC_LENGTH) {
        const id = spellingId(text, start, i);
        const verdicts = topical.current();
        let topic = verdicts[id];
        if (topic === undefined) {
          topic = this.table.count(spellingOf(id)) < TOPIC_MAX_COUNT;
          verdicts[id] = topic;
        }
        if (topic) out.push(this.list(id));
      }
    }
    // Numbers (a digit, then digits and separators) and names (a capital, then letters). The two never share a
    // character, so one left-to-right pass finds exactly what two separate scans would.
    for (let i = from; i < to; ) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        const start = i;
        let lastDigit = i;
        for (i++; i < to; i++) {
          const d = text.charCodeAt(i);
          if (d >= 48 && d <= 57) lastDigit = i;
          else if (d !== 44 && d !== 46) break;
        }
        // Trailing separators are punctuation, and thousands separators are not part of the value.
        out.push(this.list(spellingId(text, start, lastDigit + 1)));
      } else if (c >= 65 && c <= 90 && i + 1 < to && isLetter(text.charCodeAt(i + 1))) {
        const start = i;
        for (i += 2; i < to && isLetter(text.charCodeAt(i)); i++);
        if (start - from > 2) out.push(this.list(spellingId(text, start, i)));
      } else i++;
    }
    return out;
  }

  /** The posting list of a spelling id; read right after the id was interned, while it is current. */
  private list(id: number): number[] {
    const bySpelling = this.bySpelling.current();
    let list = bySpelling[id];
    if (!list) {
      const keyOf = keys.current();
      let key = keyOf[id];
      if (key === undefined) {
        // A spelling is a number, a name or a lower-case word, never two of them: its anchor text follows from it.
        const spelled = spellingOf(id);
        const c = spelled.charCodeAt(0);
        key = c >= 48 && c <= 57 ? spelled.replace(/,/g, '') : lowerOf(id);
        keyOf[id] = key;
      }
      list = this.lists.get(key);
      if (!list) {
        list = [];
        this.lists.set(key, list);
      }
      bySpelling[id] = list;
    }
    return list;
  }
}
