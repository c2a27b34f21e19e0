// Formatters by name: pure (report, options) → string. The CLI alone writes their output anywhere.
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import type { Report } from './model.js';
import { formatSarif } from './sarif.js';
import { formatTable } from './table.js';
import type { FormatOptions } from './view.js';

export type Formatter = (report: Report, options: FormatOptions) => string;

export const formatters = {
  table: formatTable,
  markdown: formatMarkdown,
  json: (r: Report, o: FormatOptions) => formatJson(r, { ...o, claims: true }),
  github: formatGithub,
  sarif: formatSarif,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;

export const FORMAT_NAMES = Object.keys(formatters) as FormatName[];

/** Output format implied by a file name, for --out. */
export function formatForFile(file: string): FormatName | null {
  if (/\.(md|markdown)$/i.test(file)) return 'markdown';
  if (/\.sarif(\.json)?$/i.test(file)) return 'sarif';
  if (/\.json$/i.test(file)) return 'json';
  if (/\.txt$/i.test(file)) return 'table';
  return null;
}

export { buildReport, type BuildOptions } from './build.js';
export type { Report, ReportFinding } from './model.js';
export { DEFAULT_FORMAT, pending, shown, type FormatOptions } from './view.js';
