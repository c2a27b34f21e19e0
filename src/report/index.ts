// Formatters by name: pure (report, options) → string. The CLI alone writes their output anywhere.
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import type { Report } from './model.js';
import { formatTable } from './table.js';

export type Formatter = (report: Report) => string;

export const formatters = {
  table: formatTable,
  markdown: formatMarkdown,
  json: (r: Report) => formatJson(r, { claims: true }),
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;

/** Output format implied by a file name, for --out. */
export function formatForFile(file: string): FormatName | null {
  if (/\.(md|markdown)$/i.test(file)) return 'markdown';
  if (/\.json$/i.test(file)) return 'json';
  if (/\.txt$/i.test(file)) return 'table';
  return null;
}

export { buildReport } from './build.js';
export type { Report } from './model.js';
