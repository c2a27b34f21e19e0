// Every rule type's schema in one discriminated union. Adding a type here without an evaluator in
// evaluate/index.ts fails to compile (ts-pattern's exhaustive match).
import { z } from 'zod';
import { boilerplateFields, boilerplateSchema } from './boilerplate.js';
import { disclosureFields, disclosureSchema } from './disclosure.js';
import { garbledTextFields, garbledTextSchema } from './garbled-text.js';
import { valueConflictFields, valueConflictSchema } from './value-conflict.js';

export const ruleSchema = z.discriminatedUnion('type', [valueConflictSchema, garbledTextSchema, boilerplateSchema, disclosureSchema]);

export type RuleOptions = z.output<typeof ruleSchema>;
export type RuleType = RuleOptions['type'];

/** A validated rule with its id (from its file path) and where it came from. */
export type Rule = RuleOptions & { id: string; file: string };

/** Message template fields each rule type fills; a template naming any other field is a config error. */
export const ruleFields: Record<RuleType, readonly string[]> = {
  'value-conflict': valueConflictFields,
  'garbled-text': garbledTextFields,
  boilerplate: boilerplateFields,
  disclosure: disclosureFields,
};

/** The finding kind each rule type produces, for listings and SARIF rule metadata. */
export const ruleKinds: Record<RuleType, 'contradiction' | 'garbled' | 'notice'> = {
  'value-conflict': 'contradiction',
  'garbled-text': 'garbled',
  boilerplate: 'notice',
  disclosure: 'notice',
};
