// ingest: paths → documents with metadata, and a problem for everything that could not be read.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, normalize, relative, resolve } from 'node:path';
import type { Problem } from '../core/problem.js';
import type { Doc } from '../core/types.js';
import { byteLine, decode } from './decode.js';
import { readTextMeta } from './metadata.js';
import { readSidecar, type SourceMeta } from './sidecar.js';

/** Extensions read when a folder is given; a file named explicitly is read whatever its name. */
export const DOCUMENT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown']);
export const SIDECAR_NAME = 'sources.yaml';

export interface Ingested {
  docs: Doc[];
  problems: Problem[];
}

export function ingest(paths: readonly string[]): Ingested {
  const problems: Problem[] = [];
  const files = collectFiles(paths, problems);
  const sidecars = new Map<string, Map<string, SourceMeta>>();
  const docs: Doc[] = [];
  for (const file of files) {
    const dir = dirname(file);
    if (!sidecars.has(dir)) sidecars.set(dir, loadSidecar(dir, problems));
    const doc = readDoc(file, sidecars.get(dir)?.get(basename(file)), problems);
    if (doc) docs.push(doc);
  }
  return { docs, problems };
}

/** Expands folders (recursively, sorted by code point so the order never depends on the file system). */
function collectFiles(paths: readonly string[], problems: Problem[]): string[] {
  const out = new Set<string>();
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      problems.push({ file: p, severity: 'error', message: 'no such file or folder' });
      continue;
    }
    if (st.isDirectory()) {
      const found = walk(p).filter((f) => DOCUMENT_EXTENSIONS.has(extname(f).toLowerCase()));
      if (found.length === 0) {
        problems.push({ file: p, severity: 'error', message: `folder holds no documents (expected ${[...DOCUMENT_EXTENSIONS].join(', ')} files)` });
      }
      found.forEach((f) => out.add(f));
    } else out.add(toId(p));
  }
  return [...out].sort(byCodePoint);
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = toId(join(dir, entry.name));
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

function loadSidecar(dir: string, problems: Problem[]): Map<string, SourceMeta> {
  const file = toId(join(dir, SIDECAR_NAME));
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return new Map();
  }
  const sidecar = readSidecar(file, text);
  problems.push(...sidecar.problems);
  return sidecar.entries;
}

function readDoc(file: string, side: SourceMeta | undefined, problems: Problem[]): Doc | null {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    problems.push({ file, severity: 'error', message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
    return null;
  }
  const decoded = decode(bytes);
  if (!decoded.ok) {
    const line = byteLine(bytes, decoded.offset);
    problems.push({ file, line, column: 1, severity: 'error', message: `skipped: ${decoded.reason} at byte ${decoded.offset}; expected UTF-8 text` });
    return null;
  }
  if (decoded.text.trim() === '') {
    problems.push({ file, severity: 'warning', message: 'document is empty' });
  }
  const meta = readTextMeta(decoded.text);
  const fromText = meta.published !== null;
  const published = meta.published ?? side?.published ?? null;
  return {
    id: file,
    text: decoded.text,
    bom: decoded.bom,
    title: meta.title ?? side?.title ?? null,
    published,
    publishedSource: fromText ? 'text' : published ? 'sidecar' : 'none',
    publishedSpan: meta.publishedAt ? { doc: file, ...meta.publishedAt } : null,
    publisher: side?.publisher ?? null,
    url: side?.url ?? null,
  };
}

/**
 * Document ids use forward slashes on every platform and are relative to the working folder when the file lies
 * inside it: fingerprints are built from ids, so `seeds`, `./seeds/` and `/abs/path/seeds` must name a document
 * the same way, or verdicts recorded under one spelling would not match a run under another.
 */
function toId(p: string): string {
  const abs = resolve(p);
  const rel = relative(process.cwd(), abs);
  const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  return (inside ? rel : normalize(p)).replace(/\\/g, '/');
}

export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
