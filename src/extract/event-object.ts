// Which name a dated event acts on. "Aurelis Space launched its Aurelis-1 satellite on March 4": a maker launches
// many things, so its launch dates recur and are never compared; the satellite is launched once, so two dates for
// its launch are a contradiction. The event is about the thing when that thing is named as the trigger's object
// ("launched its first weather satellite, Aurelis-1,") or as the subject of its passive ("Aurelis-1 was launched").
import type { Mention } from '../resolve/entities.js';

/** Up to four lower-case words (possessive, article, adjectives, a noun and its appositive comma) before the name. */
const OBJECT_GAP = /^\s+(?:[a-z][a-z'’-]*\s+){0,4}(?:[a-z][a-z'’-]*,\s+)?$/;
/** "Aurelis-1 was launched", "the Vela probe had been launched": a passive whose subject is the thing. */
const PASSIVE_GAP = /^\s+(?:(?!(?:said|says|told|added|reported|reports|expects|expected|thinks|believes|claims|claimed|hopes|hoped)\b)[a-z]+\s+){0,2}(?:was|were|is|are|has\s+been|had\s+been|will\s+be|would\s+be)\s+(?:[a-z]+ly\s+)?$/;
/** "launched 22 Starlink satellites", "released two Qwen models": a count or a plural after the name is a batch
 *  of things, each with its own date. */
const BATCH_BEFORE = /\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|more)\s+(?:[a-z]+\s+){0,2}$/i;
/** "Qwen 2.5-Max", "Falcon 9 Block 5": a version written after the name that the name's id leaves out would make
 *  every version one thing with many launch dates. */
const VERSION_AFTER = /^[\s-]*(?:v?\d|[IVX]+\b|(?:Pro|Max|Plus|Mini|Ultra|Lite|Turbo|XL)\b)/;
const PLURAL_AFTER = /^\s+(?!(?:was|is|has|as|its|this|thus|plus|does|his|us)\b)[a-z]+s\b(?<!ss\b)/;

/** The mention the trigger at [start, end) acts on, or undefined when it names no single thing. */
export function eventObject(text: string, mentions: readonly Mention[], trigger: { start: number; end: number }): Mention | undefined {
  const object = mentions.find((m) => m.start >= trigger.end && OBJECT_GAP.test(text.slice(trigger.end, m.start)));
  const passive = [...mentions].reverse().find((m) => m.end <= trigger.start && PASSIVE_GAP.test(text.slice(m.end, trigger.start)));
  const thing = object ?? passive;
  if (!thing) return undefined;
  const after = text.slice(thing.end, thing.end + 20);
  // "Qwen 2.5-Max" known as an alias of Qwen: the id keeps no version, so neither may the event.
  const versions = text.slice(thing.start, thing.end).match(/\d+/g) ?? [];
  if (versions.some((v) => !thing.id.includes(v))) return undefined;
  if (BATCH_BEFORE.test(text.slice(Math.max(0, thing.start - 30), thing.start)) || PLURAL_AFTER.test(after) || VERSION_AFTER.test(after)) return undefined;
  return thing;
}
