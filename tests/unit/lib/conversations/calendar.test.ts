import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { calendarFile } from '../../../../src/lib/conversations/calendar.lazy';
import { calendarText, nextStepText } from '../../../../src/lib/strings/es/conversations.json';
import type { ConversationStatus } from '../../../../src/lib/conversations/log';
import { planSchema, type Plan } from '../../../../src/lib/plans/plan';
import { englishCalendarWords } from '../../../support/conversations-files';
import { statusWith } from '../../../support/conversations';

const plan = (id: string, name: string, more: Record<string, unknown> = {}): Plan =>
  planSchema.parse({
    id,
    name,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    person: { name, role: 'Engineer', organization: 'City Water' },
    ...more,
  });
const next = (
  key: string,
  kind: NonNullable<ConversationStatus['next']>['kind'],
  due: string,
  at: string | null = null,
): ConversationStatus => statusWith({ stage: 'asked', next: { key, kind, due, at } });

/** The file's events as ical.js reads them: uid, summary, start and whether it is all day. */
function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate.isDate ? e.startDate.toString() : e.startDate.toJSDate().toISOString(),
      minutes: e.duration.toSeconds() / 60,
      alarm: c.getAllSubcomponents('valarm').length,
    };
  });
}

const now = new Date(2026, 2, 10, 9, 0);
const items = [
  { plan: plan('p-priya', 'Priya Raman, PE'), status: next('thank', 'thank', '2026-03-12') },
  {
    plan: plan('p-jo', 'Jo; Park', { outreach: { askMinutes: 30 } }),
    status: next('talk', 'talk', '2026-03-11', new Date(2026, 2, 11, 15).toISOString()),
  },
  { plan: plan('p-old', 'Kim'), status: next('nudge', 'nudge', '2026-03-09') },
  {
    plan: plan('p-past', 'Lee'),
    status: next('talk', 'talk', '2026-03-10', new Date(2026, 2, 10, 8, 0).toISOString()),
  },
  {
    plan: plan('p-closed', 'Max'),
    status: { stage: 'paused', last: null, next: null } as ConversationStatus,
  },
  { plan: plan('p-today', 'Ana'), status: next('update:2026-03-10', 'update', '2026-03-10') },
];

describe('calendarFile', () => {
  test('a Spanish page writes Spanish event titles and notes', () => {
    // As the page gives them: the maker named after the site (ConversationsTool.astro).
    const words = {
      calendar: {
        ...calendarText,
        prodId: calendarText.prodId.replace('{site}', 'Kit de entrevistas informativas'),
      },
      nextSteps: nextStepText,
    };
    const ics = calendarFile(items, { host: 'h', now, words })!.text;
    const first = events(ics)[0];
    expect(first.summary).toBe('Enviar noticias a Ana para seguir en contacto');
    expect(first.description).toContain('Tu página de conversaciones');
    expect(ics).toContain('PRODID:-//Kit de entrevistas informativas//Conversations//ES');
  });

  test('holds every upcoming dated step, the conversation at its time, and parses with ical.js', () => {
    const file = calendarFile(items, {
      host: 'toolkit.example.edu',
      now,
      words: englishCalendarWords,
    })!;
    expect(file.count).toBe(3);
    const ics = file.text;
    expect(events(ics)).toEqual([
      {
        uid: 'p-today-update:2026-03-10@toolkit.example.edu',
        summary: 'Send Ana a keep-in-touch update',
        description:
          'Engineer, City Water\nYour conversations page in the toolkit has the details and the message to send.',
        start: '2026-03-10',
        minutes: 24 * 60,
        alarm: 1,
      },
      {
        uid: 'p-jo-talk@toolkit.example.edu',
        summary: 'Conversation with Jo; Park',
        description: expect.any(String),
        start: new Date(2026, 2, 11, 15).toISOString(),
        minutes: 30,
        alarm: 1,
      },
      {
        uid: 'p-priya-thank@toolkit.example.edu',
        summary: 'Send a thank-you note to Priya Raman, PE',
        description: expect.any(String),
        start: '2026-03-12',
        minutes: 24 * 60,
        alarm: 1,
      },
    ]);
  });

  test('keeps the same UIDs from one download to the next, so a calendar updates its events', () => {
    const first = events(
      calendarFile(items, { host: 'h', now, words: englishCalendarWords })!.text,
    ).map((e) => e.uid);
    const moved = items.map((i) =>
      i.plan.id === 'p-priya' ? { ...i, status: next('thank', 'thank', '2026-03-13') } : i,
    );
    const second = events(
      calendarFile(moved, {
        host: 'h',
        now: new Date(2026, 2, 10, 12),
        words: englishCalendarWords,
      })!.text,
    );
    expect(second.map((e) => e.uid)).toEqual(first);
    expect(second.find((e) => e.uid === 'p-priya-thank@h')?.start).toBe('2026-03-13');
  });

  test('is null when no step is upcoming', () => {
    expect(
      calendarFile(items.slice(2, 5), { host: 'h', now, words: englishCalendarWords }),
    ).toBeNull();
    expect(calendarFile([], { host: 'h', now, words: englishCalendarWords })).toBeNull();
  });
});
