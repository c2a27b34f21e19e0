import { createHash } from 'node:crypto';
import { casual } from 'chrono-node/en';
import { describe, expect, it } from 'vitest';
import { parseDates, parserNames, REQUIRED_WORDS } from '../../src/core/chrono-reader.js';

/** The patterns REQUIRED_WORDS was read from (sha256 of source and flags). When chrono-node changes one, read the
 *  new pattern, check that it still requires one of the words listed for it, and update its hash here. */
const READ_FROM: Record<string, string> = {
  ENYearMonthDayParser: '81d3ba077c548f50',
  ISOFormatParser: '0bcce0e3706dab6a',
  SlashDateFormatParser: 'a6ed09881f909e85',
  ENMonthNameLittleEndianParser: 'b14d5aad07cecfd3',
  ENMonthNameMiddleEndianParser: '10a66a5b63a78c43',
  ENWeekdayParser: 'f6ca32522a7d559f',
  ENSlashMonthFormatParser: 'de51617ec404266e',
  ENTimeUnitAgoFormatParser: '1c1d2693b64e895c',
  ENTimeUnitLaterFormatParser: 'f1a0a2ed282dffa0',
  ENYearMonthNameParser: 'a4000dbef75e6165',
  ENCasualDateParser: 'a560442935791abd',
  ENCasualTimeParser: 'ff6103b3d8640962',
  ENEndOfCurrentMonthParser: 'c38a0be3488e7399',
  ENMonthNameParser: 'e77adf0779401cbd',
  ENRelativeDateFormatParser: 'dc016e8d2d8d17ae',
};

/** A result reduced to what callers read. */
const shape = (rs: ReturnType<typeof parseDates>) =>
  rs.map((r) => ({ index: r.index, text: r.text, start: r.start.date().toISOString(), end: r.end?.date().toISOString() ?? null, year: r.start.isCertain('year'), month: r.start.isCertain('month'), day: r.start.isCertain('day') }));

describe('parseDates', () => {
  it('names only parsers chrono has, and reads each from the pattern it was checked against', () => {
    const names = parserNames();
    for (const name of Object.keys(REQUIRED_WORDS)) expect(names).toContain(name);
    const hashes: Record<string, string> = {};
    for (const parser of casual.parsers) {
      const name = parser.constructor.name;
      if (!REQUIRED_WORDS[name]) continue;
      // The context is read only by parsers whose pattern depends on options (none of those listed).
      const re = parser.pattern({ option: {} } as Parameters<typeof parser.pattern>[0]);
      hashes[name] = createHash('sha256').update(`${re.source}/${re.flags}`).digest('hex').slice(0, 16);
    }
    expect(hashes).toEqual(READ_FROM);
  });

  it('gives what chrono casual parse gives', () => {
    const texts = [
      'Published: March 3, 2024',
      'two years ago the plant opened',
      'three weeks later, on Tuesday, it closed',
      'by the end of the month',
      'last night at 9pm',
      'in Q3 2023 revenue rose 12% to $3.4 billion',
      'on 21.10.2022 and 2022-10-21, then 3/2023',
      'next quarter, this year, the past five years',
      'tomorrow morning at noon',
      'founded in 1962; listed in 2014',
      'it rose 3.5% from a year earlier',
      'nothing to see here',
      'Sept. 5th through the 9th of Sept 2021',
      'the weekend of 4 July',
    ];
    const ref = { instant: new Date(Date.UTC(2024, 2, 5, 12)), timezone: 0 };
    for (const text of texts) {
      expect(shape(parseDates(text, ref)), text).toEqual(shape(casual.parse(text, ref)));
      expect(shape(parseDates(text, new Date(Date.UTC(2000, 0, 1)))), text).toEqual(shape(casual.parse(text, new Date(Date.UTC(2000, 0, 1)))));
    }
  });
});
