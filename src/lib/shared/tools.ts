/** The toolkit's tools, by the id in their address (`/tools/<id>/`, `/embed/<id>/`). */
export const toolIds = [
  'question-builder',
  'outreach',
  'checklist',
  'introduction',
  'conversations',
] as const;
export type ToolId = (typeof toolIds)[number];

/**
 * The tools a career center can embed (`/embed/<id>/`). The conversations page is not one yet:
 * embedded, it ships 21.2 KB of gzipped JavaScript against the 20 KB budget of a tool page.
 */
export const embeddableToolIds = [
  'question-builder',
  'outreach',
  'checklist',
  'introduction',
] as const satisfies readonly ToolId[];
