// Shared test helpers: the bundled config, and documents made in memory.
import { loadConfig, type Config } from '../src/config/load.js';
import type { Doc } from '../src/core/types.js';

let cached: Config | null = null;

/** The bundled rules/ configuration; fails the test when it does not load. */
export function bundledConfig(): Config {
  if (cached) return cached;
  const loaded = loadConfig();
  if (!loaded.ok) throw new Error(`bundled rules do not load: ${JSON.stringify(loaded.problems)}`);
  cached = loaded.config;
  return cached;
}

/** A document held in memory, as ingest would produce it. */
export function doc(id: string, text: string, published: string | null = null): Doc {
  return { id, text, bom: false, title: null, published, publishedSource: published ? 'sidecar' : 'none', publishedSpan: null, publisher: null, url: null };
}
