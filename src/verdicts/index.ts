// verdicts: a reviewer's decision per finding fingerprint (schema, load, save, edit, apply).
export { orphans, type Orphan } from './apply.js';
export { baseline, setVerdict, type FindingRef, type Stamp } from './edit.js';
export { emptyVerdicts, parseVerdicts, type LoadedVerdicts } from './load.js';
export { formatVerdicts } from './save.js';
export { FINGERPRINT, VERDICT_STATUSES, type Verdict, type Verdicts, type VerdictStatus } from './schema.js';
