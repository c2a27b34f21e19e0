// Written-English word and word-pair counts from rules/data/spin-context.json (built by build-context.ts), for
// the context signal: does a word fit its neighbours, and would a synonym fit them better? Keys are 32-bit
// hashes (a pair's key mixes its two words' hashes, so a caller that keeps each word's hash never re-reads the
// letters); an absent pair is taken for a present one about once in 5,000 look-ups. Loaded lazily, once per
// process, into sorted arrays with an index by the top 16 bits: a look-up scans a dozen keys.
import { readFileSync } from 'node:fs';
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
let cached: ContextModel | null = null;

export function contextModel(): ContextModel {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(CONTEXT_FILE, 'utf8')) as RawContext;
  const uni = decodeCounts(raw.unigrams, raw.unigramCount);
  const bi = decodeCounts(raw.bigrams, raw.bigramCount);
  cached = {
    tokens: raw.tokens,
    unigram: (key) => lookup(uni, key),
    bigram: (a, b) => lookup(bi, hashPair(a, b)),
  };
  return cached;
}
