// Message templates from rule files: "{subject} {metric}: {values}". Fields are named, never positional.
// "{count|phrase|phrases}" picks a word form by a numeric field, so messages read "1 phrase", "2 phrases".

const FIELD = /\{([a-zA-Z][a-zA-Z0-9]*)(?:\|([^{}|]*)\|([^{}|]*))?\}/g;

/** "one" when n is exactly 1, else "many" (0, fractions and a missing count take the plural, as in English). */
export function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** Field names a template uses (plain or in a plural form), once each, for checking against what a rule type provides. */
export function templateFields(template: string): string[] {
  return [...new Set([...template.matchAll(FIELD)].map((m) => m[1] ?? ''))];
}

/** Braced forms that are neither "{field}" nor "{field|one|many}" ("{count|one}", "{count|a|b|c}"), which
 *  render would leave in the message as written: a rule file with one is a configuration error. */
export function malformedForms(template: string): string[] {
  return [...template.matchAll(/\{[^{}]*\}/g)].map((m) => m[0]).filter((form) => !new RegExp(`^${FIELD.source}$`).test(form));
}

/** Fills a template; a field with no value renders as an empty string and doubled spaces collapse. */
export function render(template: string, fields: Readonly<Record<string, string | number>>): string {
  return template
    .replace(FIELD, (_, name: string, one: string | undefined, many: string | undefined) =>
      one === undefined || many === undefined ? String(fields[name] ?? '') : plural(Number(fields[name]), one, many),
    )
    .replace(/ {2,}/g, ' ')
    .replace(/\s+([,.;)])/g, '$1')
    .trim();
}
