// A bundled file read through the build's YAML cache gives the data and positions the parser gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/config/yaml-file.js';
import { cachedYaml } from '../../src/config/yaml-cache.js';

const FILE = 'rules/data/metrics.yaml';

describe('parseYaml with the build cache', () => {
  it('reads nothing from a cache that is not there (tests run from source) or does not hold the text', () => {
    expect(cachedYaml('not: [in, any, cache]\n')).toBeNull();
  });

  it('locates a path in a cached file as in a parsed one', () => {
    const text = readFileSync(FILE, 'utf8');
    const viaParser = parseYaml(FILE, text);
    const edited = parseYaml(FILE, `${text}\n`);
    expect(viaParser.ok && edited.ok).toBe(true);
    if (!viaParser.ok || !edited.ok) return;
    expect(viaParser.yaml.data).toEqual(edited.yaml.data);
    expect(viaParser.yaml.locate(['metrics', 1, 'id'])).toEqual(edited.yaml.locate(['metrics', 1, 'id']));
  });
});
