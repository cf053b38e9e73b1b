/**
 * Fills `{name}` placeholders in a text from `values`. A name with no value stays as written, so
 * a typo shows on the page instead of vanishing (the content schemas reject unknown names first).
 */
export function interpolate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name] : whole,
  );
}
