import type { Report } from './model.js';
import { shown, type FormatOptions } from './view.js';

export interface JsonOptions extends FormatOptions {
  /** Include every extracted claim (true for `claims`, and for `check` since other tools consume them). */
  claims: boolean;
}

/** The JSON contract, pretty-printed with a trailing newline. Dismissed findings follow showDismissed; stats count all. */
export function formatJson(report: Report, options: JsonOptions = { claims: true, showDismissed: false }): string {
  // Spreading keeps the report's key order; only the list of findings is replaced.
  const { claims: _claims, ...rest } = { ...report, findings: shown(report, options) };
  return `${JSON.stringify(options.claims ? { ...rest, claims: report.claims } : rest, null, 2)}\n`;
}
