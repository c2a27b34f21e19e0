// A box-drawn table of fixed-width, word-wrapped columns, drawn exactly as cli-table3 0.6.5 draws one with
// `colWidths`, `wordWrap: true`, no colours and default characters and padding (test/report/grid.test.ts compares
// the two). cli-table3 took 11 s for the 3,000 findings of the 2 MB benchmark: its layout compares every cell with
// every cell above it, and it measures text with freshly built ANSI and emoji regular expressions, once per word,
// once per drawn line for the whole cell (a debug label), and once per character when that label is cut short.
import { createRequire } from 'node:module';
import type Table from 'cli-table3';

// cli-table3 is loaded when first needed: most runs (JSON, markdown, SARIF, plain ASCII tables) never need it.
const require = createRequire(import.meta.url);
let strlen: ((s: string) => number) | null = null;

/** cli-table3's own measure (widest line, in terminal columns), for text that is not plain printable ASCII. */
function cliStrlen(s: string): number {
  strlen ??= (require('cli-table3/src/utils.js') as { strlen(s: string): number }).strlen;
  return strlen(s);
}

/** The cli-table3 constructor, for the callers that still draw with it. */
export function cliTable(): typeof Table {
  return require('cli-table3') as typeof Table;
}

/** Terminal columns of one line of text; plain printable ASCII is one column a character, as cli-table3 counts it. */
function width(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return cliStrlen(s);
  }
  return s.length;
}

/** cli-table3's word wrap (utils.wordWrap): words packed greedily, the white space between them kept as written. */
function wrapLine(max: number, input: string): string[] {
  const lines: string[] = [];
  const split = input.split(/(\s+)/g);
  // The line so far as one string: the same pieces cli-table3 joins, without an array per line.
  let line = '';
  let lineLength = 0;
  let whitespace: string | undefined;
  for (let i = 0; i < split.length; i += 2) {
    const word = split[i] ?? '';
    const wordWidth = width(word);
    let next = lineLength + wordWidth;
    if (lineLength > 0 && whitespace) next += whitespace.length;
    if (next > max) {
      if (lineLength !== 0) lines.push(line);
      line = word;
      lineLength = wordWidth;
    } else {
      line += (whitespace || '') + word;
      lineLength = next;
    }
    whitespace = split[i + 1];
  }
  if (lineLength) lines.push(line);
  return lines;
}

/** cli-table3's truncate for text without escape codes: cut to fit, ending in "…" when cut. The caller has
 *  found that `s` is wider than `max`. */
function truncate(s: string, max: number): string {
  let out = s;
  const room = max - 1;
  if (out.length === width(out)) out = out.slice(0, room);
  else while (width(out) > room) out = out.slice(0, -1);
  return `${out}…`;
}

/** Rows of cells (the header first) drawn in columns of the given widths, padding included, as cli-table3 would. */
export function drawGrid(rows: ReadonlyArray<readonly string[]>, colWidths: readonly number[]): string {
  const rule = (left: string, mid: string, right: string) => left + colWidths.map((w) => '─'.repeat(w)).join(mid) + right;
  const out: string[] = [rule('┌', '┬', '┐')];
  rows.forEach((row, y) => {
    if (y > 0) out.push(rule('├', '┼', '┤'));
    const cells = colWidths.map((w, x) => ({ w, lines: (row[x] ?? '').split('\n').flatMap((l) => wrapLine(w - 2, l)) }));
    const height = Math.max(1, ...cells.map((c) => c.lines.length));
    for (let n = 0; n < height; n++) {
      let line = '';
      for (const { w, lines } of cells) {
        const text = lines[n];
        if (text === undefined) line += `│${' '.repeat(w)}`;
        else {
          // Wrapped lines almost always fit: measured once, cut (and measured again) only when they do not.
          const textWidth = width(text);
          const cut = textWidth <= w - 2 ? text : truncate(text, w - 2);
          line += `│ ${cut}${' '.repeat(Math.max(0, w - 2 - (cut === text ? textWidth : width(cut))))} `;
        }
      }
      out.push(`${line}│`);
    }
  });
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

/**
 * A table with a header row, as cli-table3 draws it with these fixed column widths and word wrap. Text holding a
 * terminal escape code (colour codes inside a quoted document, say) is left to cli-table3, which carries styles
 * across wrapped lines; drawGrid does not.
 */
export function drawTable(head: readonly string[], rows: ReadonlyArray<readonly string[]>, colWidths: readonly number[]): string {
  if (!head.some(escaped) && !rows.some((r) => r.some(escaped))) return drawGrid([head, ...rows], colWidths);
  const Table = cliTable();
  const t = new Table({ head: [...head], style: { head: [], border: [] }, colWidths: [...colWidths], wordWrap: true });
  t.push(...rows.map((r) => [...r]));
  return t.toString();
}

function escaped(cell: string): boolean {
  return cell.includes('\u001b');
}
