import type { Report } from './model.js';

export interface JsonOptions {
  /** Include every extracted claim (true for `claims`, and for `check` since other tools consume them). */
  claims: boolean;
}

/** The JSON contract, pretty-printed with a trailing newline. */
export function formatJson(report: Report, options: JsonOptions = { claims: true }): string {
  const { claims, ...rest } = report;
  return `${JSON.stringify(options.claims ? { ...rest, claims } : rest, null, 2)}\n`;
}
