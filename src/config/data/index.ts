// Lexicons kept as data in rules/data/<name>.yaml, each with its schema. Adding a lexicon means adding a
// schema here; the loader validates every file in rules/data/ against the schema named by its file name.
import { z } from 'zod';

export const entitiesSchema = z
  .object({
    entities: z
      .array(
        z
          .object({
            id: z.string().min(1).describe('Canonical id, lower-case with dashes ("alibaba-cloud")'),
            name: z.string().min(1).describe('Display name ("Alibaba Cloud")'),
            kind: z.enum(['organization', 'person', 'product', 'place', 'event', 'other']).default('organization').describe('What sort of entity it is'),
            aliases: z.array(z.string().min(1)).default([]).describe('Other names and spellings ("Aliyun")'),
            parent: z.string().optional().describe('Id of an entity this one belongs to (a unit of a group)'),
          })
          .strict(),
      )
      .describe('Known entities and their aliases'),
    ignore: z
      .array(z.string().min(1))
      .default([])
      .describe('Capitalised words and acronyms that are never subjects ("AI", "CEO", "EPS")'),
  })
  .strict();

export const metricsSchema = z
  .object({
    metrics: z
      .array(
        z
          .object({
            id: z.string().min(1).describe('Canonical metric key ("market-share")'),
            synonyms: z.array(z.string().min(1)).min(1).describe('Phrases that name the metric, lower-case'),
            kinds: z
              .array(z.enum(['percent', 'money', 'count', 'multiple', 'rank', 'score', 'quantity', 'date']))
              .default([])
              .describe('Value kinds the metric takes; empty means any'),
            subjectKinds: z
              .array(z.enum(['organization', 'person', 'product', 'place', 'event', 'other']))
              .default([])
              .describe('Entity kinds the metric can be about (a person has no capex); empty means any'),
            units: z.array(z.string().min(1)).default([]).describe('Canonical units the metric takes ("m" for distance); empty means any'),
            generic: z.boolean().default(false).describe('Names only a change ("grew", "rose"): used when no other metric names the value'),
            nounOnly: z
              .array(z.string().min(1))
              .default([])
              .describe('Synonyms read only as nouns, never as a verb after "to", "will", "would" … ("pay": "will pay £1,700 a year" is a bill, "pay of £2.1m" is pay)'),
            attributive: z
              .boolean()
              .default(false)
              .describe('The metric of a quantity in one of `units` written as an adjective before its thing ("the 2.8 km bridge", "a 42.2 km race"), where its unit has several metrics'),
            objectOnly: z
              .array(z.string().min(1))
              .default([])
              .describe('Verb synonyms that name only the value right after them, their object ("recalled 410,000 heaters after 96 reports": the 96 is not recalled)'),
            change: z.boolean().default(false).describe('Every value is a change, however it is written ("a 4.5% pay offer" and "a 5.5% rise" are both pay rises)'),
            unitDefault: z
              .boolean()
              .default(false)
              .describe('A value in one of `units` that no phrase names takes this metric ("a 12-hectare site" is an area, "-12 °C" a temperature)'),
            timeVarying: z.boolean().default(false).describe('Values change over time (prices, P/E): dated differences are a timeline, not a conflict'),
            replaces: z
              .array(
                z
                  .object({
                    metric: z.string().min(1).describe('Id of the metric a phrase named ("ipo-proceeds" for "raised")'),
                    cues: z.array(z.string().min(1)).min(1).describe('Words or phrases, lower-case, any of which in the sentence makes the value this metric instead'),
                  })
                  .strict(),
              )
              .default([])
              .describe('Metrics this one takes the place of when a cue is in the sentence ("raised £2 million for charity" is donations, not ipo-proceeds)'),
            tolerance: z
              .object({
                relative: z.number().min(0).optional().describe('Allowed relative difference (0.02 = 2%)'),
                absolute: z.number().min(0).optional().describe('Allowed absolute difference in the canonical unit'),
              })
              .strict()
              .default({})
              .describe('How far apart two values may be and still agree'),
          })
          .strict(),
      )
      .describe('Canonical metrics and the phrases that name them'),
  })
  .strict();

export const sentencesSchema = z
  .object({
    abbreviations: z.array(z.string()).describe('Abbreviations a period does not end, lower-case without the final period'),
    starters: z.array(z.string()).describe('Words that open sentences; glued to a previous word they mark a lost period'),
    camelNames: z.array(z.string()).describe('Names written in camel case that are never split (DeepSeek, WeChat)'),
  })
  .strict();

export const boilerplateSchema = z
  .object({
    patterns: z.array(z.string()).describe('Regular expressions (case-insensitive) matching a whole paragraph of site furniture'),
  })
  .strict();

export const spinSchema = z
  .object({
    pairs: z
      .array(
        z
          .object({
            spun: z.string().min(1).describe('The substituted wording as spinners write it ("proportion value")'),
            original: z.string().min(1).describe('The wording it most likely replaced ("share price")'),
            weight: z.number().gt(0).max(1).default(1).describe('Evidence weight: 1 for phrases only spinners write, lower for odd but possible wording'),
            unlessBefore: z.string().optional().describe('Regular expression (case-insensitive) for the text right after the phrase that makes it legitimate ("was once" before "a")'),
            unlessAfter: z.string().optional().describe('Regular expression (case-insensitive) for the text right before the phrase that makes it legitimate ("considered one of" after "is")'),
          })
          .strict(),
      )
      .describe('Spin and tortured-phrase pairs'),
    allow: z.array(z.string()).default([]).describe('Legitimate phrases that look odd and must never count as spun'),
  })
  .strict();

export const currenciesSchema = z
  .object({
    currencies: z
      .array(
        z
          .object({
            code: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD').describe('ISO 4217 code'),
            symbols: z.array(z.string()).default([]).describe('Symbols written before the number ("$", "US$")'),
            words: z.array(z.string()).default([]).describe('Names written before or after the number, lower-case ("yuan", "rmb")'),
            wordsAfter: z
              .array(z.string())
              .default([])
              .describe('Names read only after the number, because before one they are ordinary words ("5,000 won", never "won 58 seats")'),
            subunits: z
              .array(
                z
                  .object({
                    names: z.array(z.string().min(1)).min(1).describe('Names written after the number, lower-case ("pence", "p"); a one-letter name only glued to it ("4.1p")'),
                    factor: z.number().positive().describe('Value of one subunit in the currency (0.01)'),
                  })
                  .strict(),
              )
              .default([])
              .describe('Smaller units of the currency ("a dividend of 4.1p a share", "325 pence"), stated in the currency'),
          })
          .strict(),
      )
      .describe('Currencies and how texts write them'),
    ambiguous: z
      .array(z.object({ symbol: z.string(), candidates: z.array(z.string()).min(2), assume: z.string() }).strict())
      .default([])
      .describe('Symbols shared by several currencies (¥): the code assumed, and the alternatives to mention'),
  })
  .strict();

export const scopesSchema = z
  .object({
    geographies: z
      .array(z.object({ id: z.string().min(1), names: z.array(z.string().min(1)).min(1) }).strict())
      .describe('Places that scope a value ("China", "domestic" in a Chinese source is left unresolved)'),
    segmentHeads: z
      .array(z.string().min(1))
      .describe('Nouns that close a market-segment phrase ("market", "sector"): the words before them name the segment'),
    placeNouns: z
      .array(z.string().min(1))
      .default([])
      .describe('Common nouns for a part of a place, lower-case ("in the capital", "in the north"): a value so placed holds there, and is scoped by the noun where no named place is nearer'),
    nationOpeners: z
      .array(z.string().min(1))
      .default([])
      .describe('Phrases that, opening a sentence, put its values in the whole country ("Across the country, …"), lower-case; read nowhere else'),
    subsets: z
      .array(z.string().min(1))
      .default([])
      .describe('Words that pick out a part of what a count counts, lower-case ("840 affordable homes" are not "2,400 homes"; "of which 720 will be affordable"): the word becomes the count\'s `subset` scope'),
  })
  .strict();

export const eventsSchema = z
  .object({
    events: z
      .array(
        z
          .object({
            id: z.string().min(1).describe('Canonical event key ("founded", "listing")'),
            triggers: z.array(z.string().min(1)).min(1).describe('Words or phrases that name the event, lower-case'),
            objectEvent: z
              .string()
              .min(1)
              .optional()
              .describe(
                'Event id for when the dated subject is the one thing the trigger acts on ("launched its Aurelis-1 satellite on March 4", "Aurelis-1 was launched on …"): a maker launches many things, each thing is launched once',
              ),
          })
          .strict(),
      )
      .describe('Events whose dates are compared across sources'),
  })
  .strict();

export const exchangeRatesSchema = z
  .object({
    rates: z
      .array(
        z
          .object({
            base: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD').describe('Currency of one unit (ISO 4217)'),
            quote: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as CNY').describe('Currency the rate is given in (ISO 4217)'),
            year: z.number().int().min(1900).max(2100).describe('Calendar year the rate is an average of'),
            rate: z.number().positive().describe('Units of quote per one unit of base'),
            source: z.string().min(1).describe('Where the figure comes from, so a reviewer can check it'),
          })
          .strict(),
      )
      .describe('Dated exchange rates for checking inline currency conversions'),
  })
  .strict();

export const unitsSchema = z
  .object({
    units: z
      .array(
        z
          .object({
            id: z.string().min(1).describe('Canonical unit key ("km")'),
            dimension: z.enum(['length', 'mass', 'area', 'volume', 'temperature', 'power', 'speed', 'magnitude']).describe('What the unit measures; only units of one dimension convert'),
            factor: z.number().positive().describe('Value in the dimension\'s base unit of one of this unit'),
            offset: z.number().default(0).describe('Added after the factor (temperatures only): base = value × factor + offset'),
            names: z.array(z.string().min(1)).min(1).describe('Ways texts write the unit, lower-case'),
            namesBefore: z.array(z.string().min(1)).default([]).describe('Ways texts write the unit before its number ("magnitude 6.4"), lower-case'),
          })
          .strict(),
      )
      .describe('Physical units with fixed conversion factors'),
    countNouns: z
      .array(
        z
          .object({
            id: z.string().min(1).describe('What the nouns count, used as the unit of grouped counts ("people")'),
            nouns: z.array(z.string().min(1)).min(1).describe('Plural nouns, lower-case, that count the same things once a metric says what the count is of'),
          })
          .strict(),
      )
      .default([])
      .describe('Counted nouns that are one unit when a metric names the count: "employs 14,000 people" and "has 14,000 staff"'),
  })
  .strict();

export const projectsSchema = z
  .object({
    nouns: z
      .array(z.string().regex(/^[a-z][a-z-]*$/, 'one lower-case word such as "expansion"'))
      .min(1)
      .describe('Nouns that name a project ("expansion", "upgrade"): "the project" points back to the last one costed, and they may name what a funding list pays for'),
  })
  .strict();

const nameWord = z.string().regex(/^[a-z][a-z-]*$/, 'one lower-case word such as "motors"');

export const namesSchema = z
  .object({
    shortNameDrops: z
      .array(nameWord)
      .min(1)
      .describe('Words of a company\'s full name its short name leaves out, legal forms and trades ("motors": "Halberd" is "Halberd Motors")'),
    companyKinds: z
      .array(nameWord)
      .min(1)
      .describe('Kinds of company before which a word of origin describes one named elsewhere ("airline": "the Nordic airline" names no "Nordic")'),
  })
  .strict();

/** Schemas by data file name (rules/data/<name>.yaml). */
export const dataSchemas = {
  entities: entitiesSchema,
  metrics: metricsSchema,
  sentences: sentencesSchema,
  boilerplate: boilerplateSchema,
  spin: spinSchema,
  currencies: currenciesSchema,
  scopes: scopesSchema,
  events: eventsSchema,
  'exchange-rates': exchangeRatesSchema,
  units: unitsSchema,
  projects: projectsSchema,
  names: namesSchema,
} as const;

export type DataName = keyof typeof dataSchemas;
export type DataFiles = { [K in DataName]: z.output<(typeof dataSchemas)[K]> };
