/**
 * The app icon (the brand mark: a rounded square with three lines) as SVG, in the accent
 * colour. `maskable` draws it full-bleed with the mark inside the safe zone, for launchers
 * that crop icons to circles or squircles.
 */
export function iconSvg(accent: string, maskable = false): string {
  const mark = maskable
    ? '<rect width="32" height="32" fill="ACCENT"/><path d="M11.5 12h9M11.5 16h6.5M11.5 20h4" stroke="#fff" stroke-width="2.2" stroke-linecap="round"/>'
    : '<rect width="32" height="32" rx="7" fill="ACCENT"/><path d="M9 10h14M9 16h10M9 22h6" stroke="#fff" stroke-width="3" stroke-linecap="round"/>';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${mark.replace('ACCENT', accent)}</svg>`;
}
