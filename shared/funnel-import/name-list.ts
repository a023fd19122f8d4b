/**
 * Names (columns, segments, steps) as people write them in a sentence, in their language: each in
 * curly quotes, joined the language's way. `formatNameList(['Completion rate', 'Abandonment rate'],
 * 'en')` is `“Completion rate” and “Abandonment rate”`; in `zh-CN` it is `“Completion rate”和“Abandonment rate”`.
 *
 * @param names - The names as they appear in the file; blank ones are left out.
 * @param language - A BCP 47 language tag, e.g. `en` or `zh-CN`.
 */
export function formatNameList(names: readonly string[], language: string): string {
  const quoted = names
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => `“${name}”`);
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(quoted);
}
