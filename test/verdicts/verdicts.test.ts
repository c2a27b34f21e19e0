// The verdicts file on its own: parse with located errors, stable text, pure edits, orphans.
import { describe, expect, it } from 'vitest';
import { baseline, emptyVerdicts, formatVerdicts, orphans, parseVerdicts, setVerdict } from '../../src/verdicts/index.js';

const stamp = { who: 'ana', when: '2025-02-03' };
const ref = (id: string) => ({ id, rule: 'core.value-conflict', message: `finding ${id}` });

describe('parseVerdicts', () => {
  it('reads entries and the line of each key', () => {
    const text = 'version: 1\nverdicts:\n  aaaaaaaaaaaaaaaa:\n    status: dismissed\n    note: "x | y"\n    who: ana\n    when: 2025-01-02\n  bbbbbbbbbbbbbbbb: { status: accepted, who: bo, when: 2025-01-03 }\n';
    const r = parseVerdicts('v.yaml', text);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.verdicts.entries.get('aaaaaaaaaaaaaaaa')).toEqual({ status: 'dismissed', note: 'x | y', who: 'ana', when: '2025-01-02' });
    expect(r.verdicts.entries.get('bbbbbbbbbbbbbbbb')?.note).toBe('');
    expect(r.verdicts.lines.get('aaaaaaaaaaaaaaaa')).toBe(3);
    expect(r.verdicts.lines.get('bbbbbbbbbbbbbbbb')).toBe(8);
  });

  it('treats a file of comments as empty', () => {
    const r = parseVerdicts('v.yaml', '# nothing yet\n\n');
    expect(r.ok && r.verdicts.entries.size).toBe(0);
  });

  it('locates every schema problem at file:line:col', () => {
    const text = 'version: 1\nverdicts:\n  aaaaaaaaaaaaaaaa:\n    status: maybe\n    who: ana\n    when: 2025-13-40\n';
    const r = parseVerdicts('v.yaml', text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const where = r.problems.map((p) => `${p.file}:${p.line}:${p.column}`).sort();
    expect(where).toEqual(['v.yaml:4:13', 'v.yaml:6:11']);
  });

  it('rejects a key that is not a fingerprint, and broken YAML', () => {
    const bad = parseVerdicts('v.yaml', 'version: 1\nverdicts:\n  not-an-id: { status: accepted, who: a, when: 2025-01-01 }\n');
    expect(bad.ok).toBe(false);
    const broken = parseVerdicts('v.yaml', 'version: 1\nverdicts: [\n');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]?.message).toMatch(/^invalid YAML/);
  });
});

describe('formatVerdicts', () => {
  it('sorts by fingerprint and reads back to the same verdicts', () => {
    let v = emptyVerdicts('v.yaml');
    v = setVerdict(v, ref('ffffffffffffffff'), { status: 'confirmed', note: 'a: b | "c"' }, stamp);
    v = setVerdict(v, ref('0000000000000001'), { status: 'dismissed', note: '' }, stamp);
    const text = formatVerdicts(v);
    expect(text.indexOf('0000000000000001')).toBeLessThan(text.indexOf('ffffffffffffffff'));
    const back = parseVerdicts('v.yaml', text);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect([...back.verdicts.entries]).toEqual([...v.entries].sort(([a], [b]) => (a < b ? -1 : 1)));
    expect(formatVerdicts(back.verdicts)).toBe(text);
  });
});

describe('baseline and orphans', () => {
  it('baseline adds only findings without a verdict; orphans are verdicts no finding claims', () => {
    const start = setVerdict(emptyVerdicts('v.yaml'), ref('1111111111111111'), { status: 'dismissed', note: 'no' }, stamp);
    const done = baseline(start, [ref('1111111111111111'), ref('2222222222222222')], 'baseline', stamp);
    expect(done.added).toEqual(['2222222222222222']);
    expect(done.verdicts.entries.get('1111111111111111')?.status).toBe('dismissed');
    expect(done.verdicts.entries.get('2222222222222222')?.status).toBe('accepted');
    expect(orphans(done.verdicts, new Set(['2222222222222222'])).map((o) => o.id)).toEqual(['1111111111111111']);
  });
});

describe('orphans and the documents a run read', () => {
  const withFiles = (id: string, files: string[]) => ({ ...ref(id), files });

  it('keeps the documents of a finding with its verdict, and writes them back the same', () => {
    const v = setVerdict(emptyVerdicts('v.yaml'), withFiles('1111111111111111', ['seeds/a.txt', 'seeds/b.txt']), { status: 'confirmed', note: '' }, stamp);
    const text = formatVerdicts(v);
    expect(text).toContain('files:\n      - seeds/a.txt\n      - seeds/b.txt');
    const back = parseVerdicts('v.yaml', text);
    expect(back.ok && back.verdicts.entries.get('1111111111111111')?.files).toEqual(['seeds/a.txt', 'seeds/b.txt']);
  });

  it('calls a verdict orphaned only when the run read every document its finding involved', () => {
    const v = baseline(emptyVerdicts('v.yaml'), [withFiles('1111111111111111', ['seeds/a.txt', 'seeds/b.txt']), ref('2222222222222222')], 'b', stamp).verdicts;
    const none = new Set<string>();
    // Another folder: the verdict with files is left alone; the one recorded without files is orphaned as before.
    expect(orphans(v, none, new Set(['other/x.txt'])).map((o) => o.id)).toEqual(['2222222222222222']);
    expect(orphans(v, none, new Set(['seeds/a.txt'])).map((o) => o.id)).toEqual(['2222222222222222']);
    expect(orphans(v, none, new Set(['seeds/a.txt', 'seeds/b.txt', 'seeds/c.txt'])).map((o) => o.id)).toEqual(['1111111111111111', '2222222222222222']);
  });
});
