import { formatProblem, type Problem } from '../core/problem.js';

/** Every located problem goes to stderr as "file:line:col: severity: message". */
export function printProblems(problems: readonly Problem[]): void {
  for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
}
