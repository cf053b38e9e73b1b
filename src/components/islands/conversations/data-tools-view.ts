/**
 * The conversations data tools' wording and the words their files are written in, in the page's
 * language: ConversationsTool.astro leaves them as props, and DataTools.tsx (loaded when the
 * section is opened) and what it loads read them. Name and type only, so the server renders the
 * props without importing the code that reads them.
 */
import type { CalendarWords } from '../../../lib/conversations/calendar.lazy';
import type { CsvMessages, CsvWords } from '../../../lib/conversations/csv-columns';
import type { Translation } from '../../../lib/i18n/lang';
import type { dataToolsText, importPreviewText } from '../../../lib/strings/conversations';
import { defineView } from '../runtime/define';

export interface DataToolsText extends Translation<typeof dataToolsText> {
  preview: Translation<typeof importPreviewText>;
  /** How the student knows each person, as the preview shows it. */
  connections: Readonly<Record<string, string>>;
  csv: CsvMessages;
  csvWords: CsvWords;
  calendarWords: CalendarWords;
}

export const dataToolsView = defineView<DataToolsText>('datatools');
