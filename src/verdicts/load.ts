// Reads a verdicts file's text. Pure: the CLI reads the file and reports the problems; nothing here throws.
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { parseYaml, zodProblems } from '../config/yaml-file.js';
import type { Problem } from '../core/problem.js';
import { verdictsFileSchema, type Verdicts } from './schema.js';

export type LoadedVerdicts = { ok: true; verdicts: Verdicts } | { ok: false; problems: Problem[] };

/** An empty set of verdicts, for a file that does not exist yet. */
export function emptyVerdicts(file: string): Verdicts {
  return { file, entries: new Map(), lines: new Map() };
}

export function parseVerdicts(file: string, text: string): LoadedVerdicts {
  // A file holding nothing but comments is a file with no verdicts yet.
  if (text.split('\n').every((l) => /^\s*(#.*)?$/.test(l))) return { ok: true, verdicts: emptyVerdicts(file) };
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return parsed;
  const result = verdictsFileSchema.safeParse(parsed.yaml.data);
  if (!result.success) return { ok: false, problems: zodProblems(parsed.yaml, result.error) };
  const verdicts = emptyVerdicts(file);
  const lines = keyLines(text, parsed.yaml.parsed);
  for (const [id, v] of Object.entries(result.data.verdicts)) {
    verdicts.entries.set(id, v);
    const line = lines.get(id);
    if (line !== undefined) verdicts.lines.set(id, line);
  }
  return { ok: true, verdicts };
}

/** Line of each key under `verdicts:`; parseYaml locates values, and an orphan report should point at the key. */
function keyLines(text: string, parsed?: { doc: Document.Parsed; lines: LineCounter }): Map<string, number> {
  // Key positions do not depend on the parse options, so the document parseYaml read serves (the YAML parser is
  // most of what reading a large verdicts file costs).
  let counter = parsed?.lines;
  let doc = parsed?.doc;
  if (!counter || !doc) {
    counter = new LineCounter();
    doc = parseDocument(text, { lineCounter: counter });
  }
  const out = new Map<string, number>();
  const root = doc.contents;
  if (!isMap(root)) return out;
  const list = root.items.find((p) => isScalar(p.key) && p.key.value === 'verdicts')?.value;
  if (!isMap(list)) return out;
  for (const pair of list.items) {
    if (isScalar(pair.key) && pair.key.range) out.set(String(pair.key.value), counter.linePos(pair.key.range[0]).line);
  }
  return out;
}
