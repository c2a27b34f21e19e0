// Change versus level: "rose 13%", "a 5% year-on-year increase" state a change; "rose to 13%", "a 38% share" a level;
// "will add 90 rooms", "35 new stores" count an addition.

const VERBS =
  'rose|rise|rises|rising|risen|grew|grow|grows|growing|grown|increased?|increases|increasing|jumped?|jumps|surged?|surges|soar|soared|soars|climb|climbed|climbs|gained?|gains|' +
  'fell|fall|falls|falling|fallen|dropped|drops?|declined?|declines|declining|decreased?|decreases|plunged?|plunges|plummet(?:ed|s)?|slumped?|slid|slide|shrank|shrunk|shrink|' +
  'cut|cuts|cutting|slashed?|slashes|slashing|reduced?|reduces|lowered|raised|boosted|expanded|contracted|tumbled?|sank|dipped|dip|edged up|edged down|up|down|higher|lower|' +
  // Jobs and staff taken away ("will shed 3,200 jobs", "axed 400 roles"): how many go, never how many there are.
  'shed|sheds|shedding|axe|axes|axed|axing|eliminate|eliminates|eliminated|eliminating|trim|trims|trimmed|trimming';
const NOUNS = 'increase|rise|growth|jump|gain|surge|drop|decline|fall|decrease|reduction|cut|plunge|slump|contraction|expansion|change';

/** Verb or change noun right before the value, optionally with "by"/"of": "rose by", "growth of", "up". */
const BEFORE = new RegExp(`\\b(?:${VERBS}|(?:${NOUNS})\\s+(?:rate\\s+)?of)\\s+(?:by\\s+)?(?:a\\s+further\\s+|another\\s+)?$`, 'i');
/** A change noun right after the value: "a 5% year-on-year increase", "13% growth". "A £420 million expansion"
 *  is a project's cost, so "expansion" and "contraction" count only before the value ("an expansion of 5%"). */
const AFTER = new RegExp(`^\\s*(?:(?:year|quarter|month)[- ]on[- ](?:year|quarter|month)|yoy|y/y|annual|quarterly|annualised|annualized|sequential)?\\s*(?:${NOUNS.replace('|contraction|expansion', '')})\\b`, 'i');
/** "year on year" / "compared to" after the value also marks a change ("up 5% year on year"). */
const COMPARED = /^\s*(?:year[- ]on[- ]year|yoy|y\/y|from a year (?:earlier|ago)|compared (?:to|with))/i;

export function isChange(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 40);
  if (/\bto\s+$/i.test(before)) return false; // "rose to 13%" states the new level
  return BEFORE.test(before) || AFTER.test(after) || COMPARED.test(after);
}

/** A verb that adds things right before a count ("will add 90 rooms", "opening about 50 stores", "an additional 90"). */
const ADDS = /\b(?:add|adds|adding|added|open|opens|opening|build|builds|building|create|creates|creating|hire|hires|hiring|install|installs|installed|installing|additional|extra|further)\s+(?:(?:about|around|roughly|some|another|up\s+to|more\s+than|over|nearly|almost|at\s+least)\s+)?$/i;
/** "35 new stores", "90 more cafes": the count is of things added. */
const NEW = /^\s*(?:new|more|additional|extra)\b/i;

/** True when a count states how many things a plan or project adds, not how many there are: an addition is a
 *  one-off figure, compared with other additions but never with the total ("has 640 cafes"). */
export function isAddition(text: string, start: number, end: number): boolean {
  if (/\bto\s+$/i.test(text.slice(Math.max(0, start - 30), start))) return false;
  return ADDS.test(text.slice(Math.max(0, start - 40), start)) || NEW.test(text.slice(end, end + 20));
}
