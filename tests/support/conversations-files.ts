/**
 * The conversations data tools' words as an English page passes them (ConversationsTool.astro):
 * the import's messages, the CSV's and the calendar file's words. For tests of the code that
 * takes them from the page.
 */
import type { CsvMessages, CsvWords } from '../../src/lib/conversations/csv-columns';
import type { CalendarWords } from '../../src/lib/conversations/calendar.lazy';
import type { DataToolsText } from '../../src/components/islands/conversations/data-tools-view';
import { dataToolsText } from '../../src/lib/strings/conversations';
import * as files from '../../src/lib/strings/conversations';
import { ui } from '../../src/lib/strings/outreach';

export const csvMessages: CsvMessages = {
  errors: files.csvErrorText,
  rows: files.csvRowText,
  notes: files.csvNoteText,
};

export const englishCsvWords: CsvWords = {
  columns: files.csvColumns,
  stages: files.stageText,
  nextSteps: files.nextStepText,
  closeReasons: files.closeReasonText,
  log: files.csvLogText,
  connections: ui.connections,
};

export const englishCalendarWords: CalendarWords = {
  calendar: {
    ...files.calendarText,
    prodId: files.calendarText.prodId.replace('{site}', 'Informational Interview Toolkit'),
  },
  nextSteps: files.nextStepText,
};

export const englishDataTools: DataToolsText = {
  ...dataToolsText,
  preview: files.importPreviewText,
  connections: ui.connections,
  csv: csvMessages,
  csvWords: englishCsvWords,
  calendarWords: englishCalendarWords,
};
