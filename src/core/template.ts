// Message templates from rule files: "{subject} {metric}: {values}". Fields are named, never positional.

const FIELD = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/** Field names a template uses, for checking against what a rule type provides. */
export function templateFields(template: string): string[] {
  return [...template.matchAll(FIELD)].map((m) => m[1] ?? '');
}

/** Fills a template; a field with no value renders as an empty string and doubled spaces collapse. */
export function render(template: string, fields: Readonly<Record<string, string | number>>): string {
  return template
    .replace(FIELD, (_, name: string) => String(fields[name] ?? ''))
    .replace(/ {2,}/g, ' ')
    .replace(/\s+([,.;)])/g, '$1')
    .trim();
}
