// Settings for V8's optimising compiler, applied before any of claimcheck's code runs (the CLI imports this module
// first). A check runs for seconds, and optimising its largest functions cost as much as running them: under
// callgrind 42 % of all instructions of the 2 MB benchmark were TurboFan compiling, most of it on graphs grown by
// inlining callees into big functions (a name reader recompiled six times took 1.9 s alone). Inlining only small
// callees keeps the optimised code nearly as fast and cut the CLI's CPU time on that corpus from 11.0–11.6 s to
// 9.7–9.8 s (three alternating runs each). Compiler settings never change what the code computes: reports are
// byte-identical either way.
import { setFlagsFromString } from 'node:v8';

/** Bytecode (in bytes) a function may take in from the callees inlined into it; V8's default is 920. */
export const INLINE_BUDGET = 200;

setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINE_BUDGET}`);
