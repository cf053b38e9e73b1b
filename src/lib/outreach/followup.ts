/**
 * Follow-up timing: one nudge a week after the first message if there is no reply, a thank-you
 * note within 24 hours of the conversation, and a keep-in-touch update a few months later (the
 * stage rules in conversations/stage.ts and the outreach tool's dates, ./dates.ts, use them).
 */

/** Days to wait for a reply before one polite nudge. */
export const nudgeAfterDays = 7;
/** Hours after the conversation by which the thank-you note should be sent. */
export const thankYouWithinHours = 24;
/** Days after the conversation for a keep-in-touch update. */
export const keepInTouchAfterDays = 90;
