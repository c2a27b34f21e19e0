// drawGrid must draw exactly what cli-table3 draws for the table report's settings, on text of every kind.
import Table from 'cli-table3';
import { describe, expect, it } from 'vitest';
import { drawGrid } from '../../src/report/grid.js';

const WIDTHS = [10, 22, 36, 62, 20];
const HEAD = ['severity', 'rule', 'where', 'message', 'fingerprint'];

function cli(rows: string[][], head = HEAD, colWidths = WIDTHS): string {
  const t = new Table({ head, style: { head: [], border: [] }, colWidths, wordWrap: true });
  t.push(...rows);
  return t.toString();
}

/** A small seeded generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['revenue', 'of', '$4.2 billion', '£16 million', '€3', '–', '—', '’s', '≥ 50', 'Ünïcödé', '日本語の文', '😀', 'e\u0301', '\t', '  ', '\n', '\n\n', 'a-very-long-hyphenated-word-that-cannot-fit-in-any-column-at-all', 'x'.repeat(70), '', ' ', 'ok.', '"quoted"', '(+3 more)', '\u00a0', 'Ω'];

function text(r: () => number): string {
  const n = Math.floor(r() * 12);
  let s = '';
  for (let i = 0; i < n; i++) s += (r() < 0.7 ? ' ' : '') + (PIECES[Math.floor(r() * PIECES.length)] ?? '');
  return s;
}

describe('drawGrid', () => {
  it('draws the findings table as cli-table3 does', () => {
    const rows = [
      ['error', 'core.value-conflict\n(contradiction)', 'a.txt:3:14\nb.txt:8:2', 'Revenue of Northwind differs: "$4.2 billion" [USD 4.2 billion] (a.txt) vs "$4.5 billion" [USD 4.5 billion] (b.txt)', 'abc123\nnew'],
      ['info', 'core.boilerplate\n(boilerplate)', 'c.txt:1:1', '', 'def456\nconfirmed\nin new document'],
    ];
    expect(drawGrid([HEAD, ...rows], WIDTHS)).toBe(cli(rows));
  });

  it('agrees on random text: wide and combining characters, long words, blank lines and cells', () => {
    const r = rng(7);
    for (let k = 0; k < 60; k++) {
      const rows = Array.from({ length: 1 + Math.floor(r() * 4) }, () => WIDTHS.map(() => text(r)));
      expect(drawGrid([HEAD, ...rows], WIDTHS)).toBe(cli(rows));
    }
  });

  it('agrees on a header that wraps and on narrow columns', () => {
    const head = ['a long header that wraps', 'b'];
    const rows = [['x'.repeat(9), 'two words'], ['', '']];
    expect(drawGrid([head, ...rows], [6, 5])).toBe(cli(rows, head, [6, 5]));
  });
});
