// Parses YAML keeping positions, and turns zod issues into located problems.
import { isMap, isSeq, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { Problem } from '../core/problem.js';
import { cachedYaml } from './yaml-cache.js';

export interface YamlFile {
  file: string;
  data: unknown;
  /** Line and column of the node at a path (or the nearest existing parent). */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
  /** The parsed document and its line counter, when the text was parsed (not read from the cache): a caller
   *  that needs more positions reads them here instead of parsing the text again. */
  parsed?: { doc: Document.Parsed; lines: LineCounter };
}

export type Parsed = { ok: true; yaml: YamlFile } | { ok: false; problems: Problem[] };

export function parseYaml(file: string, text: string): Parsed {
  const cached = cachedYaml(text);
  if (cached) {
    // Positions are needed only to report a problem: then the text is parsed after all.
    let parsed: YamlFile | null = null;
    const locate = (path: readonly PropertyKey[]) => {
      if (!parsed) {
        const full = parseText(file, text);
        if (!full.ok) return { line: 1, column: 1 };
        parsed = full.yaml;
      }
      return parsed.locate(path);
    };
    return { ok: true, yaml: { file, data: cached.data, locate } };
  }
  return parseText(file, text);
}

function parseText(file: string, text: string): Parsed {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return { file, line: pos.line, column: pos.col, severity: 'error', message: `invalid YAML: ${firstLine(e.message)}` };
      }),
    };
  }
  const locate = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let best = offsetOf(node) ?? 0;
    for (const key of path) {
      const next = child(node, key);
      if (next === undefined) break;
      node = next;
      best = offsetOf(node) ?? best;
    }
    const pos = lineCounter.linePos(best);
    return { line: pos.line, column: pos.col };
  };
  return { ok: true, yaml: { file, data: doc.toJS(), locate, parsed: { doc, lines: lineCounter } } };
}

function child(node: unknown, key: PropertyKey): unknown {
  if (isMap(node)) {
    const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
    // Point at the value when there is one, else at the key ("severity:" with nothing after it).
    return pair ? (pair.value ?? pair.key) : undefined;
  }
  if (isSeq(node) && typeof key === 'number') return node.items[key];
  return undefined;
}

function offsetOf(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

/** One problem per zod issue, located in the YAML file, in the form "message (at a.b, expected …)". */
export function zodProblems(yaml: YamlFile, error: z.ZodError, base: readonly PropertyKey[] = []): Problem[] {
  return error.issues.flatMap((issue) => {
    // An unknown key is located at the key itself, one problem per key, so each can be fixed where it is.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...base, ...issue.path, key];
        return { file: yaml.file, ...yaml.locate(path), severity: 'error' as const, message: `unknown key "${key}" (at ${path.map(String).join('.')})` };
      });
    }
    const path = [...base, ...issue.path];
    const where = path.length ? ` (at ${path.map(String).join('.')})` : '';
    return { file: yaml.file, ...yaml.locate(path), severity: 'error' as const, message: `${issue.message}${where}` };
  });
}
