/**
 * Follows a link to another tool as a click on a link would: in an embed, the frame's script
 * (src/client/embed/frame.ts) turns a tool's address into its embed page, in the frame.
 */
export function openLink(href: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
}
