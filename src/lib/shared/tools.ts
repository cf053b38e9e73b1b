/** The toolkit's tools, by the id in their address (`/tools/<id>/`, `/embed/<id>/`). */
export const toolIds = [
  'question-builder',
  'outreach',
  'checklist',
  'introduction',
  'conversations',
  'organizations',
] as const;
export type ToolId = (typeof toolIds)[number];
