/**
 * The conversation log's writers, as the outreach tool loads them: on first use, in a chunk of
 * their own (a dynamic import of the shared entries module itself would make the bundler add
 * its module helpers to the conversations page).
 */
export { recordMeeting, recordSent } from '../conversations/entries';
