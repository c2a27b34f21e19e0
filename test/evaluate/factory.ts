// Claims, documents and evaluation contexts built by hand, so evaluators are tested apart from extraction.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BUNDLED_RULES } from '../../src/config/load.js';
import { dataSchemas, type DataFiles, type DataName } from '../../src/config/data/index.js';
import type { Claim, ClaimDate, Segmented } from '../../src/core/types.js';
import type { EvalContext } from '../../src/evaluate/common.js';
import { group } from '../../src/resolve/index.js';

/** The bundled data files, each read with its own schema (independent of rule files being edited). */
export function bundledData(): DataFiles {
  const out: Partial<Record<DataName, unknown>> = {};
  for (const name of Object.keys(dataSchemas) as DataName[]) {
    const schema = dataSchemas[name];
    const parsed = schema.safeParse(parse(readFileSync(join(BUNDLED_RULES, 'data', `${name}.yaml`), 'utf8')));
    // Lexicons other teams are editing may be mid-edit; the evaluators here never read them.
    out[name] = parsed.success ? parsed.data : schema.safeParse({}).data;
  }
  return out as DataFiles;
}

const DATA = bundledData();

/** A one-paragraph document whose sentences are split at ". ". */
export function textDoc(id: string, text: string, published: string | null = null): Segmented {
  const sentences: { start: number; end: number; glued: boolean }[] = [];
  let start = 0;
  for (const m of text.matchAll(/\. /g)) {
    const end = (m.index ?? 0) + 1;
    sentences.push({ start, end, glued: false });
    start = end + 1;
  }
  sentences.push({ start, end: text.length, glued: false });
  return {
    doc: { id, text, bom: false, title: null, published, publishedSource: published ? 'sidecar' : 'none', publishedSpan: null, publisher: null, url: null },
    paragraphs: [{ index: 0, start: 0, end: text.length, sentences, boilerplate: false }],
  };
}

type Over = Partial<Omit<Claim, 'value'>> & { value?: Partial<Claim['value']> };

/**
 * A claim about `written` inside document `d`: its span is the first occurrence of `written` at or after
 * `from`, its sentence the one holding it.
 */
export function claim(d: Segmented, written: string, low: number | null, high: number | null, unit: string, over: Over = {}, from = 0): Claim {
  const start = d.doc.text.indexOf(written, from);
  if (start < 0) throw new Error(`"${written}" not in ${d.doc.id}`);
  const s = d.paragraphs[0]?.sentences.find((x) => x.start <= start && start < x.end) ?? { start: 0, end: d.doc.text.length };
  const { value, ...rest } = over;
  return {
    id: `${d.doc.id}:${start}`,
    doc: d.doc.id,
    span: { doc: d.doc.id, start, end: start + written.length },
    sentence: { doc: d.doc.id, start: s.start, end: s.end },
    kind: unit === '%' ? 'percent' : /^[A-Z]{3}$/.test(unit) ? 'money' : unit === 'date' ? 'date' : 'count',
    aspect: 'level',
    text: written,
    value: { low, high, unit, ...value },
    hedge: low === high ? 'exact' : low === null ? 'less-than' : high === null ? 'more-than' : 'range',
    ambiguous: false,
    subject: { id: 'acme', name: 'Acme', via: 'alias' },
    metric: 'revenue',
    noun: null,
    scope: {},
    period: null,
    impliedPeriod: null,
    deadline: false,
    asOf: null,
    event: null,
    date: null,
    conversion: null,
    restored: false,
    ...rest,
  };
}

export function dateOf(iso: string, precision: ClaimDate['precision'], inferred: string[] = []): ClaimDate {
  return { iso, precision, inferred };
}

/** Everything an evaluator reads, with groups built by the real resolver. */
export function context(docs: Segmented[], claims: Claim[]): EvalContext {
  return { docs, claims, groups: group(claims, DATA), data: DATA };
}

/** A shipped rule file (rules/core/<name>.yaml), validated with its schema. */
export function shippedRule<T extends { type: string }>(name: string, schema: { parse(x: unknown): T }): T {
  return schema.parse(parse(readFileSync(join(BUNDLED_RULES, 'core', `${name}.yaml`), 'utf8')));
}
