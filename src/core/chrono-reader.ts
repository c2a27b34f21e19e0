// chrono-node's casual English parser, given for each text only the parsers that could match it.
// chrono runs every one of its eighteen parsers' patterns over every text; most texts hold none of the words that
// half of them require ("ago", a month's name, "tonight"), and a pattern that cannot match adds no result, so
// leaving its parser out changes nothing the refiners see: the results are the same, for less work. A pattern
// that never runs is never compiled either (chrono's "… ago" and "… later" patterns each take about 0.1 s).
// English only: the package's main entry loads all fifteen locales (about 250 modules, 0.3 s of every run's
// start-up); its `parse` is this module's casual parser, so results are the same.
import { casual, Chrono, type ParsedResult, type ParsingOption, type ParsingReference } from 'chrono-node/en';

/**
 * Words one of which each of these parsers' patterns requires (the patterns are case-insensitive, as these
 * tests are), read off chrono-node 2.10.3 by its parsers' names. A parser not named here always runs.
 * test/core/chrono-reader.test.ts holds the patterns they were read from: an upgrade that changes one fails there.
 */
export const REQUIRED_WORDS: Readonly<Record<string, RegExp>> = {
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENTimeUnitLaterFormatParser: /later|after|from now|henceforth|forward|out/i,
  // "tmrw" holds "tmr", "last night" holds "night".
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i,
  // "midnight" holds "night".
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/i,
  ENEndOfCurrentMonthParser: /month/i,
  // Every day's name and abbreviation starts with one of these; "weekend" and "weekday" hold "week".
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|week/i,
  // "after this" holds "this".
  ENRelativeDateFormatParser: /this|last|past|next|after/i,
  // Every month's name and abbreviation starts with one of these.
  ENMonthNameLittleEndianParser: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
  ENMonthNameMiddleEndianParser: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
  ENMonthNameParser: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
  ENYearMonthNameParser: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
  // 2024-03-…
  ISOFormatParser: /[0-9]-[0-9]/,
  // 3/2024
  ENSlashMonthFormatParser: /[0-9]\/[0-9]/,
  // 2024.03.…, 2024 Mar …
  ENYearMonthDayParser: /[0-9]{4}[-./\s]/,
  // 03/04, 3.4, 3-4
  SlashDateFormatParser: /[0-9][-./][0-9]/,
};

const parsers = casual.parsers.map((parser) => ({ parser, needs: REQUIRED_WORDS[parser.constructor.name] ?? null }));
/** One reader per set of parsers left out (a bit each), made when first needed: a run needs a few dozen. */
const readers = new Map<number, Chrono>();

function readerFor(text: string): Chrono {
  let skip = 0;
  for (let i = 0; i < parsers.length; i++) if (parsers[i]?.needs?.test(text) === false) skip |= 1 << i;
  let reader = readers.get(skip);
  if (!reader) {
    reader = new Chrono({ parsers: casual.parsers.filter((_, i) => (skip & (1 << i)) === 0), refiners: casual.refiners });
    readers.set(skip, reader);
  }
  return reader;
}

/** The same results as chrono's casual English `parse`. */
export function parseDates(text: string, ref?: ParsingReference | Date, option?: ParsingOption): ParsedResult[] {
  return readerFor(text).parse(text, ref, option);
}

/** The names of the parsers chrono has, for the test that checks the table above still fits them. */
export function parserNames(): string[] {
  return parsers.map(({ parser }) => parser.constructor.name);
}
