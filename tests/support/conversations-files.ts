/**
 * The conversations data tools' words as an English page passes them (ConversationsTool.astro):
 * the import's messages, the CSV's and the calendar file's words. For tests of the code that
 * takes them from the page.
 */
import type { DataToolsText } from '../../src/components/islands/conversations/data-tools-view';
import { dataToolsText } from '../../src/lib/conversations/data-tools-text';

export const englishDataTools: DataToolsText = dataToolsText(
  'en',
  'Informational Interview Toolkit',
);

export const {
  csv: csvMessages,
  csvWords: englishCsvWords,
  calendarWords: englishCalendarWords,
} = englishDataTools;
