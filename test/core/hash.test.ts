import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/core/hash.js';

describe('fingerprint', () => {
  it('is the first 16 hex digits of the sha256 of the parts joined by ␟, whichever digest call Node offers', () => {
    for (const parts of [[], [''], ['value-conflict', 'a.txt@3-9'], ['阿里巴巴', 'é', '€5bn', '\u241f']]) {
      const expected = createHash('sha256').update(parts.join('\u241f')).digest('hex').slice(0, 16);
      expect(fingerprint(parts)).toBe(expected);
    }
  });
});
