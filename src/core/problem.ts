/** A located problem with an input or configuration file. Loading collects these instead of throwing. */
export interface Problem {
  file: string;
  /** 1-based; absent when the problem concerns the whole file. */
  line?: number;
  column?: number;
  message: string;
  /** 'error' stops a clean exit (code 2); 'warning' is only reported. */
  severity: 'error' | 'warning';
}

/** "file:line:col: message", the form editors and terminals link. */
export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  return `${where}: ${p.severity}: ${p.message}`;
}
