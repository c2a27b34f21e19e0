// Writes context-cache.bin beside the compiled context model: the word and pair counts of
// rules/data/spin-context.json decoded once at build time (see context-model.ts). Run by `npm run build`.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTEXT_CACHE_FILE, writeContextCache } from './context-model.js';

const source = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules', 'data', 'spin-context.json');
writeContextCache(readFileSync(source), CONTEXT_CACHE_FILE);
