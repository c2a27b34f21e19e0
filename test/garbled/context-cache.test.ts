// The context model's build-time cache (context-model.ts) must give exactly the counts decoding the JSON gives,
// and only for the source it was built from.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeContext, readContextCache, writeContextCache } from '../../src/language/context-model.js';

const source = readFileSync(new URL('../../rules/data/spin-context.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'claimcheck-context-'));

describe('context model cache', () => {
  const file = join(dir, 'context-cache.bin');
  writeContextCache(source, file);

  it('reads back the decoded counts, word for word', () => {
    const want = decodeContext(source);
    const got = readContextCache(source, file);
    expect(got).not.toBeNull();
    expect(got!.tokens).toBe(want.tokens);
    for (const k of ['uni', 'bi'] as const) {
      for (const part of ['keys', 'counts', 'bucket'] as const) {
        expect(Buffer.compare(Buffer.from(got![k][part].buffer, got![k][part].byteOffset, got![k][part].byteLength), Buffer.from(want[k][part].buffer, want[k][part].byteOffset, want[k][part].byteLength)), `${k}.${part}`).toBe(0);
      }
    }
  });

  it('serves no other source, and no damaged or missing file', () => {
    const other = Buffer.concat([source, Buffer.from(' ')]);
    expect(readContextCache(other, file)).toBeNull();
    const cut = join(dir, 'cut.bin');
    writeFileSync(cut, readFileSync(file).subarray(0, 1000));
    expect(readContextCache(source, cut)).toBeNull();
    expect(readContextCache(source, join(dir, 'missing.bin'))).toBeNull();
  });
});
