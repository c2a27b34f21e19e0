// Word vectors from rules/data/spin-embeddings.bin (built by build-embeddings.ts from GloVe 6B 100-d), for the
// embedding signal: how well a word fits the words around it, compared with its synonyms. Loaded lazily, once
// per process; a vector is read from int8 storage on demand.
//
// File layout: one JSON header line ({source, count, dims, wordBytes}), the words joined by "\n" with a final "\n"
// (wordBytes long), padding to a multiple of 4, then per word a rank byte (padded to a multiple of 4), per word
// its scale as float32 LE, and per word its dims int8 components.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EMBEDDINGS_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules', 'data', 'spin-embeddings.bin');

export interface Embeddings {
  readonly dims: number;
  /** Index of a lower-case word, or -1 when the table does not hold it. */
  index(word: string): number;
  /** GloVe frequency rank of word `i` (1 = most frequent), as stored: within about 5 %. */
  rank(i: number): number;
  /** Adds `scale` times the unit vector of word `i` to `into`. */
  addUnit(i: number, into: Float64Array, scale?: number): void;
  /** Cosine of word `i` with a (not necessarily unit) vector whose length is `norm`. */
  cosine(i: number, v: Float64Array, norm: number): number;
  /** Dot product of the stored (unnormalised) vectors of words `i` and `j`: GloVe's smoothed association. */
  dot(i: number, j: number): number;
}

interface Source {
  source: string;
  words: readonly string[];
  ranks: readonly number[];
  vectors: ReadonlyArray<readonly number[]>;
  dims: number;
}

/** The rank byte: 50 · log10(rank + 1), rounded. */
const RANK_STEP = 50;

export function encodeEmbeddings(s: Source): Buffer {
  const list = Buffer.from(s.words.join('\n') + '\n', 'utf8');
  const header = Buffer.concat([Buffer.from(JSON.stringify({ source: s.source, count: s.words.length, dims: s.dims, wordBytes: list.length }) + '\n', 'utf8'), list]);
  const pad = (4 - (header.length % 4)) % 4;
  const n = s.words.length;
  const body = Buffer.alloc(pad + n + ((4 - (n % 4)) % 4) + n * 4 + n * s.dims);
  let at = pad;
  for (const r of s.ranks) body[at++] = Math.min(255, Math.round(RANK_STEP * Math.log10(r + 1)));
  at += (4 - (n % 4)) % 4;
  const scales: number[] = [];
  for (const v of s.vectors) {
    let max = 0;
    for (const x of v) max = Math.max(max, Math.abs(x));
    const scale = Math.fround(max / 127 || 1);
    scales.push(scale);
    body.writeFloatLE(scale, at);
    at += 4;
  }
  s.vectors.forEach((v, k) => {
    for (let d = 0; d < s.dims; d++) body.writeInt8(Math.max(-127, Math.min(127, Math.round((v[d] ?? 0) / scales[k]!))), at++);
  });
  return Buffer.concat([header, body]);
}

export function decodeEmbeddings(bytes: Buffer): Embeddings {
  const firstLine = bytes.indexOf(10);
  const head = JSON.parse(bytes.subarray(0, firstLine).toString('utf8')) as { count: number; dims: number; wordBytes: number };
  const n = head.count;
  const dims = head.dims;
  const end = firstLine + head.wordBytes;
  const list = bytes.subarray(firstLine + 1, end).toString('utf8').split('\n');
  const byWord = new Map<string, number>();
  list.forEach((w, i) => byWord.set(w, i));
  let at = end + 1;
  at += (4 - (at % 4)) % 4;
  const rankBytes = bytes.subarray(at, at + n);
  at += n + ((4 - (n % 4)) % 4);
  const scale = new Float32Array(n);
  for (let i = 0; i < n; i++) scale[i] = bytes.readFloatLE(at + i * 4);
  at += n * 4;
  const q = new Int8Array(bytes.buffer, bytes.byteOffset + at, n * dims);
  // Unit vectors as floats on first need: a check reads a few thousand of the 52k words, each many times.
  const unit = new Float32Array(n * dims);
  const ready = new Uint8Array(n);
  const unitOf = (i: number): number => {
    const o = i * dims;
    if (ready[i] === 0) {
      let s = 0;
      for (let d = o; d < o + dims; d++) s += q[d]! * q[d]!;
      const f = 1 / (Math.sqrt(s) || 1);
      for (let d = o; d < o + dims; d++) unit[d] = q[d]! * f;
      ready[i] = 1;
    }
    return o;
  };
  return {
    dims,
    index: (w) => byWord.get(w) ?? -1,
    rank: (i) => Math.round(10 ** (rankBytes[i]! / RANK_STEP)),
    addUnit(i, into, k = 1) {
      const o = unitOf(i);
      for (let d = 0; d < dims; d++) into[d]! += unit[o + d]! * k;
    },
    cosine(i, v, n2) {
      const o = unitOf(i);
      let s = 0;
      for (let d = 0; d < dims; d++) s += unit[o + d]! * v[d]!;
      return s / (n2 || 1);
    },
    dot(i, j) {
      let s = 0;
      for (let d = 0, a = i * dims, b = j * dims; d < dims; d++) s += q[a + d]! * q[b + d]!;
      return s * scale[i]! * scale[j]!;
    },
  };
}

let cached: Embeddings | null = null;

export function embeddings(): Embeddings {
  if (cached) return cached;
  cached = decodeEmbeddings(readFileSync(EMBEDDINGS_FILE));
  return cached;
}
