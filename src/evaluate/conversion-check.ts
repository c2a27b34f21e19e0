// conversion-check: a value given twice in different units ("$53 billion (RMB 380 billion)", "500 miles
// (805 km)") must convert at the dated exchange rate of rules/data/exchange-rates.yaml, at the rate the other
// conversions in the corpus imply, or at the fixed factor of rules/data/units.yaml.
import { z } from 'zod';
import type { DataFiles } from '../config/data/index.js';
import { execAll } from '../core/regex.js';
import { render } from '../core/template.js';
import type { Claim, Interval, Span } from '../core/types.js';
import { draft, ruleBase, type Draft, type EvalContext } from './common.js';
import { between, bySentence, parseNumber, texts } from './nearby.js';

export const conversionCheckSchema = z
  .object({
    type: z.literal('conversion-check'),
    ...ruleBase,
    currencyTolerance: z
      .number()
      .min(0)
      .default(0.06)
      .describe('Relative difference allowed between the implied and the expected exchange rate (rates move within a year)'),
    unitTolerance: z.number().min(0).default(0.02).describe('Relative difference allowed for physical units, on top of the rounding of the converted figure'),
    linkers: z
      .array(z.string())
      .default(['(', '(about', '(approximately', '(around', '(roughly', '(some', '(or', '(~', 'or', 'or about', 'or roughly', 'about', 'i.e.', 'equivalent to', 'roughly'])
      .describe('Words between two values that make the second a conversion of the first, lower-case'),
  })
  .strict();

export type ConversionCheckRule = z.output<typeof conversionCheckSchema>;
export const conversionCheckFields = ['original', 'converted', 'implied', 'expected', 'basis'] as const;

interface Pair {
  from: { text: string; value: number; unit: string; span: Span; alts: string[] };
  to: { text: string; value: number; half: number; unit: string; span: Span; alts: string[] };
  year: number | null;
  claims: string[];
}

export function evaluateConversionCheck(rule: ConversionCheckRule, ctx: EvalContext): Draft[] {
  const linkers = new Set(rule.linkers.map((l) => l.replace(/\s+/g, ' ')));
  const docText = texts(ctx.docs);
  const year = new Map(ctx.docs.map((d) => [d.doc.id, d.doc.published ? Number(d.doc.published.slice(0, 4)) : null]));
  // "¥" may be yuan or yen: a conversion that fits any reading of an ambiguous symbol is not flagged.
  const alts = (c: Claim): string[] =>
    c.ambiguous ? [c.value.unit, ...ctx.data.currencies.ambiguous.filter((x) => x.assume === c.value.unit).flatMap((x) => x.candidates.filter((k) => k !== c.value.unit))] : [c.value.unit];
  const money: Pair[] = [];
  for (const list of bySentence(ctx.claims).values()) {
    for (let i = 0; i < list.length; i++) {
      const a = list[i] as Claim;
      if (a.kind !== 'money') continue;
      const yr = a.asOf ? Number(a.asOf.slice(0, 4)) : (year.get(a.doc) ?? null);
      if (a.conversion && a.conversion.value.unit !== a.value.unit) {
        const to = point(a.conversion.value);
        const from = point(a.value);
        if (to !== null && from !== null)
          money.push({ from: { text: a.text, value: from, unit: a.value.unit, span: a.span, alts: alts(a) }, to: { text: a.conversion.text, value: to, half: 0, unit: a.conversion.value.unit, span: a.conversion.span, alts: [a.conversion.value.unit] }, year: yr, claims: [a.id] });
        continue;
      }
      const b = list[i + 1];
      if (!b || b.kind !== 'money' || b.value.unit === a.value.unit) continue;
      const gapText = between(docText.get(a.doc) ?? '', a, b).trim().toLowerCase().replace(/\s+/g, ' ');
      if (!linkers.has(gapText)) continue;
      const from = point(a.value);
      const to = point(b.value);
      if (from === null || to === null || from === 0) continue;
      money.push({ from: { text: a.text, value: from, unit: a.value.unit, span: a.span, alts: alts(a) }, to: { text: b.text, value: to, half: 0, unit: b.value.unit, span: b.span, alts: alts(b) }, year: yr, claims: [a.id, b.id] });
    }
  }
  // Implied rates bucketed by currency pair (base→quote in code-point order), so peers are found by key.
  const byPair = new Map<string, Pair[]>();
  for (const p of money) {
    const k = [p.from.unit, p.to.unit].sort().join('/');
    const list = byPair.get(k);
    if (list) list.push(p);
    else byPair.set(k, [p]);
  }
  const out = money.flatMap((p) => checkCurrency(rule, ctx.data, p, (byPair.get([p.from.unit, p.to.unit].sort().join('/')) ?? []).filter((o) => o !== p)));
  const units = unitPairs(ctx.data);
  if (units) for (const d of ctx.docs) out.push(...checkUnits(rule, units, d.doc.id, d.doc.text, linkers));
  return out;
}

/** One number for an interval: its middle, or its stated end when the other is open. */
function point(v: Interval): number | null {
  if (v.low !== null && v.high !== null) return (v.low + v.high) / 2;
  return v.low ?? v.high;
}

/** Units of `quote` per one `base` in a year: direct, inverse, or through USD. Null when the table has none. */
export function tableRate(data: DataFiles, base: string, quote: string, year: number): { rate: number; source: string } | null {
  const rows = data['exchange-rates'].rates.filter((r) => r.year === year);
  const direct = (b: string, q: string): { rate: number; source: string } | null => {
    const r = rows.find((x) => x.base === b && x.quote === q);
    if (r) return { rate: r.rate, source: r.source };
    const inv = rows.find((x) => x.base === q && x.quote === b);
    return inv ? { rate: 1 / inv.rate, source: inv.source } : null;
  };
  const d = direct(base, quote);
  if (d) return d;
  const a = direct(base, 'USD');
  const b = direct('USD', quote);
  return a && b ? { rate: a.rate * b.rate, source: `${a.source}; ${b.source}` } : null;
}

function checkCurrency(rule: ConversionCheckRule, data: DataFiles, p: Pair, others: readonly Pair[]): Draft[] {
  const readings = p.from.alts
    .flatMap((f) => p.to.alts.map((t) => ({ ...p, from: { ...p.from, unit: f }, to: { ...p.to, unit: t } })))
    .filter((r) => r.from.unit !== r.to.unit);
  const results = readings.map((r) => checkReading(rule, data, r, others));
  // Report only when no reading fits, and then the reading the text's symbols were first taken as.
  return results.some((r) => r.length === 0) ? [] : (results[0] ?? []);
}

function checkReading(rule: ConversionCheckRule, data: DataFiles, p: Pair, others: readonly Pair[]): Draft[] {
  const implied = p.to.value / p.from.value;
  const all = [...new Set(data['exchange-rates'].rates.map((r) => r.year))].sort();
  const rated = (ys: readonly number[]) => ys.map((y) => ({ y, r: tableRate(data, p.from.unit, p.to.unit, y) })).filter((x) => x.r !== null);
  // The year of the text or the one before (a text dated early in a year often quotes last year's rate);
  // failing both, the year after. An undated text may use any year of the table.
  let fromTable = rated(p.year !== null ? [p.year, p.year - 1] : all);
  if (!fromTable.length && p.year !== null) fromTable = rated([p.year + 1]);
  let expected: { rate: number; basis: string }[] = fromTable.map((x) => ({ rate: x.r?.rate ?? 0, basis: `${x.y} average, ${x.r?.source}` }));
  if (!expected.length) {
    // No table rate: compare with what the corpus's other conversions between these currencies imply.
    const peers = others.flatMap((o) =>
      o.from.unit === p.from.unit && o.to.unit === p.to.unit ? [o.to.value / o.from.value] : o.from.unit === p.to.unit && o.to.unit === p.from.unit ? [o.from.value / o.to.value] : [],
    );
    if (peers.length < 2) return [];
    const sorted = [...peers].sort((a, b) => a - b);
    expected = [{ rate: sorted[Math.floor(sorted.length / 2)] ?? 0, basis: `median of ${peers.length} other conversions in these documents` }];
  }
  if (expected.some((e) => Math.abs(implied / e.rate - 1) <= rule.currencyTolerance)) return [];
  // Name the rate of the text's own year when there is one; for undated texts, the closest year's.
  const nearest = p.year !== null ? expected[0] : [...expected].sort((a, b) => Math.abs(implied / a.rate - 1) - Math.abs(implied / b.rate - 1))[0];
  if (!nearest) return [];
  return [
    draft({
      kind: 'contradiction',
      severity: rule.severity,
      message: render(rule.message, {
        original: `"${p.from.text}"`,
        converted: `"${p.to.text}"`,
        implied: `${fmt(implied)} ${p.to.unit}/${p.from.unit}`,
        expected: `${fmt(nearest.rate)} ${p.to.unit}/${p.from.unit}`,
        basis: nearest.basis,
      }),
      spans: [p.from.span, p.to.span],
      claims: p.claims,
      key: [p.from.span.doc, p.from.unit, p.to.unit, String(p.from.value), String(p.to.value)],
      actual: `${fmt(implied)} ${p.to.unit}/${p.from.unit}`,
      expected: [`${fmt(nearest.rate)} ${p.to.unit}/${p.from.unit} (${nearest.basis})`],
    }),
  ];
}

const NUM = String.raw`(\d[\d,]*(?:\.\d+)?(?:\s*(?:thousand|million|billion))?)`;

interface UnitPairs {
  byName: Map<string, DataFiles['units']['units'][number]>;
  /** "N unit … N unit"; global, read only through execAll (which leaves lastIndex as it was), so it is shared by every document. */
  re: RegExp;
}

/** The units' names and the pattern of a value with its conversion: built once per run, not once per document. */
function unitPairs(data: DataFiles): UnitPairs | null {
  const byName = new Map<string, DataFiles['units']['units'][number]>();
  for (const u of data.units.units) for (const n of u.names) byName.set(n.toLowerCase(), u);
  const names = [...byName.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!names.length) return null;
  // A unit's name after a space or hyphen, or a capital C or F glued to the number ("31C (84F)").
  const unit = `(?:[\\s-]*(${names.join('|')})(?![\\w²³])|([CF])(?![\\w]))`;
  return { byName, re: new RegExp(`${NUM}${unit}([^\\d]{0,20}?)${NUM}${unit}`, 'gi') };
}

/** Physical conversions written inline ("500 miles (805 km)"), found in the text with the units' names. */
function checkUnits(rule: ConversionCheckRule, { byName, re }: UnitPairs, docId: string, text: string, linkers: ReadonlySet<string>): Draft[] {
  const out: Draft[] = [];
  for (const m of execAll(re, text)) {
    const [whole, n1 = '', named1, glued1, link = '', n2 = '', named2, glued2] = m;
    // A glued letter is a temperature only as a capital ("31C"); the pattern is case-insensitive for the names.
    if ((glued1 && glued1 !== glued1.toUpperCase()) || (glued2 && glued2 !== glued2.toUpperCase())) continue;
    const u1 = named1 ?? `°${glued1 ?? ''}`;
    const u2 = named2 ?? `°${glued2 ?? ''}`;
    if (!linkers.has(link.trim().toLowerCase().replace(/\s+/g, ' '))) continue;
    const a = byName.get(u1.toLowerCase());
    const b = byName.get(u2.toLowerCase());
    const x = parseNumber(n1);
    const y = parseNumber(n2);
    if (!a || !b || !x || !y || a.id === b.id || a.dimension !== b.dimension) continue;
    const expected = (x.value * a.factor + a.offset - b.offset) / b.factor;
    const allowed = y.half + rule.unitTolerance * Math.abs(expected);
    if (Math.abs(expected - y.value) <= allowed) continue;
    const start = m.index ?? 0;
    const span = { doc: docId, start, end: start + whole.length };
    out.push(
      draft({
        kind: 'contradiction',
        severity: rule.severity,
        message: render(rule.message, {
          original: `"${n1} ${u1}"`,
          converted: `"${n2} ${u2}"`,
          implied: `${fmt(y.value / x.value)} ${b.id}/${a.id}`,
          expected: `${fmt(expected)} ${b.id} (${fmt(expected / x.value)} ${b.id}/${a.id})`,
          basis: `fixed factor for ${a.dimension}`,
        }),
        spans: [span],
        key: [docId, whole],
        actual: `${n2} ${u2}`,
        expected: [`${fmt(expected)} ${b.id}`],
      }),
    );
  }
  return out;
}

function fmt(n: number): string {
  const r = Number(n.toPrecision(4));
  return String(r);
}

