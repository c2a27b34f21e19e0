// A company named in full in one report and by its short name in another ("Lumora Health" / "Lumora") is one
// subject when the words left out are a trade's (rules/data/names.yaml).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import { bundledConfig, doc } from '../helpers.js';

const conflicts = (...docs: ReturnType<typeof doc>[]) => analyse(docs, bundledConfig()).findings.filter((f) => f.rule === 'core.value-conflict');

describe('short names across reports', () => {
  it('joins "Lumora Health" and "Lumora"', () => {
    const a = doc('a.txt', 'Lumora priced its shares at $24 each in its flotation.\n', '2025-06-12');
    const b = doc('b.txt', 'Lumora Health sold shares at $26 apiece in its initial public offering.\n', '2025-06-12');
    expect(conflicts(a, b).map((f) => f.message)).toEqual([expect.stringContaining('"$26"')]);
  });
});
