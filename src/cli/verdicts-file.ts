// Reading and saving the verdicts file. A malformed file stops the command (exit 2) before anything is written,
// so a file someone broke by hand is never overwritten by the tool.
import { existsSync, readFileSync } from 'node:fs';
import { emptyVerdicts, formatVerdicts, parseVerdicts, type Verdicts } from '../verdicts/index.js';
import { UsageError } from './exit.js';
import { writeAtomic } from './io.js';
import { printProblems } from './problems.js';

export const DEFAULT_VERDICTS = 'reports/verdicts.yaml';

export function readVerdicts(file: string): Verdicts {
  if (!existsSync(file)) return emptyVerdicts(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`${file}: cannot read the verdicts file (${(e as Error).message})`);
  }
  const loaded = parseVerdicts(file, text);
  if (!loaded.ok) {
    printProblems(loaded.problems);
    throw new UsageError(`${file}: the verdicts file is malformed (${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'} above); it was left as it is`);
  }
  return loaded.verdicts;
}

export function saveVerdicts(verdicts: Verdicts): void {
  writeAtomic(verdicts.file, formatVerdicts(verdicts));
}
