// Matching a shared global regex without String.prototype.matchAll's copy of it.
//
// matchAll builds a new RegExp from the one it is given on every call. For the large patterns run once per
// sentence (every alias of every entity, the scanner's hedges and currencies) that copy costs several times the
// match itself. `execAll` walks the given regex with exec instead and gives the same matches in the same order.

/** Every match of the global regex `re` in `text`, exactly as `[...text.matchAll(re)]` gives them.
 *  `re.lastIndex` is read as the starting point (as matchAll does) and left as it was, so the regex may be shared. */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`execAll needs a global regex: ${re}`);
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      // An empty match would be found again at the same place: step over it as matchAll does. The flags are read
      // only then: `re.flags` builds a string on every read, and execAll runs for every sentence.
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
    }
  } finally {
    re.lastIndex = from;
  }
  return out;
}

/** The next index after `i`; in unicode mode a surrogate pair is one step (the spec's AdvanceStringIndex). */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const lead = text.charCodeAt(i);
  const trail = text.charCodeAt(i + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? i + 2 : i + 1;
}
