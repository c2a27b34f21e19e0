import { describe, expect, it } from 'vitest';
import { lineIndex } from '../../src/core/line-index.js';
import { doc } from '../helpers.js';

describe('lineIndex', () => {
  it('maps offsets to 1-based lines and columns', () => {
    const at = lineIndex(doc('d', 'ab\ncde\n\nf'));
    expect([at(0), at(1), at(3), at(5), at(8)]).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 2, column: 1 },
      { line: 2, column: 3 },
      { line: 4, column: 1 },
    ]);
  });
  it('puts back the column a removed BOM took on line 1 only', () => {
    const at = lineIndex({ ...doc('d', 'ab\ncd'), bom: true });
    expect([at(0), at(3)]).toEqual([
      { line: 1, column: 2 },
      { line: 2, column: 1 },
    ]);
  });
});
