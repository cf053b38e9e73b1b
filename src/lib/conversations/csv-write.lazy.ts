/**
 * Exporting every conversation as CSV, so it opens in a spreadsheet and imports back without
 * loss (csv-read.lazy.ts). Loaded only when a student exports.
 */
import Papa from 'papaparse';
import type { ConversationStatus } from './log';
import { localDateTime } from './dates';
import type { Plan } from '../plans/plan';
import { fill } from '../shared/fill';
import { lampList } from '../organizations/lamp';
import { orgKey, type Organization } from '../organizations/organization';
import { getOrganizationsState } from '../organizations/state';
import { csvColumns } from '../strings/conversations';
import { columnValue, guardCell, latest, type Column, type CsvWords } from './csv-columns';
import { logCell } from './csv-log';

/**
 * Every conversation as CSV text, one row per person: UTF-8 with a byte-order mark, ISO dates,
 * headings and words in the page's language (`words`, which the page passes).
 */
export function toCsv(
  items: readonly { plan: Plan; status: ConversationStatus }[],
  words: CsvWords,
  organizations: readonly Organization[] = getOrganizationsState().organizations.value,
): string {
  const columns = Object.keys(csvColumns) as Column[];
  // Each organization's place on the target list (the plans' organizations join it, as in the tool).
  const ranks = new Map(
    lampList(
      organizations,
      items.map((i) => i.plan),
    ).list.map((o) => [o.key, String(o.rank)]),
  );
  const data = items.map(({ plan, status }) => {
    const { person, conversation, outreach } = plan;
    const log = conversation.log;
    const closed = latest(log, 'closed');
    const next = status.next;
    const values: Record<Column, string> = {
      name: person.name,
      role: person.role,
      organization: person.organization,
      target: ranks.get(orgKey(person.organization)) ?? '',
      field: person.field,
      email: outreach.toEmail,
      connection:
        person.connection === 'other' && outreach.connectionText
          ? outreach.connectionText
          : person.connection && words.connections[person.connection],
      referrer: person.referrer,
      eventName: person.eventName,
      school: person.school,
      stage: words.stages[status.stage],
      asked: columnValue(log, 'asked'),
      channel: latest(log, 'asked')?.channel ?? '',
      replied: columnValue(log, 'replied'),
      nudged: columnValue(log, 'nudged'),
      scheduled: columnValue(log, 'scheduled'),
      talked: columnValue(log, 'talked'),
      thanked: columnValue(log, 'thanked'),
      referrerTold: columnValue(log, 'referrerTold'),
      updated: columnValue(log, 'updated'),
      closed: columnValue(log, 'closed'),
      reason: closed?.reason ? words.closeReasons[closed.reason] : '',
      next: next ? fill(words.nextSteps[next.kind], { name: person.name || plan.name }) : '',
      nextDue: next ? (next.at ? localDateTime(new Date(next.at)) : next.due) : '',
      notes: plan.checklist.notes,
      learned: conversation.debrief.learned,
      advice: conversation.debrief.advice,
      log: logCell(log, words),
    };
    return columns.map((c) => guardCell(values[c]));
  });
  const fields = columns.map((c) => words.columns[c]);
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n' })}\r\n`;
}
