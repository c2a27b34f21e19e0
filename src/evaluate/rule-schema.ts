// Every rule type's schema in one discriminated union. Adding a type here without an evaluator in
// evaluate/index.ts fails to compile (ts-pattern's exhaustive match).
import { z } from 'zod';
import { boilerplateFields, boilerplateSchema } from './boilerplate.js';
import { disclosureFields, disclosureSchema } from './disclosure.js';
import { fragmentFields, fragmentSchema } from './garbled-fragment.js';
import { garbledTextFields, garbledTextSchema } from './garbled-text.js';
import { valueConflictFields, valueConflictSchema } from './value-conflict.js';
import { timelineFields, timelineSchema } from './timeline.js';
import { dateConflictFields, dateConflictSchema } from './date-conflict.js';
import { conversionCheckFields, conversionCheckSchema } from './conversion-check.js';
import { sumCheckFields, sumCheckSchema } from './sum-check.js';
import { ratioCheckFields, ratioCheckSchema } from './ratio-check.js';
import { periodSanityFields, periodSanitySchema } from './period-sanity.js';
import { corroborationFields, corroborationSchema } from './corroboration.js';

export const ruleSchema = z.discriminatedUnion('type', [valueConflictSchema, garbledTextSchema, boilerplateSchema, disclosureSchema, timelineSchema, dateConflictSchema, conversionCheckSchema, sumCheckSchema, ratioCheckSchema, periodSanitySchema, corroborationSchema, fragmentSchema]);

export type RuleOptions = z.output<typeof ruleSchema>;
export type RuleType = RuleOptions['type'];

/** A validated rule with its id (from its file path) and where it came from. */
export type Rule = RuleOptions & { id: string; file: string };

/** Message template fields each rule type fills; a template naming any other field is a config error. */
export const ruleFields: Record<RuleType, readonly string[]> = {
  'value-conflict': valueConflictFields,
  'garbled-text': garbledTextFields,
  fragment: fragmentFields,
  boilerplate: boilerplateFields,
  disclosure: disclosureFields,
  timeline: timelineFields,
  'date-conflict': dateConflictFields,
  'conversion-check': conversionCheckFields,
  'sum-check': sumCheckFields,
  'ratio-check': ratioCheckFields,
  'period-sanity': periodSanityFields,
  corroboration: corroborationFields,
};

/** The finding kind each rule type produces, for listings and SARIF rule metadata. */
export const ruleKinds: Record<RuleType, 'contradiction' | 'garbled' | 'notice'> = {
  'value-conflict': 'contradiction',
  'garbled-text': 'garbled',
  fragment: 'garbled',
  boilerplate: 'notice',
  disclosure: 'notice',
  timeline: 'notice',
  'date-conflict': 'contradiction',
  'conversion-check': 'contradiction',
  'sum-check': 'contradiction',
  'ratio-check': 'contradiction',
  'period-sanity': 'contradiction',
  corroboration: 'notice',
};
