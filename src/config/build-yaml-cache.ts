// Writes yaml-cache.json beside the compiled config loader: the parsed data of every bundled rule and data file
// that parses without error and survives JSON unchanged (see yaml-cache.ts). Run by `npm run build`.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { LineCounter, parseDocument } from 'yaml';
import { contentHash } from '../core/hash.js';
import { BUNDLED_RULES } from './load.js';
import { YAML_CACHE_FILE } from './yaml-cache.js';

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : /\.ya?ml$/.test(name) ? [p] : [];
    });
}

const out: Record<string, string> = {};
for (const file of walk(BUNDLED_RULES)) {
  const text = readFileSync(file, 'utf8');
  // The options parseYaml uses, so the data is what it would read.
  const doc = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) continue;
  const data: unknown = doc.toJS();
  const json = JSON.stringify(data);
  // Values JSON cannot carry (.inf, .nan, -0) would come back different: such a file is left to the parser.
  if (json === undefined || !isDeepStrictEqual(JSON.parse(json), data)) continue;
  out[contentHash(text)] = json;
}
writeFileSync(YAML_CACHE_FILE, `${JSON.stringify(out)}\n`);
