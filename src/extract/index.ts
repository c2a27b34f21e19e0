// extract: segmented documents → atomic claims with value, subject, metric, qualifiers and spans.
import type { DataFiles } from '../config/data/index.js';
import { fingerprint } from '../core/hash.js';
import type { Claim, Segmented, Subject } from '../core/types.js';
import { entityIndex, makeEntityMatcher, normaliseName, type Mention } from '../resolve/entities.js';
import { headOf, splitId } from '../resolve/heads.js';
import { isAddition, isChange } from './aspect.js';
import { datesIn } from './dates.js';
import { makeMetricFinder } from './metric.js';
import { frameByDocumentPart } from './document-period.js';
import { makeSubsetReader } from './subset.js';
import { financialYear, isDeadline, makeQualifierReader, partsOfYearIn, relativeYear, statedMonth, statedSeason, statedPartOfYear, yearBefore } from './qualifiers.js';
import { makeScanner, type Quantity } from './quantities.js';
import { execAll } from '../core/regex.js';
import { eventObject } from './event-object.js';

export type Extractor = (doc: Segmented) => Claim[];
export { coverage, coverageLine, type Coverage, type DocCoverage } from './coverage.js';

/** Words that point back to an earlier subject ("the company", "it", "its"). */
/** What may separate two values of one list: commas, "and", or a name with its verb ("Meta", "Google contributing"). */
const LIST_GAP = /^(?:\s*(?:by|in)\s+\d{4})?[\s,;(]*(?:(?:and|or|with|including|of which)\s+)?(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*(?:['’]s)?(?:\s+[a-z]+ing)?\s*)?$/;
/** A bulleted line that opens with a verb ("- Maintains a strong balance sheet") has the document's subject. */
const IMPLICIT = /^\s*(?:[-•*–]\s*)?[A-Z][a-z]+s\b/;

const SETTING = /\b(?:in|at|on|from|against|than|over|versus|vs\.?|to|into|onto|near|off|outside|around|along|between|via)\s+(?:the\s+)?$/i;
/** A share before a metric phrase ("a third of the", "40% of its", "most of the Ashford County Council"); case-sensitive so that only capitalised words count as a name. */
const SHARE_WORDS = 'half|third|quarter|fifth|tenth|thirds|quarters|fifths|part|share|portion|proportion|fraction|most|bulk|rest|remainder'
  .split('|')
  .map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|');
const SHARE_OF = new RegExp(`(?:\\b(?:${SHARE_WORDS})|\\d[\\d.,]*\\s?(?:%|per ?cent))\\s+of\\s+(?:the\\s+|its\\s+|their\\s+|this\\s+|that\\s+)?(?:[A-Z][\\w&'’-]*\\s+){0,4}$`);

/** Characters a metric word may stand before the value it names ("employs about 9,800": " about "). */
const NEXT_GAP = 16;
/** Between a count and a later one: its noun, then a preposition ("people at", "staff in", "players from"). */
const ADJUNCT_GAP = /^\s*(?:[a-z-]+\s+){1,2}(?:at|in|across|from)\s+$/;
const SOURCE = /^(?:['’]s?)?\s*(?:said|says|reported|reports|estimates|estimated|told|according|data|figures|noted|showed|shows|found)\b/i;

/** Words before a name that cite it as a source ("according to", "data from", "a report by", "analysts at"). */
const CITED_BY = /\b(?:according\s+to|(?:data|figures|statistics|numbers|estimates?|projections?|forecasts?)\s+(?:from|by|compiled\s+by)|(?:report|survey|study|research|analysis|poll|note|ranking)s?\s+(?:by|from)|analysts?\s+at|cited\s+by|sources?:)\s+(?:(?:the|a|an|its|their|latest|new|recent|annual|quarterly|market|research|consultancy|data)\s+){0,3}$/i;
/** After a name: it supplies the figures ("IDC data shows", "Gartner estimates that"). */
const CITES = /^(?:['’]s?)?\s+(?:(?:data|figures|statistics|estimates|research|numbers)\s+(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated)|(?:estimates|estimated|forecasts|forecast|projects|projected|calculates|calculated)\s+that)\b/i;
/** A trailing attribution (", Statistics Norway said.") or a citation ("… Analysis - Monexa[7]."). */
const ATTRIBUTION_BEFORE = /(?:,|\s[-–—|]|\()\s*(?:the\s+)?(?:(?:research|consultancy|data|analytics|market)\s+(?:firm|group|company|provider)\s+)?$/;
const ATTRIBUTION_AFTER = /^(?:(?:['’]s?)?\s+(?:said|says|reported|reports|estimates|estimated|noted|found|wrote|data\s+show(?:s|ed)?)\b[^,;:]*|\s*\[\d+\]|\s*\))[\s.!?"”’)\]]*$/i;
/** A person who speaks: a name after a role ("Council leader Maria Okafor said") or one who tells or adds. */
const ROLE = /\b(?:leader|chief|executive|minister|spokes(?:person|man|woman)|director|president|chair(?:man|woman)?|analyst|economist|professor|mayor|councill?or|secretary|governor|officer|ceo|cfo|cto|head|head ?teacher|manager|founder|strategist|researcher|advis[eo]r|official|commissioner|dean|principal|coach|captain|organi[sz]er|treasurer)s?(?:\s+(?:of|at)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}\s*,\s*|\s*,?\s*)$/i;
/** After a name: its role, set off by a comma ("Maria Lopez, Orion Bank's chief executive"). */
const ROLE_AFTER = /^,\s+[^,.;]*\b(?:leader|chief|executive|minister|spokes(?:person|man|woman)|director|president|chair(?:man|woman)?|analyst|economist|professor|mayor|secretary|governor|officer|ceo|cfo|head|manager|founder|strategist|official|commissioner)\b/i;
/** Before a name: a quotation's verb ("“…,” said Maria Lopez"), which makes the name a speaker. */
const SAID_BY = /[”"’'],?\s*(?:said|says|added|adds)\s+(?:(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+)?$/i;
/** A title written as part of a person's name ("Mayor Lena Brandt"). */
const TITLE = /^(?:Mayor|President|Minister|Chancellor|Governor|Senator|Councill?or|Professor|Prof|Dr|Mr|Mrs|Ms|Coach|Judge|Sir|Dame|Lord|Lady)\.?\s/;
const SPEAKS = /^(?:['’]s?)?,?\s+(?:said|says|told|tells|added|adds|noted|explained|argued|stated|warned)\b/i;
const TELLS = /^\s+(?:told|tells|added|adds)\b/i;
/** Before a value: the opening of a clause it is the subject of ("… as 1,200 runners finish …", "; some 300 …"). */
const CLAUSE_OPEN = /(?:[;:]\s*|\b(?:as|while|when|whereas|after|before|because|since|although|though)\s+)(?:(?:a record|an estimated|a total of|a further|another)\s+)?$/i;
/** After a brand: the noun that makes "the <brand> … maker" a description of the company ("the Hearth bread maker"). */
const BRAND_MAKER = /^(?:['’]s)?(?:\s+[a-z][a-z-]*){0,2}\s+(?:maker|makers|owner|producer|brewer|publisher|manufacturer)\b/;
/** The opening of an aside that describes the name before its comma ("…, the maker of …,", "…, which owns …,"). */
const ASIDE = /^,\s*(?:the|a|an|which|who|whose|one of|owner of|maker of)\b[^,;:]*$/i;
/** After a speaker's name: the figure is the speaker's own ("said she had run", "said his salary"). */
const OWN = /\b(?:he|she|his|her|him)\b/i;

/**
 * A name written only as the source of what its sentence says: a person quoted ('speaker'), or a firm cited for
 * figures ('source'). Neither is what a later "the company" or "it" points back to; a speaker is not the
 * subject of its own sentence's values either, while "The UN estimates that 2.2 billion people …" has no other.
 */
function cited(text: string, m: Mention): 'speaker' | 'source' | null {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  const after = text.slice(m.end);
  if (SPEAKS.test(after.slice(0, 20)) && (m.kind === 'person' || ROLE.test(before) || TITLE.test(m.name) || TELLS.test(after.slice(0, 12)))) return 'speaker';
  // "“Profit rose to €1.1 billion,” said Maria Lopez, Orion Bank's chief executive."
  if (SAID_BY.test(before) && (m.kind === 'person' || TITLE.test(m.name) || ROLE_AFTER.test(after.slice(0, 80)))) return 'speaker';
  if (CITED_BY.test(before) || CITES.test(after.slice(0, 40))) return 'source';
  if (ATTRIBUTION_BEFORE.test(before) && ATTRIBUTION_AFTER.test(after)) return 'source';
  return null;
}

/** A cost written before a value ("will cost", "at a cost of", "a price tag of"). */
const COST = /\b(?:costs?|costing|price tag)\b/i;
/** Before a cost: a plan that adds or builds things ("plans to add 240 rooms", "will build a depot"). */
const BUILDS = /\b(?:add|adding|build|building|construct|constructing|open|opening|expand|expanding|extend|extending|upgrade|upgrading|renovate|renovating|refurbish|refurbishing)\b/i;
/** After a money value: a plan to build something ("a £450 million plan to enlarge", "a $2 billion project to build"). */
const PLAN_TO_BUILD = /^\s+(?:[a-z-]+\s+){0,2}(?:plan|scheme|programme|program|project|proposal)\s+to\s+(?:build|construct|enlarge|expand|extend|upgrade|renovate|rebuild|redevelop|refurbish|modernise|modernize|widen|replace)\b/;
/** Before a value: spending still to come ("will spend", "plans to spend") or approved ("signed off spending of"),
 *  which is what a budget states. */
const PLANNED_SPEND = /\b(?:(?:will|would|shall|is\s+to|are\s+to|plans?\s+to|planning\s+to|set\s+to|intends?\s+to|aims?\s+to|expects?\s+to|going\s+to)\s+(?:[a-z]+ly\s+)?spend|(?:approved|approves|agreed|agrees|signed\s+off|signs\s+off|backed|backs|voted\s+through)\s+(?:(?:planned|capital|extra|additional|new|total)\s+)?spending\s+of)\s+$/i;
/** After a value: what money is for, in lower-case words ("on schools", "for flood defences", "budget for road repairs"). */
const FOR_WHAT = /^\s+(?:[a-z-]+\s+){0,2}?(?:on|for|towards)\s+(?:(?:the|a|an|its|their|his|her|our|new|local|extra|more)\s+)*([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})/;
/** Before a budget: what it is for ("the schools budget of £48 million"). */
const NOUN_BUDGET = /\b([a-z][a-z-]+)\s+budget(?:\s+for\s+(?:\d{4}(?:-\d{2,4})?|(?:this|next|the)\s+year))?\s+(?:of\s+|is\s+|was\s+|stands\s+at\s+|totals?\s+|(?:was|is|has\s+been)\s+set\s+at\s+)?$/;
/** After a word in -ing: an object, which makes it a verb ("upgrading its plant", "building new homes", "repairing roads"). */
const GERUND_OBJECT = /^(?:the|a|an|its|their|his|her|our|new|more|extra|[a-z]+s)$/;
/** Words that end what a purpose phrase names, or name a time or a size rather than a purpose; a verb ends it too
 *  ("set aside for temporary accommodation was not enough" is for accommodation). */
const NOT_PURPOSE = new Set('in at by this next last over from to and or with which that who as during until within across per each year years month months quarter quarters decade period term annual overall total whole entire yearly capital operating revised proposed new its their the a is was are were be been being will would has have had could should can may might must'.split(' '));

/** What money in a budget is for, as its head noun without a plural s ("on new bus lanes" → "lane"): budgets for
 *  different things, or a whole budget and one of its lines, are different figures. Null when none is named. */
function purposeOf(text: string, start: number, end: number): string | null {
  const words: string[] = [];
  for (const w of FOR_WHAT.exec(text.slice(end, end + 80))?.[1]?.split(/\s+/) ?? []) {
    if (NOT_PURPOSE.has(w)) break;
    words.push(w);
  }
  // "a £96 million housing budget": the word between the value and "budget" names what it is for.
  const modifier = /^\s+([a-z][a-z-]+)\s+budget\b/.exec(text.slice(end, end + 40))?.[1];
  if (words.length === 0 && modifier && !NOT_PURPOSE.has(modifier)) words.push(modifier);
  const before = NOUN_BUDGET.exec(text.slice(Math.max(0, start - 60), start))?.[1];
  const head = words.pop() ?? (before && !NOT_PURPOSE.has(before) ? before : undefined);
  // "libraries" and "library" are one purpose.
  return head ? head.replace(/(?<=[^aeiou])ies$/, 'y').replace(/(?<=[^s])s$/, '') : null;
}

/** Words saying money pays for something ("funding comes from", "is financed by", "paid for with"). */
const FUNDS = /\b(?:funding|funded|financing|financed|paid\s+for|pay\s+for)\b/i;
/** After a value: a project and what it builds ("expansion of", "plan to enlarge", "upgrade of the"). */
const projectOf = (projects: string) => new RegExp(`^\\s+(?:[a-z-]+\\s+){0,2}(?:${projects})\\s+(?:of|to\\s+[a-z]+|for)\\s+(?:the\\s+)?`);
/** Nouns that, after "the", point back to a subject named earlier ("the retailer", "the trust", "the line"). */
const BACK_NOUNS =
  'company|firm|group|business|giant|bank|carmaker|automaker|club|team|side|agency|government|ministry|council|city|state|university|institute|college|school|' +
  'retailer|chain|grocer|supermarket|airline|carrier|operator|authority|utility|insurer|lender|miner|drugmaker|pharmaceutical company|biotech|manufacturer|maker|' +
  'developer|startup|start-up|trust|fund|charity|foundation|brand|platform|regulator|board|district|conglomerate|producer|exporter|supplier|' +
  'hospital|line|plant|port|bridge|tunnel|airport|station|stadium|arena|dam|mine|refinery|pipeline|factory|terminal|wind farm|solar farm|' +
  'crossing|viaduct|motorway|tower|theatre|zoo|reservoir|canal|railway|telescope|mission|ship|vessel|ferry|satellite|spacecraft|aircraft|film|museum|storm|cyclone|hurricane|typhoon|tornado|earthquake|quake|wildfire|fire|blaze|flood|outbreak|tour|festival|marathon|race|tournament';
/** "the airline", and with a word of origin or a "-based" before it, "the Nordic airline", "the Texas-based retailer";
 *  or with the thing's size or cost before it, "the £110 million ship", "the 130-metre ship". */
const anaphorOf = (projects: string) =>
  new RegExp(`\\b(?:it|its|the (?:[A-Z][a-z]+\\s+|[a-z]+-(?:based|owned|listed|backed|run|controlled)\\s+|${SIZE}\\s+)?(${BACK_NOUNS}|${projects})(?:['’]s)?|they|their)\\b`, 'i');
/** A size or a cost written before a noun: "£110 million", "130-metre", "1,200 MW". */
const SIZE = '(?:[£$€]\\s?)?\\d[\\d,.]*(?:\\s?(?:million|billion|bn|m|k))?(?:[\\s-]?[a-z]{1,6}){0,2}';

/** Patterns built from the project nouns of rules/data/projects.yaml, which sum-check's funding check shares. */
interface ProjectPatterns {
  /** A project noun alone ("expansion"). */
  noun: RegExp;
  /** After a value: a project and what it builds ("expansion of", "plan to enlarge", "upgrade of the"). */
  of: RegExp;
  /** Words that point back to an earlier subject ("it", "its", "the company", "the expansion"). */
  anaphor: RegExp;
}

function projectPatterns(nouns: readonly string[]): ProjectPatterns {
  const alt = nouns.join('|');
  return { noun: new RegExp(`^(?:${alt})$`), of: projectOf(alt), anaphor: anaphorOf(alt) };
}

/** A common-noun institution with its qualifier ("the transport authority", "the regional housing agency"). */
const INSTITUTION = /\b[Tt]he\s+((?:(?!new\b|same\b|former\b|other\b|largest\b|biggest\b|main\b|whole\b)[a-z]+\s+){1,3}(?:authority|agency|commission|ministry|department|regulator|district|government|council|fund))\b/;
/** Words that only say which level of government (every city has "the city council"), left out of an institution's id. */
const LEVEL = new Set('city county state local regional national federal provincial municipal metropolitan'.split(' '));

export function makeExtractor(data: DataFiles): Extractor {
  const scan = makeScanner(data);
  const entities = makeEntityMatcher(data);
  const known = entityIndex(data);
  const metricAt = makeMetricFinder(data);
  const projects = projectPatterns(data.projects.nouns);
  // The metric of money spent building things: whichever metric the data names "construction" with.
  const building = data.metrics.metrics.find((m) => m.synonyms.includes('construction'))?.id ?? null;
  // The metric of money set aside to spend: whichever metric the data names "budget" with.
  const budget = data.metrics.metrics.find((m) => m.synonyms.includes('budget'))?.id ?? null;
  // "will spend $2.3 billion on capital spending": an object that is a word for building spending names no purpose.
  const buildWords = new Set(data.metrics.metrics.find((m) => m.id === building)?.synonyms.filter((w) => !w.includes(' ')) ?? []);
  const subjectKinds = new Map(data.metrics.metrics.map((m) => [m.id, m.subjectKinds as readonly string[]]));
  const changeMetrics = new Set(data.metrics.metrics.filter((m) => m.change).map((m) => m.id));
  const qualifiers = makeQualifierReader(data);
  const subsetOf = makeSubsetReader(data.scopes.subsets);
  const children = childUnits(known);
  const events = data.events.events.map((e) => ({ id: e.id, objectEvent: e.objectEvent ?? null, re: new RegExp(`\\b(?:${e.triggers.map((t) => t.replace(/\s+/g, '\\s+')).join('|')})\\b`, 'gi') }));
  const anyEvent = events.length ? new RegExp(events.map((e) => e.re.source).join('|'), 'i') : null;
  return ({ doc, paragraphs }) => {
    const claims: Claim[] = [];
    const match = entities(doc.text);
    // Names are read lazily: only sentences holding a value, and the sentences a subject is carried over from,
    // pay for the entity matcher (most sentences hold no value).
    const units = paragraphs.filter((p) => !p.boilerplate).flatMap((p) => p.sentences.map((s) => ({ paragraph: p.index, start: s.start, end: s.end })));
    const mentionCache = new Map<number, Mention[]>();
    const mentionsOf = (i: number): Mention[] => {
      const hit = mentionCache.get(i);
      if (hit) return hit;
      const u = units[i];
      const found = u ? match(doc.text.slice(u.start, u.end)) : [];
      mentionCache.set(i, found);
      return found;
    };
    /** The last name written before sentence i (in its paragraph only, when `sameParagraph`). A name cited only as
     *  a source ("according to IDC", "…, Okafor said") yields to one named earlier; across paragraphs it is
     *  taken when no other name is. */
    const namedBefore = (i: number, sameParagraph: boolean, last = false): Subject | null => {
      const paragraph = units[i]?.paragraph;
      let source: Mention | undefined;
      for (let j = i - 1; j >= 0; j--) {
        if (sameParagraph && units[j]?.paragraph !== paragraph) break;
        const all = mentionsOf(j);
        const u = units[j];
        const ms = all.length && u ? all.filter((m) => cited(doc.text.slice(u.start, u.end), m) === null) : all;
        source ??= all[0];
        const named = last ? ms[ms.length - 1] : (ms.find((m) => m.known) ?? ms[0]);
        if (named) return { id: named.id, name: named.name, via: 'carry-over' };
      }
      // Within a paragraph a quoted or cited name is no fallback: the document's main subject comes next.
      return source && !sameParagraph ? { id: source.id, name: source.name, via: 'carry-over' } : null;
    };
    /** The last name before sentence i that "the <noun>" can point back to: its last word or its head is the noun ("the trust" → Kingsbridge Health Trust, "the line" → the Eastside line). */
    const namedAs = (i: number, noun: string): Subject | null => {
      const head = splitId(`x-${noun}`).head;
      // Built once per call, not once per earlier mention looked at.
      const given = new RegExp(`\\b${noun},?\\s+(?:[A-Z]{2,4}\\s+)?$`, 'i');
      for (let j = i - 1; j >= Math.max(0, i - BACK_REACH); j--) {
        const ms = mentionsOf(j);
        const from = units[j]?.start ?? 0;
        for (let k = ms.length - 1; k >= 0; k--) {
          const m = ms[k] as Mention;
          if (m.name.toLowerCase().split(/\s+/).pop() === noun || (head !== null && splitId(m.id).head === head)) return { id: m.id, name: m.name, via: 'carry-over' };
          // "its new ferry, MV Solan," then "the ferry" or "the ship": a name given the noun, or a ship's prefix.
          const before = doc.text.slice(Math.max(from, from + m.start - 30), from + m.start);
          if (given.test(before) || (SHIP_NOUNS.has(noun) && SHIP_PREFIX.test(before))) return { id: m.id, name: m.name, via: 'carry-over' };
        }
      }
      return null;
    };
    // The last project whose subject a value named ("a £420 million expansion of Riverside General Hospital"):
    // "the project" and "the expansion" in later sentences point back to it.
    const project: { last: Subject | null } = { last: null };
    let main: Subject | null | undefined;
    const mainOf = () => (main === undefined ? (main = mainSubject(doc, units.length, mentionsOf, match)) : main);
    for (const [i, s] of units.entries()) {
      const text = doc.text.slice(s.start, s.end);
      const quantities = withNouns(scan(text));
      const dated = anyEvent !== null && anyEvent.test(text);
      if (quantities.length === 0 && !dated) continue;
      const mentions = mentionsOf(i);
      const sentence = { doc: doc.id, start: s.start, end: s.end };
      const ctx: Context = { text, mentions, patterns: projects, previous: (noun) => (noun && projects.noun.test(noun) ? project.last : null) ?? (noun ? namedAs(i, noun) : null) ?? namedBefore(i, false, noun !== undefined && projects.noun.test(noun)), project, inParagraph: () => namedBefore(i, true), main: mainOf };
      let last = null as { q: Quantity; metric: string | null; change: boolean } | null;
      for (const [i, q] of quantities.entries()) {
        // A value listed right after another of the same unit ("107.5%, 108.1% and 121%", "Amazon $105 billion,
        // Meta $60-65 billion") shares its metric and its aspect.
        const listed: boolean = last !== null && last.q.value.unit === q.value.unit && LIST_GAP.test(text.slice(last.q.end, q.start));
        // "900 stores and 34 million members": a phrase that is another value's counted noun is that value's metric.
        const found = metricAt(text, q.start, q.end, q.kind, q.value.unit);
        const owned = found !== null && q.kind === 'count' && q.noun !== text.slice(found.start, found.end).toLowerCase() && quantities.some((o) => o !== q && o.noun !== null && found.start >= o.end && found.start - o.end <= NOUN_GAP && text.slice(found.start, found.end).toLowerCase() === o.noun);
        // "runs 610 shops and employs about 9,800 people": a metric word after a count of its own noun, standing
        // right before the next value with no break between, is that next value's.
        const ahead = found !== null && q.kind === 'count' && q.noun !== null && found.start >= q.end && !text.slice(found.start, found.end).toLowerCase().includes(q.noun) && quantities.some((o) => o.start >= found.end && o.start - found.end <= NEXT_GAP && !/[,;.:]|\b(?:and|or|but|while)\b/.test(text.slice(found.end, o.start)));
        // "employs 9,200 people at 14 sites": a count that qualifies an earlier one through a preposition says where
        // or what that one is, and does not take the metric phrase that stands before the earlier count.
        const adjunct = found !== null && q.kind === 'count' && found.end <= q.start && quantities.some((o) => o.kind === 'count' && o.start >= found.end && o.end <= q.start && ADJUNCT_GAP.test(text.slice(o.end, q.start)));
        let metric: { id: string; start: number; end: number } | null = (owned || ahead || adjunct ? null : found) ?? (listed && last?.metric ? { id: last.metric, start: last.q.start, end: last.q.end } : null);
        // "About a third of the budget, £16 million, …", "40% of revenue, $2 billion, …": the value is a share of
        // the metric, not the metric, and must not be compared with the whole.
        if (metric && metric.end <= q.start && q.kind !== 'percent' && SHARE_OF.test(text.slice(Math.max(0, metric.start - 70), metric.start))) metric = null;
        const kinds = metric ? (subjectKinds.get(metric.id) ?? []) : [];
        // "daily active users averaged 3.24 billion": the counted noun stands before the value, in the metric phrase.
        if (q.kind === 'count' && q.noun === null && metric && metric.end <= q.start) {
          const words = text.slice(metric.start, metric.end).toLowerCase().split(/\s+/);
          // "visitor numbers rose to 1.24 million" counts visitors.
          const tally = words.length > 1 && TALLY_WORDS.test(words[words.length - 1] ?? '');
          const noun = tally ? `${words[words.length - 2] ?? ''}s` : (words[words.length - 1] ?? '');
          if (/[a-z]s$/.test(noun)) Object.assign(q, { noun, value: { ...q.value, unit: `count:${noun}` } });
        }
        const { scope, period: stated } = qualifiers(text, q.start, q.end, quantities);
        const subset = q.kind === 'count' ? subsetOf(text, q.start, q.end, q.noun) : null;
        if (subset) scope.subset = subset;
        const period = yearBefore(text, q.end, stated);
        let subject = respectively(ctx, quantities, i) ?? pickSubject(ctx, q.start, q.end, kinds, scope.geography !== undefined);
        subject = specialise(subject, scope, children);
        // "The Eastside line will cost $1.2 billion": what a structure or project costs is spent building it.
        // "plans to add 240 rooms by 2026 at a cost of £75 million": so is what a plan to add or build things costs.
        if (!metric && building && q.kind === 'money' && COST.test(text.slice(Math.max(0, q.start - 60), q.start)) && (splitId(subject.id ?? '').head !== null || ctx.project.last?.id === subject.id || BUILDS.test(text.slice(0, q.start)))) {
          metric = { id: building, start: q.start, end: q.end };
        }
        // "a £450 million plan to enlarge the hospital": the money a plan to build something names is spent building,
        // whatever a phrase further on says ("…, raising capacity to 1.6 million").
        if (building && q.kind === 'money' && PLAN_TO_BUILD.test(text.slice(q.end, q.end + 60))) metric = { id: building, start: q.start, end: q.end };
        // "will spend £52 million on schools" states a budget, as "a £48 million budget for schools" does; money
        // spent ("spent £52 million") is the outturn, and spending on a project or a named thing ("on the
        // expansion", "on the Kessel Bridge", "upgrading its plant") is what that thing costs.
        if (budget && metric?.id === building && q.kind === 'money' && PLANNED_SPEND.test(text.slice(Math.max(0, q.start - 40), q.start))) {
          const object = FOR_WHAT.exec(text.slice(q.end, q.end + 80))?.[1]?.split(/\s+/) ?? [];
          // "on upgrading its plant", "on building new homes": a verb in -ing takes an object; "on housing in the
          // coming year" names a purpose.
          const gerund = (w: string, i: number) => /ing$/.test(w) && GERUND_OBJECT.test(object[i + 1] ?? '');
          if (object.length > 0 && !object.some((w, i) => projects.noun.test(w) || gerund(w, i) || buildWords.has(w) || headOf(`x ${w}`) !== null)) metric = { id: budget, start: metric.start, end: metric.end };
        }
        if (budget && metric?.id === budget && q.kind === 'money') {
          const purpose = purposeOf(text, q.start, q.end);
          if (purpose) scope.purpose = purpose;
        }
        const change: boolean = isChange(text, q.start, q.end) || (listed && last?.change === true) || (metric !== null && changeMetrics.has(metric.id));
        last = { q, metric: metric?.id ?? null, change };
        const span = { doc: doc.id, start: s.start + q.start, end: s.start + q.end };
        claims.push({
          id: fingerprint([doc.id, String(span.start), String(span.end), q.value.unit]),
          doc: doc.id,
          span,
          sentence,
          kind: q.kind,
          aspect: change ? 'change' : q.kind === 'count' && isAddition(text, q.start, q.end) ? 'addition' : 'level',
          text: text.slice(q.start, q.end),
          value: q.value,
          hedge: q.hedge,
          ambiguous: q.ambiguous,
          subject,
          metric: metric?.id ?? null,
          noun: q.noun,
          scope,
          period,
          impliedPeriod: period === null ? (relativeYear(text, doc.published, q.start, q.end) ?? statedSeason(text, doc.published, q.start, q.end) ?? financialYear(text, q.start, q.end, doc.published) ?? statedPartOfYear(text, doc.published, q.start, q.end) ?? statedMonth(text, doc.published, q.end)) : null,
          deadline: isDeadline(text, period),
          asOf: doc.published,
          event: null,
          date: null,
          conversion: conversionOf(q, s.start, doc.id, text),
          restored: false,
        });
      }
      if (dated) {
        for (const d of datesIn(doc, s.start, s.end)) {
          // The event is the trigger nearest to the date ("founded in 1999 and listed in 2014").
          const trigger = nearestEvent(events, text, d.start);
          if (!trigger) continue;
          const subject = pickSubject(ctx, d.start, d.end, []);
          const thing = trigger.objectEvent ? eventObject(text, mentions, trigger) : undefined;
          const event = thing && thing.id === subject.id && trigger.objectEvent ? trigger.objectEvent : trigger.id;
          const span = { doc: doc.id, start: s.start + d.start, end: s.start + d.end };
          claims.push({
            id: fingerprint([doc.id, String(span.start), String(span.end), 'date']),
            doc: doc.id,
            span,
            sentence,
            kind: 'date',
            aspect: 'level',
            text: text.slice(d.start, d.end),
            value: { low: null, high: null, unit: 'date' },
            hedge: 'exact',
            ambiguous: false,
            subject,
            metric: null,
            noun: null,
            scope: {},
            period: null,
            impliedPeriod: null,
            deadline: false,
            asOf: doc.published,
            event,
            date: d.date,
            conversion: null,
            restored: false,
          });
        }
      }
    }
    return frameByDocumentPart(claims, doc.text, (sentence) => partsOfYearIn(sentence, doc.published));
  };
}

interface Context {
  text: string;
  mentions: Mention[];
  patterns: ProjectPatterns;
  /** The last subject named in an earlier sentence, for anaphors; with a noun ("the trust"), one that noun fits first. */
  previous: (noun?: string) => Subject | null;
  /** The last subject named earlier in this paragraph, for sentences that name none. */
  inParagraph: () => Subject | null;
  main: () => Subject | null;
  /** The subject of the last project a value named, shared by the document's sentences. */
  project: { last: Subject | null };
}

const fromMention = (m: Mention): Subject => ({ id: m.id, name: m.name, via: m.via });

/**
 * Nearest fitting entity before the value in its sentence; else an anaphor's antecedent; else one after the value;
 * else the paragraph's last subject; else the document's main subject; else none.
 */
function pickSubject(ctx: Context, at: number, end: number, kinds: readonly string[], placed = false): Subject {
  const { mentions, text } = ctx;
  const fits = (m: Mention) => kinds.length === 0 || m.kind === null || kinds.includes(m.kind);
  // Names after a preposition ("in the Premier League", "on the Chatbot Arena leaderboard") are places and
  // settings, and a trailing "…, Statistics Norway said" is a source: both yield to another name.
  const setting = (m: Mention) => SETTING.test(text.slice(Math.max(0, m.start - 12), m.start));
  const source = (m: Mention) => SOURCE.test(text.slice(m.end, m.end + 24));
  const all = mentions.filter((m) => !setting(m));
  // "overtook Alibaba's at $192 billion": a possessive with its noun left out is the thing compared with.
  const elliptical = (m: Mention) => m.possessive && /^['’]s?\s+(?:at|in|on|to|by|for|with|and|or|than|as|was|is|were|are)\b/.test(text.slice(m.end, m.end + 8));
  // "Carrow Foods plc, the maker of Hearth bread and Dale's soups, reported £1.4 billion": a name inside an aside
  // that describes the name before it is not what the sentence's verb, and so its value, is about.
  const aside = (m: Mention) => {
    const open = text.lastIndexOf(',', m.start);
    const close = text.indexOf(',', m.end);
    // "Velorin, Pharmacorp's best-selling drug, generated …": an owner's name opening the aside is inside it too.
    if (open < 0 || close < 0 || close >= at || !(ASIDE.test(text.slice(open, m.start)) || (m.possessive && /^,\s*$/.test(text.slice(open, m.start))))) return false;
    // The name described opens the clause: after "including Baidu, …, and DeepSeek, the strength of Tongyi Qwen …"
    // the comma closes a list, and what follows is the main clause, no aside.
    return mentions.some((o) => o.end <= open && !/[,;:]/.test(text.slice(0, o.start)) && /^(?:['’]s?)?\s*(?:plc|ltd|inc\.?|llc|limited|group)?\s*$/i.test(text.slice(o.end, open)));
  };
  // "The Hearth bread maker made a profit of £118m", "the iPhone maker": a brand naming its maker is the company
  // written about before, not the brand.
  const brand = (m: Mention) => /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)) && BRAND_MAKER.test(text.slice(m.end, m.end + 40));
  const candidates = mentions.filter((m) => m.end <= at && !elliptical(m) && !aside(m) && !brand(m));
  const before = candidates.some((m) => !setting(m)) ? candidates.filter((m) => !setting(m)) : candidates;
  // "a £420 million expansion of Riverside General Hospital", "a £450 million plan to enlarge Riverside General
  // Hospital": the cost of a project is about the thing the project builds, not about who approved it.
  const project = ctx.patterns.of.exec(text.slice(end, end + 60));
  const built = project ? mentions.find((m) => m.start === end + (project.index ?? 0) + project[0].length && fits(m)) : undefined;
  if (built) return (ctx.project.last = fromMention(built));
  // "Kiptoo and Bekele win as 1,200 runners finish the Harbour City Marathon": a value that opens its clause is
  // that clause's grammatical subject; what it is about is named after it in the clause, not before the clause.
  if (before.length > 0 && CLAUSE_OPEN.test(text.slice(Math.max(0, at - 40), at))) {
    const named = all.find((m) => m.start >= end && fits(m) && !source(m) && !/[,;:()]/.test(text.slice(end, m.start)));
    if (named) return fromMention(named);
  }
  // "Amazon's 35x", "Alibaba's free cash flow declined 76%": a possessive name a few words before the value.
  const owner = before[before.length - 1];
  // "overtook Alibaba's at $192 billion" leaves the noun out: the possessive there owns nothing.
  if (owner?.possessive && fits(owner) && /^['’]s?(?:\s+[a-z][\w/-]*){0,5}\s+$/.test(text.slice(owner.end, at)) && !/^['’]s?\s+(?:at|in|on|to|by|for|with|and|or|than|as|was|is|were|are)\b/.test(text.slice(owner.end, at))) return fromMention(owner);
  const opening = IMPLICIT.exec(text);
  const main = opening && !mentions.some((m) => m.start < opening[0].length) ? ctx.main() : null;
  if (main) return main;
  // "Analysts at Fenwick Capital estimate the firm is worth …", "Council leader Maria Okafor said the hospital
  // treated …": a name in a setting, quoted or cited as a source yields to a later anaphor.
  const lastBefore = before[before.length - 1];
  if (lastBefore && (setting(lastBefore) || cited(text, lastBefore))) {
    const anaphor = ctx.patterns.anaphor.exec(text.slice(lastBefore.end, at));
    const previous = anaphor ? ctx.previous(anaphor[1]?.toLowerCase()) : null;
    if (previous) return previous;
  }
  // "The cyclone struck the coast near Port Carran with winds of 205 km/h": where every name before the value is a
  // setting, an anaphor opening the sentence names what the value is about.
  const first = before[0];
  if (first && before.every(setting)) {
    const opener = ctx.patterns.anaphor.exec(text.slice(0, first.start));
    const previous = opener && opener[1] ? ctx.previous(opener[1].toLowerCase()) : null;
    if (previous) return previous;
  }
  let speaker: Mention | undefined;
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i] as Mention;
    // "Council leader Tom Reyes said enrolment had risen to 21,400": a person quoted reports the figure, whose
    // subject is named elsewhere (earlier in the paragraph, or the document's); unless the figure is the
    // person's own ("… said she had run 40 marathons", a pay metric) or nothing else is named at all.
    // "Chief executive Priya Malhotra said she expected profit of £130 million": a metric no person has (profit)
    // is never the speaker's own, whatever pronoun follows.
    if (!kinds.includes('person') && cited(text, m) === 'speaker' && (kinds.length > 0 || !OWN.test(text.slice(m.end, at)))) {
      speaker ??= m;
      continue;
    }
    if (fits(m)) return fromMention(m);
    // "Alibaba's Tsai said …": a person speaking for an organisation; the organisation is the subject.
    const owner = before[i - 1];
    if (owner && owner.possessive && fits(owner) && /^['’]s?\s+$/.test(text.slice(owner.end, m.start))) return fromMention(owner);
  }
  const lead = text.slice(0, at);
  // "The transport authority will invest …": an institution named by common nouns, when no name stands before.
  const found = before.length === 0 ? INSTITUTION.exec(lead) : null;
  // "According to the transport authority, …" names a source, not the subject.
  const institution = found && !/\baccording to\s+$/i.test(lead.slice(0, found.index)) ? found[1] : undefined;
  const words = institution?.split(/\s+/).filter((w) => !LEVEL.has(w)) ?? [];
  if (institution && words.length >= 2) return { id: normaliseName(words.join(' ')), name: institution, via: 'text' };
  const anaphor = ctx.patterns.anaphor.exec(lead);
  const branded = mentions.some((m) => m.end <= at && brand(m));
  const previous = anaphor ? ctx.previous(anaphor[1]?.toLowerCase()) : branded ? ctx.previous('maker') : null;
  if (previous) return previous;
  // "Funding comes from a $40 million grant and a $20 million loan from Westshire Council": money that pays for
  // something, with no name before it, pays for the project the document last costed, not for whoever gives it.
  if (FUNDS.test(lead) && ctx.project.last) return ctx.project.last;
  const after = all.find((m) => m.start >= end && fits(m) && !source(m) && cited(text, m) !== 'speaker');
  if (after) return fromMention(after);
  // "A record 18,500 runners took part in the Lisbourne Marathon", "About 900 staff work at Orrin Bank": a value
  // that is its clause's subject is about the place or event its clause puts it in, when no other name is there.
  if (before.length === 0 || CLAUSE_OPEN.test(text.slice(Math.max(0, at - 40), at))) {
    const setIn = mentions.find((m) => m.start >= end && fits(m) && !source(m) && !/[,;:()]/.test(text.slice(end, m.start)) && /\b(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 8), m.start)));
    if (setIn) return fromMention(setIn);
  }
  const earlier = ctx.inParagraph() ?? ctx.main();
  if (earlier) return earlier;
  if (speaker && fits(speaker)) return fromMention(speaker);
  // "The vaccine was 94.1% effective, Moderna said": with nothing else named, a trailing source speaks of its own
  // figure; one reporting a place's figure ("… in Britain, the statistics office said") does not.
  const reporter = placed ? undefined : all.find((m) => m.start >= end && fits(m) && source(m) && cited(text, m) !== 'speaker');
  if (reporter) return fromMention(reporter);
  return { id: null, name: null, via: 'none' };
}

/** "Amazon and Microsoft held $2.42 trillion and $3.04 trillion respectively": the i-th value belongs to the i-th name. */
function respectively(ctx: Context, qs: readonly Quantity[], i: number): Subject | null {
  if (!/\brespectively\b/i.test(ctx.text)) return null;
  const q = qs[i] as Quantity;
  const same = qs.filter((x) => x.kind === q.kind && x.value.unit === q.value.unit);
  const list: Mention[] = [];
  for (const m of ctx.mentions) {
    if (m.start >= q.start) break;
    const last = list[list.length - 1];
    if (last && /^\s*(?:,|,?\s*and|&)\s*$/.test(ctx.text.slice(last.end, m.start))) list.push(m);
    else if (!last || list.length < 2) list.splice(0, list.length, m);
  }
  if (list.length < 2 || list.length !== same.length) return null;
  const m = list[same.indexOf(q)];
  return m ? fromMention(m) : null;
}

/** A count written without its noun takes the noun of the nearest count that has one ("2.8 million containers,
 *  up from 2.5 million"); one that still has none is kept only when a scale makes it a figure ("3.24 billion"). */
function withNouns(qs: Quantity[]): Quantity[] {
  const nouns = qs.filter((q) => q.kind === 'count' && q.noun !== null);
  return qs.flatMap((q) => {
    if (q.kind !== 'count' || q.noun !== null) return [q];
    const near = [...nouns].sort((a, b) => Math.abs(a.start - q.start) - Math.abs(b.start - q.start))[0];
    if (near?.noun) return [{ ...q, noun: near.noun, value: { ...q.value, unit: `count:${near.noun}` } }];
    return q.scaled ? [q] : [];
  });
}

/** Units of a group named "<Parent> <Word>" ("Alibaba Cloud"), keyed by parent id. */
function childUnits(known: ReturnType<typeof entityIndex>): Map<string, Array<{ id: string; name: string; word: string }>> {
  const out = new Map<string, Array<{ id: string; name: string; word: string }>>();
  for (const e of known.values()) {
    const parent = e.parent ? known.get(e.parent) : undefined;
    if (!parent || !e.name.toLowerCase().startsWith(`${parent.name.toLowerCase()} `)) continue;
    const word = e.name.slice(parent.name.length + 1).toLowerCase();
    out.set(parent.id, [...(out.get(parent.id) ?? []), { id: e.id, name: e.name, word }]);
  }
  return out;
}

/** "Alibaba's cloud market share" is the share of Alibaba Cloud: a parent with a segment naming one of its units. */
function specialise(subject: Subject, scope: Record<string, string>, children: ReturnType<typeof childUnits>): Subject {
  const seg = scope.segment;
  if (!subject.id || !seg) return subject;
  const unit = children.get(subject.id)?.find((c) => seg.split(' ').includes(c.word));
  return unit ? { ...subject, id: unit.id } : subject;
}

function conversionOf(q: Quantity, offset: number, doc: string, text: string): Claim['conversion'] {
  const c = q.conversion;
  if (!c) return null;
  return { text: text.slice(c.start, c.end), span: { doc, start: offset + c.start, end: offset + c.end }, value: c.value, hedge: c.hedge };
}

interface Trigger {
  id: string;
  objectEvent: string | null;
  start: number;
  end: number;
}

function nearestEvent(events: ReadonlyArray<{ id: string; objectEvent: string | null; re: RegExp }>, text: string, at: number): Trigger | null {
  let best: Trigger | null = null;
  let dist = Infinity;
  for (const e of events) {
    for (const m of execAll(e.re, text)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      // The trigger usually precedes its date ("listed on the Nasdaq in 2004"); one after costs more.
      const d = end <= at ? at - end : (start - at) * 1.5;
      if (d < dist) [best, dist] = [{ id: e.id, objectEvent: e.objectEvent, start, end }, d];
    }
  }
  return best;
}

/** Nouns for a ship, and the prefixes written before a ship's name. */
const SHIP_NOUNS = new Set(['ship', 'vessel', 'ferry']);
const SHIP_PREFIX = /\b(?:MV|MS|RMS|HMS|SS|RV|USS)\s+$/;

/** Words for a tally of things ("visitor numbers", "passenger figures"), whose counted noun is the word before. */
const TALLY_WORDS = /^(?:numbers|figures|counts|totals)$/;

/** How far after its number a counted noun is written ("34 million loyalty members"). */
const NOUN_GAP = 24;

/** How many sentences back "the <noun>" looks for a name it fits. */
const BACK_REACH = 6;

/** Sentences read to find a document's main subject: writers name it early, and reading all would cost a full pass. */
const LEAD_SENTENCES = 25;

/** The entity a document is mostly about: its most often named entity in the title and lead (twice at least); known ones win ties. */
function mainSubject(doc: Segmented['doc'], count: number, mentionsOf: (i: number) => Mention[], match: (t: string) => Mention[]): Subject | null {
  const counts = new Map<string, { n: number; id: string; name: string; first: number; known: boolean }>();
  const lists = [match(doc.title ?? ''), ...Array.from({ length: Math.min(count, LEAD_SENTENCES) }, (_, i) => mentionsOf(i))];
  let order = 0;
  for (const list of lists) {
    for (const m of list) {
      if (m.kind === 'person' || m.kind === 'place') continue;
      // "Riverside General" and "Riverside General Hospital" are counted as one, under the name with its head.
      const { core, head } = splitId(m.id);
      const c = counts.get(core);
      const id = head || !c ? m.id : c.id;
      const name = head || !c ? m.name : c.name;
      counts.set(core, { n: (c?.n ?? 0) + 1, id, name, first: c?.first ?? order++, known: m.known });
    }
  }
  const top = [...counts.values()].filter((c) => c.n >= 2).sort((a, b) => b.n - a.n || Number(b.known) - Number(a.known) || a.first - b.first)[0];
  return top ? { id: top.id, name: top.name, via: 'document' } : null;
}
