// Human-readable values for messages and reports: one implementation, used by evaluators and formatters.
import type { Interval } from './types.js';

const SCALES: ReadonlyArray<[number, string]> = [
  [1e12, ' trillion'],
  [1e9, ' billion'],
  [1e6, ' million'],
];

/** 53e9 → "53 billion"; 0.125 → "0.125"; stable to 4 significant digits. */
export function formatNumber(n: number): string {
  const abs = Math.abs(n);
  for (const [size, word] of SCALES) if (abs >= size) return `${trimZeros((n / size).toPrecision(4))}${word}`;
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  return trimZeros(n.toPrecision(4));
}

function trimZeros(s: string): string {
  return s.includes('.') && !s.includes('e') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** Places a unit around a number: "$53 billion", "38%", "15x", "1.8 million developers". */
export function withUnit(n: number, unit: string): string {
  const num = formatNumber(n);
  if (unit === '%') return `${num}%`;
  if (unit === 'pp') return `${num} pp`;
  if (unit === 'x') return `${num}x`;
  if (unit === 'rank') return `#${num}`;
  // Temperatures are stored in the base unit "c" (rules/data/units.yaml); a reader expects the degree sign.
  if (unit === 'c' || unit === 'f') return `${num} °${unit.toUpperCase()}`;
  if (unit.startsWith('count:')) return `${num} ${unit.slice(6)}`;
  if (unit === 'count') return num;
  if (/^[A-Z]{3}$/.test(unit)) return `${unit} ${num}`;
  return `${num} ${unit}`;
}

/** An interval in words: "38%", "> USD 50 billion", "USD 60 billion–65 billion". */
export function formatInterval(v: Interval): string {
  const { low, high, unit } = v;
  if (low !== null && high !== null) {
    if (low === high) return withUnit(low, unit);
    return `${withUnit(low, unit)} – ${withUnit(high, unit)}`;
  }
  if (low !== null) return `≥ ${withUnit(low, unit)}`;
  if (high !== null) return `≤ ${withUnit(high, unit)}`;
  return `any ${unit}`;
}
