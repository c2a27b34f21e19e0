// The garbled-text rule through the pipeline: findings per paragraph with suspects, originals, score, notes;
// cross-document alignment against a source in the same corpus.
import { describe, expect, it } from 'vitest';
import { lineIndex } from '../../src/core/line-index.js';
import { ingest } from '../../src/ingest/index.js';
import { analyse } from '../../src/pipeline.js';
import { bundledConfig, doc } from '../helpers.js';

const spunPara =
  'Alibaba’s proportion value was once close report lows, expansion was once stalling amid intensifying pageant, and control adjustments had been coming thick and rapid.';
const cleanPara = 'The comments were not widely picked up on. Days later, the share price hit a record high with its market value above $858 billion.';

describe('garbled-text rule', () => {
  it('reports the spun paragraph only, with suspects, originals, score and reasons', () => {
    const text = `${cleanPara}\n\n${spunPara}\n`;
    const out = analyse([doc('a.txt', text)], bundledConfig());
    const garbled = out.findings.filter((f) => f.rule === 'core.garbled-text');
    expect(garbled).toHaveLength(1);
    const f = garbled[0]!;
    expect(f.spans[0]).toEqual({ doc: 'a.txt', start: text.indexOf(spunPara), end: text.indexOf(spunPara) + spunPara.length });
    expect(f.suspects.find((s) => s.text === 'proportion value')).toMatchObject({ original: 'share price', reason: 'lexicon' });
    for (const s of f.suspects) expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
    expect(f.score).toBeGreaterThan(0.9);
    expect(f.notes[0]).toMatch(/^score \d\.\d\d: evidence/);
    expect(f.message).toContain('"proportion value" (likely "share price")');
  });

  it('flags a paragraph whose one suspect is a sure vector misfit, but only in a document spun elsewhere', () => {
    const short = 'Wu and Tsai additionally scrapped plans to record the logistics arm, marking a U-turn on earlier constancy.';
    const spunDoc = [spunPara, spunPara.replace('Alibaba’s', 'Tencent’s'), spunPara.replace('Alibaba’s', 'Baidu’s'), short].join('\n\n');
    const flagged = (text: string) => analyse([doc('a.txt', text)], bundledConfig()).findings.filter((f) => f.rule === 'core.garbled-text');
    const inSpun = flagged(spunDoc).find((f) => f.spans[0]!.start === spunDoc.indexOf(short));
    expect(inSpun?.suspects).toContainEqual(expect.objectContaining({ text: 'constancy', reason: 'embedding' }));
    expect(inSpun?.notes.some((n) => n.startsWith('document prior'))).toBe(true);
    expect(flagged(`${cleanPara}\n\n${short}\n`)).toEqual([]);
  });

  it('exposes swapped words by aligning with a source document in the corpus', () => {
    const source = 'The retailer said quarterly revenue rose 8% to $4.2 billion, helped by strong demand for household goods and a smaller decline in clothing sales than analysts had expected.';
    const spun = 'The retailer said quarterly revenue rose 8% to $4.2 bazillion, helped by strong demand for household goods and a littler declension in adorning sales than analysts had expected.';
    const noLexicon = { ...bundledConfig(), data: { ...bundledConfig().data, spin: { pairs: [], allow: [] } } };
    const out = analyse([doc('source.txt', source), doc('spun.txt', spun)], noLexicon);
    const garbled = out.findings.filter((f) => f.rule === 'core.garbled-text');
    expect(garbled.map((f) => f.spans[0]!.doc)).toEqual(['spun.txt']);
    const aligned = garbled[0]!.suspects.filter((s) => s.reason === 'alignment').map((s) => [s.text, s.original]);
    expect(aligned).toContainEqual(['littler declension', 'smaller decline']);
  });

  it('keeps a finding’s fingerprint when the detector finds other suspects in the same paragraph', () => {
    const source = 'The retailer said quarterly revenue rose 8% to $4.2 billion, helped by strong demand for household goods and a smaller decline in clothing sales than analysts had expected.';
    const spun = 'The retailer said quarterly revenue rose 8% to $4.2 bazillion, helped by strong demand for household goods and a littler declension in adorning sales than analysts had expected.';
    const noAlign = { ...bundledConfig(), rules: bundledConfig().rules.map((r) => (r.type === 'garbled-text' ? { ...r, align: false } : r)) };
    const run = (config: typeof noAlign, docs: ReturnType<typeof doc>[]) => analyse(docs, config).findings.filter((f) => f.rule === 'core.garbled-text' && f.spans[0]?.doc === 'spun.txt');
    const aligned = run(bundledConfig(), [doc('source.txt', source), doc('spun.txt', spun)]);
    const alone = run(noAlign, [doc('spun.txt', spun)]);
    expect(aligned).toHaveLength(1);
    expect(alone).toHaveLength(1);
    expect(alone[0]!.suspects.map((x) => x.text)).not.toEqual(aligned[0]!.suspects.map((x) => x.text));
    expect(alone[0]!.id).toBe(aligned[0]!.id);
    // Other words in the paragraph are another finding.
    const edited = run(noAlign, [doc('spun.txt', spun.replace('retailer', 'grocer'))]);
    expect(edited[0]!.id).not.toBe(alone[0]!.id);
  });

  it('flags the spun paragraphs of seed 001 and nothing in the four clean seeds', () => {
    const { docs } = ingest(['seeds']);
    const out = analyse(docs, bundledConfig());
    const lines = new Map<string, number[]>();
    for (const f of out.findings.filter((x) => x.rule === 'core.garbled-text')) {
      const d = docs.find((x) => x.id === f.spans[0]!.doc)!;
      lines.set(d.id, [...(lines.get(d.id) ?? []), lineIndex(d)(f.spans[0]!.start).line]);
    }
    expect([...lines.keys()]).toEqual(['seeds/001_ae388a1b57bf92f2.txt']);
    const flagged = lines.get('seeds/001_ae388a1b57bf92f2.txt')!;
    expect(flagged).toEqual(expect.arrayContaining([11, 13, 15, 83, 85, 105]));
    for (const clean of [27, 29, 31, 47, 49, 51]) expect(flagged).not.toContain(clean);
  });

  it('is byte-identical across runs', () => {
    const a = JSON.stringify(analyse([doc('c.txt', cleanPara)], bundledConfig()).findings);
    const b = JSON.stringify(analyse([doc('c.txt', cleanPara)], bundledConfig()).findings);
    expect(a).toBe(b);
    expect(JSON.parse(a).filter((f: { kind: string }) => f.kind === 'garbled')).toEqual([]);
  });
});
