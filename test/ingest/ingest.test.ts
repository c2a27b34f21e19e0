import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/ingest/decode.js';
import { ingest } from '../../src/ingest/index.js';
import { readTextMeta } from '../../src/ingest/metadata.js';

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cc-ingest-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('decode', () => {
  it('normalises CRLF and lone CR to LF and drops a BOM, remembering it', () => {
    const r = decode(new TextEncoder().encode('\uFEFFa\r\nb\rc'));
    expect(r).toEqual({ ok: true, text: 'a\nb\nc', bom: true });
  });
  it('refuses NUL bytes and invalid UTF-8 with the offset of the first bad byte', () => {
    expect(decode(Uint8Array.from([0x61, 0x00, 0x62]))).toMatchObject({ ok: false, offset: 1 });
    expect(decode(Uint8Array.from([0x61, 0x62, 0xff]))).toMatchObject({ ok: false, reason: 'not valid UTF-8', offset: 2 });
  });
});

describe('readTextMeta', () => {
  it.each([
    ['Title of the piece here\nWednesday, Sep 24, 2025 2:48 am ET2min read\nBody.', '2025-09-24'],
    ['Wallstreetcn\n2023.07.14 07:17\nSomething happened today in the markets', '2023-07-14'],
    ['A headline about rain\nPosted on 3 June 2021\nText.', '2021-06-03'],
  ])('reads the dateline of %j', (text, date) => {
    expect(readTextMeta(text).published).toBe(date);
  });
  it('does not take an event date deep in the body for the publication date', () => {
    const body = Array.from({ length: 15 }, (_, i) => `Paragraph ${i} says nothing dated at all.`).join('\n');
    expect(readTextMeta(`${body}\nThe plant opened on 3 June 2021.`).published).toBeNull();
  });
  it('takes the first headline-like line as the title, skipping section labels', () => {
    expect(readTextMeta('Technology\n\nCompany stages a quiet rally on AI hopes\n\nPublished on\n').title).toBe('Company stages a quiet rally on AI hopes');
  });
});

describe('ingest', () => {
  it('reads folders recursively in code-point order and skips non-document files', () => {
    const dir = folder({ 'b.txt': 'B text.', 'a/z.md': 'Z text.', 'c.png': 'x', 'A.txt': 'upper' });
    const { docs, problems } = ingest([dir]);
    expect(problems).toEqual([]);
    expect(docs.map((d) => d.id.slice(dir.length + 1))).toEqual(['A.txt', 'a/z.md', 'b.txt']);
  });
  it('reports a binary document by name and line and still reads the others', () => {
    const dir = folder({ 'good.txt': 'Fine text.', 'bad.txt': Uint8Array.from([0x61, 0x0a, 0x00, 0x01]) });
    const { docs, problems } = ingest([dir]);
    expect(docs.map((d) => d.id)).toEqual([join(dir, 'good.txt')]);
    expect(problems).toEqual([expect.objectContaining({ file: join(dir, 'bad.txt'), line: 2, severity: 'error' })]);
    expect(problems[0]?.message).toMatch(/binary/);
  });
  it('reports a missing path and an empty folder as errors', () => {
    const empty = folder({ 'notes.png': 'x' });
    const { problems } = ingest(['/no/such/place', empty]);
    expect(problems.map((p) => [p.file, p.severity])).toEqual([
      ['/no/such/place', 'error'],
      [empty, 'error'],
    ]);
    expect(problems[1]?.message).toMatch(/no documents/);
  });
  it('takes metadata from sources.yaml when the text has none, and records which', () => {
    const dir = folder({
      'a.txt': 'Some headline for the story\n\nBody text.',
      'b.txt': 'Another headline for a story\nPosted on 3 June 2021\nBody.',
      'sources.yaml': 'a.txt:\n  publisher: Example News\n  published: 2025-02-20\nb.txt:\n  published: 2020-01-01\n',
    });
    const [a, b] = ingest([dir]).docs;
    expect([a?.published, a?.publishedSource, a?.publisher]).toEqual(['2025-02-20', 'sidecar', 'Example News']);
    expect([b?.published, b?.publishedSource]).toEqual(['2021-06-03', 'text']);
  });
  it('locates a broken sources.yaml entry', () => {
    const dir = folder({ 'a.txt': 'x', 'sources.yaml': 'a.txt:\n  published: 20 Feb\n  colour: red\n' });
    const { problems } = ingest([dir]);
    expect(problems.map((p) => [p.line, p.message.replace(/ \(at .*/, '')])).toEqual([
      [2, 'a date written YYYY-MM-DD'],
      [3, 'unknown key "colour"'],
    ]);
  });
});

describe('readTextMeta and the clock', () => {
  it('never takes a relative dateline, which would change with the day the check runs', () => {
    expect(readTextMeta('A headline about the weather\nPosted today\nBody text.').published).toBeNull();
    expect(readTextMeta('A headline about the weather\nUpdated 3 days ago\nBody text.').published).toBeNull();
  });
});

describe('document ids', () => {
  it('name a document the same way however the path is written, so fingerprints and verdicts match', () => {
    const dir = folder({ 'corpus/a.txt': 'Northwind reported revenue of $4 billion in 2024.\n' });
    const before = process.cwd();
    process.chdir(dir);
    try {
      const spellings = ['corpus', 'corpus/', './corpus', join(dir, 'corpus'), 'corpus//a.txt', join(dir, 'corpus', 'a.txt')];
      const ids = spellings.map((p) => ingest([p]).docs.map((d) => d.id));
      for (const got of ids) expect(got).toEqual(['corpus/a.txt']);
    } finally {
      process.chdir(before);
    }
  });
  it('keep a path outside the working folder as given', () => {
    const dir = folder({ 'b.txt': 'Some text.\n' });
    const ids = ingest([join(dir, 'b.txt')]).docs.map((d) => d.id);
    expect(ids).toEqual([join(dir, 'b.txt').replace(/\\/g, '/')]);
  });
});
