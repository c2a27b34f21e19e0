// Optional sources.yaml next to the documents: metadata a text does not state itself.
import { z } from 'zod';
import { parseYaml, zodProblems } from '../config/yaml-file.js';
import type { Problem } from '../core/problem.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const sourceEntry = z
  .object({
    title: z.string().optional().describe('Headline of the document'),
    publisher: z.string().optional().describe('Who published it'),
    url: z.string().optional().describe('Where it was published'),
    published: z
      .union([z.string().regex(DATE, 'a date written YYYY-MM-DD'), z.date()])
      .optional()
      .describe('Publication date, YYYY-MM-DD'),
  })
  .strict();

export const sidecarSchema = z.record(z.string(), sourceEntry).describe('Document file name → its metadata');

export interface SourceMeta {
  title?: string;
  publisher?: string;
  url?: string;
  published?: string;
}

export type Sidecar = { entries: Map<string, SourceMeta>; problems: Problem[] };

export function readSidecar(file: string, text: string): Sidecar {
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return { entries: new Map(), problems: parsed.problems };
  const data = parsed.yaml.data ?? {};
  const result = sidecarSchema.safeParse(data);
  if (!result.success) return { entries: new Map(), problems: zodProblems(parsed.yaml, result.error) };
  const entries = new Map<string, SourceMeta>();
  for (const [name, meta] of Object.entries(result.data)) {
    const published = meta.published instanceof Date ? meta.published.toISOString().slice(0, 10) : meta.published;
    const { published: _raw, ...rest } = meta;
    entries.set(name, { ...rest, ...(published ? { published } : {}) });
  }
  return { entries, problems: [] };
}
