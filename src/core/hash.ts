import * as crypto from 'node:crypto';

/** sha256 in hex. crypto.hash (Node ≥ 20.12) digests in one call without building a Hash object, about twice as
 *  fast for the short inputs fingerprinted once per claim and finding; older Nodes (engines allows 20.0) build one. */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

/** A short stable fingerprint of content parts; independent of platform and locale. */
export function fingerprint(parts: readonly string[]): string {
  return sha256Hex(parts.join('\u241f')).slice(0, 16);
}

/** The full sha256 of a text, to recognise content seen before (see config/yaml-cache.ts). */
export function contentHash(text: string): string {
  return sha256Hex(text);
}
