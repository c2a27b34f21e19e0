// Metric synonyms → canonical metric keys, and the metric nearest to a value.
import type { DataFiles } from '../config/data/index.js';
import type { ClaimKind } from '../core/types.js';
import { isCommonWord } from '../resolve/entities.js';
import { execAll } from '../core/regex.js';

export interface MetricHit {
  start: number;
  end: number;
  id: string;
}

export type MetricFinder = (sentence: string, valueStart: number, valueEnd: number, kind: ClaimKind, unit?: string) => MetricHit | null;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+');

/** Up to two words between a value and its noun, lower-case or one capitalised modifier ("a €200 million European grant");
 *  a conjunction opens another phrase ("killing 86 people and injuring 400": "injuring" is not the 86's). */
const ATTACHED = /^\s+(?:[A-Z][a-z-]+\s+)?(?:(?!(?:and|or|but|while)\s)[a-z-]+\s+){0,2}$/;

/** Between a phrase and a value: "and" and a verb that opens another verb phrase. */
const ANOTHER_VERB = /\band\s+(?:confirmed|announced|said|agreed|approved|ordered|signed|placed|reported|expects|expected|plans|planned|will|would|has|had)\b/i;

/** A conjunction between a phrase and a value after it. */
const CLOSED = /^\s*,?\s+(?:and|or|but|while)\s+(?:(?:the|a|an)\s+)?$/;

/** Before a word: what makes it a verb ("will pay", "ordered to pay", "would not pay"), for `nounOnly` synonyms. */
const VERB_BEFORE = /\b(?:to|will|would|must|shall|should|could|can|cannot|may|might|did|does|do|not|never)\s+(?:also\s+|still\s+|only\s+)?$/i;

/** Between a value and a phrase after it: a new clause ("€1.3 billion, while exports …") or a baseline ("£460
 *  million, compared with an original budget of £350 million"), whose phrase is not the value's. */
const CLAUSE_BREAK = /;|,\s*(?:and|or|but|while|whereas)\s|\bcompared\s+(?:with|to)\b|\b(?:up|down)\s+from\b|\bagainst\b/;

/** A word that gives what a thing named before it is worth ("an order book of 420 trains worth £6.2 billion"). */
const WORTH = /^(?:worth|valued)$/i;
/** Between that thing's phrase and "worth": its object, a few words at most ("of 1,450 aircraft,"). */
const WORTH_OF = /^\s+(?:(?:of|at|for)\s+)?(?:[^\s;]+\s+){0,3}$/;

/** Between a verb and its object: nothing, or a word or two ("recalled a further 96", "recalling some of its"). */
const OBJECT_GAP = /^\s+(?:[a-z]+\s+){0,2}$/;

/** Between a phrase and its value: the phrase's complement, then a verb of level or motion ("from Cyclone Ilsa
 *  rose to", "at the trust stood at", "has reached"). */
const SUBJECT_OF = /^(?:\s+(?:from|in|at|of|for|among|across)\s+(?:(?!\b(?:after|as|when|while|because|since|and|but|or|which|that|who|where|than|before|until)\b)[^,;:.()]){1,50}?)?\s+(?:has\s+|had\s+|have\s+)?(?:rose|risen|climbed|jumped|fell|fallen|dropped|reached|hit|stood|stands|totalled|totaled|was|is|were|are)\s+(?:to\s+|at\s+|by\s+)?$/i;

/** How near a phrase right before the value must be to win over the value's own denominator. */
const DENOMINATOR_DIST = 5;
/** Before a phrase: a number (with a short unit) and "a", "per" or "each" ("14.2p a share", "$80 per barrel"). */
const DENOMINATOR = /\d(?:[\d.,]*\d)?\s?(?:[a-z%]{1,6}\s)?\s*(?:a|an|per|each)\s+$/i;

/** After a share: its "of" phrase and a verb ("of patients at the trust were", "of its trains have been"). */
const PREDICATE_OF = /^\s+of\s+[^,;:.()]{1,80}?\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?$/i;

/** How far (in characters) a metric phrase may sit from its value. */
const REACH = 90;

/** Words between a thing and its verb ("has risen", "rose sharply") and words that point back to the subject. */
const SKIP = /^(?:has|have|had|was|were|is|are|been|will|would|also|further|\w+ly)$/i;
const BACK = /^(?:it|they|which|that|who|this|these|and|or)$/i;
/** Verbs of change; a noun of change ("an increase of 40%") names its thing after it, not before. */
const CHANGE_VERB = /^(?:rose|grew|grow|grows|growing|expanded)$/i;

/** The word before a change verb is a common noun ("endowment", "wage bill"), not a name, acronym or pronoun. */
function unnamedThing(lead: string): boolean {
  const words = lead.trim().split(/\s+/);
  let word = words.pop();
  while (word !== undefined && SKIP.test(word)) word = words.pop();
  if (!word || BACK.test(word)) return false;
  // Sentence-initial words are capitalised common nouns ("Prices rose"); elsewhere a capital marks a name ("Azure grew").
  return /^[a-z]+$/.test(word) || (words.length === 0 && /^[A-Z][a-z]+$/.test(word) && isCommonWord(word));
}

export function makeMetricFinder(data: Pick<DataFiles, 'metrics'>): MetricFinder {
  // One phrase may name several metrics ("covers" 3,500 km or 1,200 acres); the value's kind and unit choose.
  const bySynonym = new Map<string, Array<{ id: string; kinds: readonly ClaimKind[]; units: readonly string[]; generic: boolean; noun: boolean; object: boolean }>>();
  for (const m of data.metrics.metrics) {
    const nouns = new Set(m.nounOnly.map((n) => n.toLowerCase()));
    const objects = new Set(m.objectOnly.map((n) => n.toLowerCase()));
    // Keyed as matches are looked up, spaces and hyphens alike ("like-for-like sales" is found as "like for like sales").
    for (const s of m.synonyms) {
      const key = s.toLowerCase().replace(/[\s-]+/g, ' ');
      bySynonym.set(key, [...(bySynonym.get(key) ?? []), { id: m.id, kinds: m.kinds, units: m.units, generic: m.generic, noun: nouns.has(s.toLowerCase()), object: objects.has(s.toLowerCase()) }]);
    }
  }
  // A value of a kind only one metric takes ("seventh" is a rank) has that metric even when no phrase names it.
  const only = new Map<ClaimKind, string>();
  for (const kind of ['rank', 'score'] as const) {
    const takers = data.metrics.metrics.filter((m) => m.kinds.includes(kind));
    if (takers.length === 1 && takers[0]) only.set(kind, takers[0].id);
  }
  // A value in a unit only one metric measures by default ("a 12-hectare site" is an area) has it when no phrase names another.
  const byUnit = new Map<string, string>();
  for (const m of data.metrics.metrics) if (m.unitDefault) m.units.forEach((u) => byUnit.set(u, m.id));
  // "the 1,200 MW project", "The 1,200 kg spacecraft": a quantity standing as an adjective before its thing is that
  // thing's size, in the one steady metric of its unit (MW: power capacity), even where the unit has no default.
  const sizeOf = new Map<string, string>();
  for (const unit of new Set(data.metrics.metrics.flatMap((m) => m.units))) {
    const named = data.metrics.metrics.filter((m) => m.units.includes(unit) && m.attributive);
    const steady = named.length ? named : data.metrics.metrics.filter((m) => m.units.includes(unit) && !m.timeVarying);
    if (steady.length === 1 && steady[0]) sizeOf.set(unit, steady[0].id);
  }
  // "raised £2 million for charity": a cue in the sentence turns one metric into another (metrics.yaml `replaces`).
  const replacements = data.metrics.metrics.flatMap((m) =>
    m.replaces.map((r) => ({ from: r.metric, to: m.id, cue: new RegExp(`\\b(?:${r.cues.map(esc).join('|')})\\b`, 'i') })),
  );
  const replaced = (hit: MetricHit | null, sentence: string): MetricHit | null => {
    const r = hit ? replacements.find((x) => x.from === hit.id && x.cue.test(sentence)) : undefined;
    return hit && r ? { ...hit, id: r.to } : hit;
  };
  const syns = [...bySynonym.keys()].sort((a, b) => b.length - a.length);
  const re = syns.length ? new RegExp(`\\b(?:${syns.map(esc).join('|')})\\b`, 'gi') : null;
  let lastSentence: string | null = null;
  let lastHits: Array<{ start: number; text: string }> = [];
  return (sentence, valueStart, valueEnd, kind, unit) => {
    const fallback = only.get(kind) ?? (kind === 'quantity' && unit ? (byUnit.get(unit) ?? (attributive(sentence, valueStart, valueEnd) ? sizeOf.get(unit) : undefined)) : undefined);
    if (!re) return fallback ? { start: valueStart, end: valueEnd, id: fallback } : null;
    let best: MetricHit | null = null;
    let bestDist = Infinity;
    let generic: MetricHit | null = null;
    let genericDist = Infinity;
    let closed = false;
    let lastFit: { end: number } | null = null;
    // A sentence with several values is searched once.
    if (sentence !== lastSentence) [lastSentence, lastHits] = [sentence, execAll(re, sentence).map((m) => ({ start: m.index ?? 0, text: m[0] }))];
    for (const m of lastHits) {
      // "Quanta Pay", "Northwind Capital": a capitalised word right after a capitalised word is part of a name, not a
      // metric word (a title-case headline's "Alibaba to Invest" still is one).
      if (/^[A-Z][a-z]/.test(m.text) && /\b[A-Z][\w&'’-]*\s+$/.test(sentence.slice(Math.max(0, m.start - 30), m.start))) continue;
      const verb = VERB_BEFORE.test(sentence.slice(Math.max(0, m.start - 30), m.start));
      const hit = bySynonym
        .get(m.text.toLowerCase().replace(/[\s-]+/g, ' '))
        ?.find((h) => (h.kinds.length === 0 || h.kinds.includes(kind)) && (!unit || h.units.length === 0 || h.units.includes(unit)) && !(h.noun && verb));
      if (!hit) continue;
      const start = m.start;
      const end = start + m.text.length;
      if (hit.object && !(end <= valueStart && OBJECT_GAP.test(sentence.slice(end, valueStart)))) continue;
      // Metrics usually come before their value ("market share of 38%"); one after costs a little more.
      // A phrase written as the value's own noun ("a £300 million government grant", "$4 billion in revenue") is its metric.
      // "a final dividend of 14.2p a share, bringing the total to 21.0p": what a value is counted per names that
      // value's metric at most ("$62 a share" is a price per share), never another value's.
      const own = start >= valueEnd && /^\s+(?:a|an|per|each)\s+$/i.test(sentence.slice(valueEnd, start));
      if (!own && DENOMINATOR.test(sentence.slice(Math.max(0, start - 24), start))) continue;
      const attached = start >= valueEnd && ATTACHED.test(sentence.slice(valueEnd, start));
      // "The death toll from Cyclone Ilsa rose to 19": a phrase that is the subject of the verb whose complement is
      // the value names it, however long the phrase's own complement ("from Cyclone Ilsa").
      const subject = end <= valueStart && SUBJECT_OF.test(sentence.slice(end, valueStart));
      // "61.4% of patients at the trust's emergency departments were seen within four hours": the share's verb
      // phrase after its "of" phrase names it.
      const predicate = start >= valueEnd && PREDICATE_OF.test(sentence.slice(valueEnd, start));
      // A denominator ("a share") yields to a phrase written right before the value ("a dividend of 14.2p a share").
      const dist = own ? DENOMINATOR_DIST : attached || subject || predicate ? 0 : end <= valueStart ? valueStart - end : start >= valueEnd ? (start - valueEnd) * 1.5 : 0;
      if (dist > REACH) continue;
      // "Twelve people were injured and 300 homes were evacuated": a phrase that ends its clause before a conjunction
      // names what came before it, not the value after; the value then takes only a phrase written as its own noun.
      // "reported operating profit of £38 million and confirmed an order for ferries costing £120 million": a second
      // verb phrase joined by "and" ends the first one's reach.
      if (end <= valueStart && ANOTHER_VERB.test(sentence.slice(end, valueStart))) continue;
      if (end <= valueStart && CLOSED.test(sentence.slice(end, valueStart))) {
        closed = true;
        continue;
      }
      if (closed && start >= valueEnd && !attached) continue;
      if (start >= valueEnd && !attached && CLAUSE_BREAK.test(sentence.slice(valueEnd, start))) continue;
      // "an order book of 420 trains worth £6.2 billion", "a backlog of 1,450 aircraft, worth $140 billion": the
      // worth of a thing a metric names is that metric's value, not a market value.
      if (WORTH.test(m.text) && end <= valueStart && lastFit && !/\.\s/.test(sentence.slice(lastFit.end, start)) && WORTH_OF.test(sentence.slice(lastFit.end, start))) continue;
      if (!hit.generic) lastFit = { end };
      // "Net income rose 12%": "rose" only says the value is a change; "net income" names what changed.
      // "The endowment rose 8%": a thing the lexicon does not name changed, so the value has no metric.
      if (hit.generic && CHANGE_VERB.test(m.text) && unnamedThing(sentence.slice(0, start))) continue;
      if (hit.generic) {
        if (dist < genericDist) [generic, genericDist] = [{ start, end, id: hit.id }, dist];
      } else if (dist < bestDist) [best, bestDist] = [{ start, end, id: hit.id }, dist];
    }
    return replaced(best ?? generic, sentence) ?? (fallback ? { start: valueStart, end: valueEnd, id: fallback } : null);
  };
}

/** "the 1,200 MW project": a determiner (and perhaps one word) before a quantity … */
const ATTRIBUTIVE_BEFORE = /\b(?:a|an|the|its|their|his|her|our|this|that)\s+(?:[a-z-]+\s+)?$/i;
/** … and a noun right after it (perhaps after a conversion in brackets, or the thing's name: "a 2.8 km (1.7-mile)
 *  crossing", "the 2.8-mile Tavy Estuary Bridge"), not a preposition, a verb or an adverb of measure ("10 km long",
 *  "5 kg of rice"). */
const ATTRIBUTIVE_AFTER = /^(?:\s*\([^()]{1,30}\))?[\s-]+(?:(?!(?:of|per|a|an|the|and|or|to|in|on|at|by|for|from|with|is|was|are|were|has|have|had|will|would|can|could|that|which|than|more|less|each|every|long|wide|high|deep|tall|away|ago|north|south|east|west|across|thick|apart|below|above|under|over)\b)[a-z]{3,}\b|(?:[A-Z][\w-]*\s+){0,3}[A-Z][a-z]{2,}\b)/;

function attributive(sentence: string, start: number, end: number): boolean {
  return ATTRIBUTIVE_BEFORE.test(sentence.slice(Math.max(0, start - 30), start)) && ATTRIBUTIVE_AFTER.test(sentence.slice(end, end + 30));
}
