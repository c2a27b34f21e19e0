// Written-English word and word-pair counts from rules/data/spin-context.json (built by build-context.ts), for
// the context signal: does a word fit its neighbours, and would a synonym fit them better? Keys are 32-bit
// hashes (a pair's key mixes its two words' hashes, so a caller that keeps each word's hash never re-reads the
// letters); an absent pair is taken for a present one about once in 5,000 look-ups. Loaded lazily, once per
// process, into sorted arrays with an index by the top 16 bits: a look-up scans a dozen keys.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ContextModel {
  /** Words in the corpus the counts come from. */
  readonly tokens: number;
  /** How often the word whose `hashWord` is `key` occurs. */
  unigram(key: number): number;
  /** How often word `a` is directly followed by word `b` (no punctuation between), by their `hashWord`s. */
  bigram(a: number, b: number): number;
}

/** FNV-1a of a lower-case word; never 0, which marks an empty slot. */
export function hashWord(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h >>> 0 || 1;
}

/** The key of the pair "a b" from its words' hashes (murmur3's finaliser over an asymmetric mix); never 0. */
export function hashPair(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0 || 1;
}

/** Sorted (key delta, count) pairs as unsigned LEB128 varints, base64: deterministic and compact. */
export function encodeCounts(counts: ReadonlyMap<number, number>): string {
  const keys = [...counts.keys()].sort((a, b) => a - b);
  const bytes: number[] = [];
  const put = (n: number) => {
    while (n >= 128) {
      bytes.push((n % 128) | 128);
      n = Math.floor(n / 128);
    }
    bytes.push(n);
  };
  let last = 0;
  for (const k of keys) {
    put(k - last);
    put(counts.get(k)!);
    last = k;
  }
  return Buffer.from(bytes).toString('base64');
}

/** Keys sorted, with the first position of each value of their top 16 bits: a look-up scans a dozen keys. */
interface Counts {
  keys: Uint32Array;
  counts: Uint32Array;
  /** bucket[h] … bucket[h + 1] are the positions of keys whose top 16 bits are h. */
  bucket: Uint32Array;
}

export function decodeCounts(base64: string, size: number): Counts {
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  const keys = new Uint32Array(size);
  const counts = new Uint32Array(size);
  const bucket = new Uint32Array(65537);
  let at = 0;
  let key = 0;
  let top = 0;
  for (let i = 0; i < size; i++) {
    // Two LEB128 varints per entry, read inline: this loop runs once per pair at load.
    let n = 0;
    let scale = 1;
    let b: number;
    do {
      b = bytes[at++]!;
      n += (b & 127) * scale;
      scale *= 128;
    } while (b >= 128);
    key += n;
    keys[i] = key;
    while (top <= key >>> 16) bucket[top++] = i;
    n = 0;
    scale = 1;
    do {
      b = bytes[at++]!;
      n += (b & 127) * scale;
      scale *= 128;
    } while (b >= 128);
    counts[i] = n;
  }
  while (top <= 65536) bucket[top++] = size;
  return { keys, counts, bucket };
}

export function lookup(c: Counts, key: number): number {
  const h = key >>> 16;
  const end = c.bucket[h + 1]!;
  for (let i = c.bucket[h]!; i < end; i++) {
    const k = c.keys[i]!;
    if (k === key) return c.counts[i]!;
    if (k > key) return 0;
  }
  return 0;
}

interface RawContext {
  tokens: number;
  unigramCount: number;
  unigrams: string;
  bigramCount: number;
  bigrams: string;
}

const CONTEXT_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules', 'data', 'spin-context.json');
/** The decoded counts, written beside the compiled module by `npm run build` (see build-context-cache.ts). */
export const CONTEXT_CACHE_FILE = resolve(dirname(fileURLToPath(import.meta.url)), 'context-cache.bin');
let cached: ContextModel | null = null;

export function contextModel(): ContextModel {
  if (cached) return cached;
  const source = readFileSync(CONTEXT_FILE);
  const { tokens, uni, bi } = readContextCache(source, CONTEXT_CACHE_FILE) ?? decodeContext(source);
  cached = {
    tokens,
    unigram: (key) => lookup(uni, key),
    bigram: (a, b) => lookup(bi, hashPair(a, b)),
  };
  return cached;
}

interface Decoded {
  tokens: number;
  uni: Counts;
  bi: Counts;
}

/** The counts as the JSON file holds them (about 0.15 s: 830,000 varints). */
export function decodeContext(source: Buffer): Decoded {
  const raw = JSON.parse(source.toString('utf8')) as RawContext;
  return { tokens: raw.tokens, uni: decodeCounts(raw.unigrams, raw.unigramCount), bi: decodeCounts(raw.bigrams, raw.bigramCount) };
}

// The cache: the source's sha256 (64 hex characters), a byte-order mark, the token total and both entry counts,
// then each table's keys, counts and bucket index as 32-bit words. It serves only the exact source it was built
// from, on a machine of the same byte order; anything else is decoded from the source.
const MAGIC = 0x01020304;
const HEADER = 64 + 16;

export function writeContextCache(source: Buffer, file: string): void {
  const { tokens, uni, bi } = decodeContext(source);
  const header = Buffer.alloc(HEADER);
  header.write(createHash('sha256').update(source).digest('hex'), 0, 'latin1');
  const words = new Uint32Array([MAGIC, tokens, uni.keys.length, bi.keys.length]);
  Buffer.from(words.buffer).copy(header, 64);
  const parts = [uni.keys, uni.counts, uni.bucket, bi.keys, bi.counts, bi.bucket].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  writeFileSync(file, Buffer.concat([header, ...parts]));
}

export function readContextCache(source: Buffer, file: string): Decoded | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  if (bytes.length < HEADER || bytes.toString('latin1', 0, 64) !== createHash('sha256').update(source).digest('hex')) return null;
  // Typed-array views need 4-byte alignment; a pooled buffer may not have it.
  const buffer = bytes.byteOffset % 4 === 0 ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
  const base = bytes.byteOffset % 4 === 0 ? bytes.byteOffset : 0;
  const [magic, tokens, uniSize, biSize] = new Uint32Array(buffer, base + 64, 4);
  if (magic !== MAGIC || tokens === undefined || uniSize === undefined || biSize === undefined) return null;
  const buckets = 65537;
  if (bytes.length !== HEADER + 4 * (2 * uniSize + 2 * biSize + 2 * buckets)) return null;
  let at = base + HEADER;
  const take = (n: number) => {
    const a = new Uint32Array(buffer, at, n);
    at += 4 * n;
    return a;
  };
  const uni = { keys: take(uniSize), counts: take(uniSize), bucket: take(buckets) };
  const bi = { keys: take(biSize), counts: take(biSize), bucket: take(buckets) };
  return { tokens, uni, bi };
}
