// Loads rules/ : rule files (one rule each, id from the path) and data files (rules/data/<name>.yaml).
// Never throws at the user: every problem in every file is collected with file:line:col.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../core/problem.js';
import { malformedForms, templateFields } from '../core/template.js';
import { ruleFields, ruleSchema, type Rule, type RuleType } from '../evaluate/rule-schema.js';
import { dataSchemas, type DataFiles, type DataName } from './data/index.js';
import { parseYaml, zodProblems, type YamlFile } from './yaml-file.js';

/** The rules/ folder that ships with the package (two levels up from src/config or dist/config). */
export const BUNDLED_RULES = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules');

export interface Config {
  rules: Rule[];
  data: DataFiles;
  /** Where each data file came from, for `claimcheck rules`. */
  dataFiles: Record<DataName, string>;
}

export type Loaded = { ok: true; config: Config; problems: Problem[] } | { ok: false; problems: Problem[] };

const YAML_EXT = new Set(['.yaml', '.yml']);

export function loadConfig(dir: string = BUNDLED_RULES): Loaded {
  const problems: Problem[] = [];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { ok: false, problems: [{ file: dir, severity: 'error', message: 'rules folder not found (expected a folder of .yaml rule files)' }] };
  }
  const files = walk(dir).filter((f) => YAML_EXT.has(extname(f)));
  const rules: Rule[] = [];
  const data: Partial<Record<DataName, unknown>> = {};
  const dataFiles: Partial<Record<DataName, string>> = {};
  for (const file of files) {
    const rel = relative(dir, file).replace(/\\/g, '/');
    const parsed = parseYaml(file, readFileSync(file, 'utf8'));
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    if (rel.startsWith('data/')) {
      const loaded = loadData(parsed.yaml, rel.slice(5).replace(/\.ya?ml$/, ''));
      if (loaded.ok) {
        data[loaded.name] = loaded.value;
        dataFiles[loaded.name] = file;
      } else problems.push(...loaded.problems);
    } else {
      const rule = loadRule(parsed.yaml, rel.replace(/\.ya?ml$/, '').replace(/\//g, '.'));
      if (rule.ok) rules.push(rule.rule);
      else problems.push(...rule.problems);
    }
  }
  // A rules folder of one's own may leave out the lexicons; those come from the bundled ones.
  for (const name of Object.keys(dataSchemas) as DataName[]) {
    if (data[name] !== undefined || dir === BUNDLED_RULES) continue;
    const file = join(BUNDLED_RULES, 'data', `${name}.yaml`);
    const parsed = parseYaml(file, readFileSync(file, 'utf8'));
    const loaded = parsed.ok ? loadData(parsed.yaml, name) : null;
    if (loaded?.ok) {
      data[name] = loaded.value;
      dataFiles[name] = file;
    }
  }
  for (const name of Object.keys(dataSchemas) as DataName[]) {
    if (data[name] === undefined && !problems.some((p) => p.file.endsWith(`${name}.yaml`))) {
      problems.push({ file: join(dir, 'data', `${name}.yaml`), severity: 'error', message: `data file missing (expected rules/data/${name}.yaml)` });
    }
  }
  if (rules.length === 0 && problems.length === 0) {
    problems.push({ file: dir, severity: 'error', message: 'no rule files found (expected .yaml files naming a rule type)' });
  }
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  rules.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { ok: true, config: { rules, data: data as DataFiles, dataFiles: dataFiles as Record<DataName, string> }, problems };
}

type Result<T> = ({ ok: true } & T) | { ok: false; problems: Problem[] };

function loadData(yaml: YamlFile, name: string): Result<{ name: DataName; value: unknown }> {
  if (!(name in dataSchemas)) {
    const known = Object.keys(dataSchemas).join(', ');
    return { ok: false, problems: [{ file: yaml.file, line: 1, column: 1, severity: 'error', message: `unknown data file "${name}" (expected one of: ${known})` }] };
  }
  const schema = dataSchemas[name as DataName];
  const result = schema.safeParse(yaml.data);
  if (!result.success) return { ok: false, problems: zodProblems(yaml, result.error) };
  return { ok: true, name: name as DataName, value: result.data };
}

function loadRule(yaml: YamlFile, id: string): Result<{ rule: Rule }> {
  const raw = yaml.data;
  const at = (path: PropertyKey[]) => ({ file: yaml.file, ...yaml.locate(path), severity: 'error' as const });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ ...at([]), message: 'expected a mapping with a "type" key' }] };
  }
  const type = (raw as Record<string, unknown>).type;
  const known = Object.keys(ruleFields);
  if (typeof type !== 'string' || !known.includes(type)) {
    const found = type === undefined ? 'no type' : `"${String(type)}"`;
    return { ok: false, problems: [{ ...at(['type']), message: `unknown rule type: found ${found}, expected one of: ${known.join(', ')}` }] };
  }
  const result = ruleSchema.safeParse(raw);
  if (!result.success) return { ok: false, problems: zodProblems(yaml, result.error) };
  const allowed = ruleFields[type as RuleType];
  const malformed = malformedForms(result.data.message);
  if (malformed.length) {
    return { ok: false, problems: [{ ...at(['message']), message: `message has malformed field(s) ${malformed.join(', ')}; expected {field} or {field|singular|plural}` }] };
  }
  const unknown = templateFields(result.data.message).filter((f) => !allowed.includes(f));
  if (unknown.length) {
    return {
      ok: false,
      problems: [{ ...at(['message']), message: `message names unknown field(s) ${unknown.map((f) => `{${f}}`).join(', ')}; ${type} provides: ${allowed.map((f) => `{${f}}`).join(', ')}` }],
    };
  }
  const regexProblems = checkRegexes(result.data, at);
  if (regexProblems.length) return { ok: false, problems: regexProblems };
  return { ok: true, rule: { ...result.data, id, file: yaml.file } };
}

/** Any option named "patterns" must hold valid regular expressions. */
function checkRegexes(rule: object, at: (path: PropertyKey[]) => Omit<Problem, 'message'>): Problem[] {
  const patterns = (rule as { patterns?: unknown }).patterns;
  if (!Array.isArray(patterns)) return [];
  return patterns.flatMap((p, i) => {
    try {
      new RegExp(String(p), 'i');
      return [];
    } catch (e) {
      return [{ ...at(['patterns', i]), message: `invalid regular expression: ${(e as Error).message}` }];
    }
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}
