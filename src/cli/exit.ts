/** Exit codes, as documented in README.md. */
export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

/** A usage or configuration error the CLI reports and exits 2 on. */
export class UsageError extends Error {}
