/** Plans with conversation logs, for the conversations tests and benchmark. */
import { planSchema, type Plan } from '../../src/lib/plans/plan';
import type { ConversationStatus, LogEntry } from '../../src/lib/conversations/log';
import { logEntry } from '../../src/lib/conversations/record';

let n = 0;
/**
 * The fields of a log entry beyond its kind and day, empty: no channel, meeting, reason or note.
 * Spread before the fields an entry has, to write it out whole as files and links carry it.
 */
export const noDetails = { channel: '', meetingAt: null, reason: null, note: '' };

/** A log entry; `at` and the kind are what matter. */
export const entry = (kind: LogEntry['kind'], at: string, extra: Partial<LogEntry> = {}) =>
  logEntry({ id: `e${++n}`, kind, at, ...extra });

/** A plan with the given log, person and outreach fields. */
export const planWith = (
  log: LogEntry[],
  extra: {
    person?: Partial<Plan['person']>;
    outreach?: Partial<Plan['outreach']>;
    snoozed?: Record<string, string>;
    id?: string;
    createdAt?: string;
  } = {},
): Plan =>
  planSchema.parse({
    id: extra.id ?? 'p1',
    name: extra.person?.name ?? 'Priya',
    createdAt: extra.createdAt ?? '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    person: { name: 'Priya Raman', ...extra.person },
    outreach: extra.outreach ?? {},
    conversation: { log, snoozed: extra.snoozed ?? {} },
  });

/** A conversation's status: still to contact, nothing logged, unless `s` says otherwise. */
export const statusWith = (s: Partial<ConversationStatus> = {}): ConversationStatus => ({
  stage: 'to-contact',
  last: null,
  next: null,
  sentOn: null,
  meetingAt: null,
  talkedAt: null,
  since: null,
  ...s,
});

/** Noon on a local calendar day. */
export const noon = (day: string) => new Date(`${day}T12:00`);

const kinds: LogEntry['kind'][][] = [
  [],
  ['asked'],
  ['asked', 'nudged'],
  ['asked', 'replied'],
  ['asked', 'replied', 'scheduled'],
  ['asked', 'scheduled', 'talked'],
  ['asked', 'scheduled', 'talked', 'thanked'],
  ['asked', 'nudged', 'closed'],
  ['asked', 'talked', 'thanked', 'update-sent'],
];

/** `count` plans spread over every stage, with logs typed in a shuffled order. */
export function generatedPlans(count: number, today = '2026-12-01'): Plan[] {
  const [y, m, d] = today.split('-').map(Number);
  const day = (offset: number) =>
    new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
  return Array.from({ length: count }, (_, i) => {
    const steps = kinds[i % kinds.length];
    const log = steps.map((kind, j) =>
      entry(kind, day(-30 + (i % 20) + j * 3), {
        meetingAt: kind === 'scheduled' ? `${day((i % 20) - 10 + j * 3)}T15:00:00Z` : null,
        reason: kind === 'closed' ? 'no-reply' : null,
      }),
    );
    if (i % 2) log.reverse();
    return planWith(log, {
      id: `plan-${i}`,
      person: {
        name: `Person ${i} Namesake`,
        organization: `Organization ${i % 37}`,
        connection: i % 5 ? 'linkedin' : 'referral',
        referrer: i % 5 ? '' : 'Priya Raman',
      },
    });
  });
}

/**
 * A LinkedIn "Connections.csv" export as LinkedIn writes it: a few lines of notes, a blank
 * line, then the row of headings and one row per connection (names and companies with commas
 * quoted), CRLF line ends.
 */
export function linkedInExport(count: number): string {
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here: https://www.linkedin.com/help/linkedin/answer/261"',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  for (let i = 1; i <= count; i++)
    lines.push(
      [
        'Ada',
        `Lovelace ${i}`,
        `https://www.linkedin.com/in/ada-${i}`,
        i % 3 ? `ada${i}@example.com` : '',
        '"Analytical Engines, Inc."',
        '"Engineer, Platform"',
        `${String((i % 28) + 11)
          .padStart(2, '0')
          .slice(-2)} ${months[i % 12]} 2024`,
      ].join(','),
    );
  return lines.join('\r\n') + '\r\n';
}
