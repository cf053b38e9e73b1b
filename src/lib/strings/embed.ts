/**
 * Wording of the embed pages and the loader, in one place so a career center can re-word or
 * translate it. The configurator's own wording is in embed-configurator.ts beside this file.
 */
import type { ToolId } from '../shared/tools';

/** Tool names as shown in the configurator, in iframe titles and in links to the tools. */
export const toolNames: Record<ToolId, string> = {
  'question-builder': 'Question builder',
  outreach: 'Outreach message writer',
  checklist: 'Prep checklist',
  introduction: 'Introduction builder',
  conversations: 'Conversations tracker',
  organizations: 'Target organizations',
};

/**
 * What an embed's links that open a new tab say, to screen readers, in place of the arrow they
 * show ({@link newTabMark}): guides, printable sheets and "Continue on the full site".
 */
export const newTab = '(opens in a new tab)';
/** The arrow beside those links and the button. */
export const newTabMark = '↗';
/** Under the embed, what the arrow means. */
export const newTabLegend = `${newTabMark} opens in a new tab.`;
/** Before the institution name in an embed. */
export const providedBy = 'Provided by';

/** Where an embed keeps the student's plans, by situation. */
export const storageNotes = {
  /** The page is open on its own, not inside another site. */
  standalone: 'Your plans are saved in this browser only.',
  /**
   * Inside a frame, where browsers keep a separate store per host site: before and after the
   * host's name, which the page script fills in.
   */
  framedParts: [
    'Your plans are saved in this browser, on this site',
    ' only. They do not appear on the full toolkit: “Continue on the full site” takes them all there.',
  ],
  /** Storage is blocked or full: plans last until the tab is closed. */
  memory:
    'This browser does not let the toolkit save anything here, so your plans last only until you close this page. Use “Continue on the full site” to take them to the full toolkit, or “Export all plans” to keep a copy.',
} as const;
