// Paragraph boundaries: blank lines always; a line break too, unless it is a soft wrap inside a sentence.

export interface Block {
  start: number;
  end: number;
}

/** A line continues the previous one when that one stops mid-sentence and this one starts in lower case. */
const ENDS_SENTENCE = /[.!?:;"”’)\]]\s*$/;
const STARTS_LOWER = /^\s*[a-z]/;
const STARTS_ITEM = /^\s*(?:[-*+•]|\d+[.)])\s/;

export function paragraphs(text: string): Block[] {
  const out: Block[] = [];
  let cur: Block | null = null;
  let prevLine = '';
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    if (line.trim() === '') {
      if (cur) out.push(cur);
      cur = null;
    } else {
      const lead = line.length - line.trimStart().length;
      const trail = line.length - line.trimEnd().length;
      const softWrap = cur !== null && !ENDS_SENTENCE.test(prevLine) && STARTS_LOWER.test(line) && !STARTS_ITEM.test(line);
      if (cur && softWrap) cur.end = end - trail;
      else {
        if (cur) out.push(cur);
        cur = { start: start + lead, end: end - trail };
      }
      prevLine = line;
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  if (cur) out.push(cur);
  return out;
}
