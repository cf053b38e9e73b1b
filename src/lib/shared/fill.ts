/**
 * Fills `{name}` slots in interface wording, so a translation can reorder a whole sentence. A
 * slot with no value stays as written (`{name}`), which shows a wording mistake on screen instead
 * of hiding it as "undefined" or an empty gap.
 */
export function fill(template: string, values: object): string {
  const known = values as Record<string, unknown>;
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    Object.hasOwn(known, name) && known[name] !== undefined ? String(known[name]) : slot,
  );
}
