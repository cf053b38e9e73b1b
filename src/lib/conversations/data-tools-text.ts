/**
 * The conversations data tools' wording and the words their files are written in, in one
 * language: what ConversationsTool.astro leaves on the page for the code that loads on demand.
 * Build time only: it reads the table of every language's strings.
 */
import type { Lang } from '../i18n/lang';
import { strings } from '../i18n/strings';
import { fill } from '../shared/fill';

/** `siteName` names the calendar file's maker (its PRODID). */
export function dataToolsText(lang: Lang, siteName: string) {
  const files = strings('conversations', lang);
  const { connections } = strings('outreach', lang).ui;
  return {
    ...files.dataToolsText,
    preview: files.importPreviewText,
    connections,
    csv: { errors: files.csvErrorText, rows: files.csvRowText, notes: files.csvNoteText },
    csvWords: {
      columns: files.csvColumns,
      stages: files.stageText,
      nextSteps: files.nextStepText,
      closeReasons: files.closeReasonText,
      log: files.csvLogText,
      connections,
    },
    calendarWords: {
      calendar: {
        ...files.calendarText,
        prodId: fill(files.calendarText.prodId, { site: siteName }),
      },
      nextSteps: files.nextStepText,
    },
  };
}
