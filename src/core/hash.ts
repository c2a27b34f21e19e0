import { createHash } from 'node:crypto';

/** A short stable fingerprint of content parts; independent of platform and locale. */
export function fingerprint(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u241f')).digest('hex').slice(0, 16);
}
