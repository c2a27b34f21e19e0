// The bundled rules' YAML, parsed at build time (`npm run build` runs build-yaml-cache.js): parsing the 70 kB of
// rules and lexicons cost every run 0.3–0.6 s of start-up, most of it the YAML parser warming up. Entries are keyed
// by a hash of the file's text, so an edited or user-written file is simply not found and is parsed as before.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentHash } from '../core/hash.js';

export const YAML_CACHE_FILE = join(dirname(fileURLToPath(import.meta.url)), 'yaml-cache.json');

/** Text hash → the parsed data as JSON (parsed again per use, so no two callers share an object). */
let entries: Map<string, string> | null = null;

/** The data a YAML text parses to, when the build parsed the same text without error; else null. */
export function cachedYaml(text: string): { data: unknown } | null {
  if (!entries) {
    entries = new Map();
    try {
      const raw = JSON.parse(readFileSync(YAML_CACHE_FILE, 'utf8')) as Record<string, string>;
      for (const [hash, json] of Object.entries(raw)) entries.set(hash, json);
    } catch {
      // No cache (running from source, or a build without it): every file is parsed.
    }
  }
  const json = entries.get(contentHash(text));
  return json === undefined ? null : { data: JSON.parse(json) };
}
