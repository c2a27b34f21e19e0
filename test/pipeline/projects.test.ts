import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import { bundledConfig, doc } from '../helpers.js';

const contradictions = (...docs: ReturnType<typeof doc>[]) =>
  analyse(docs, bundledConfig())
    .findings.filter((f) => f.kind === 'contradiction')
    .map((f) => ({ rule: f.rule, spans: f.spans.map((s) => docs.find((d) => d.id === s.doc)?.text.slice(s.start, s.end)) }));

describe('a project reported twice, end to end', () => {
  const a = doc(
    'a.txt',
    'Trustees approved a $64 million expansion of Calder Valley Library on Monday. The project will add 90 study rooms and is due to open in 2026.\n\nThe expansion is funded by a $40 million state grant and a $24 million county loan.\n',
  );
  const b = doc(
    'b.txt',
    'Trustees have backed a $70 million plan to enlarge Calder Valley Library, adding 120 study rooms by 2026.\n\nFunding comes from a $40 million state grant and a $20 million loan from Westshire Council.\n',
  );

  it('compares the costs, the rooms and the loans, and sums the funding against the cost', () => {
    const found = contradictions(a, b);
    expect(found).toEqual(
      expect.arrayContaining([
        { rule: 'core.value-conflict', spans: ['$64 million', '$70 million'] },
        { rule: 'core.value-conflict', spans: ['90', '120'] },
        { rule: 'core.value-conflict', spans: ['$24 million', '$20 million'] },
        { rule: 'core.sum-check', spans: ['$70 million', '$40 million', '$20 million'] },
      ]),
    );
    expect(found).toHaveLength(4);
  });
});
