import { describe, expect, test } from 'vitest';
import { createOutreachState } from '../../../../src/lib/outreach/state';
import { createPlansState } from '../../../../src/lib/plans/state';
import { conversationStatus } from '../../../../src/lib/conversations/stage';
import { reminders } from '../../../../src/lib/strings/outreach';
import { outreachData } from '../../../support/outreach-data';

function setup() {
  const plans = createPlansState({ storage: null });
  return { plans, s: createOutreachState(plans, outreachData()) };
}

describe('createOutreachState', () => {
  test('starts on the email with flagged placeholders and failing checks', () => {
    const { s } = setup();
    expect(s.template.value.id).toBe('email');
    expect(s.message.value.body).toContain('[their name]');
    expect(s.checks.value.find((c) => c.id === 'placeholders')?.state).toBe('fail');
  });

  test('fills the message from the shared person and its own section', () => {
    const { s, plans } = setup();
    s.setPerson({ name: 'Maria Lopez', connection: 'event', eventName: 'the Green Fair' });
    s.set({ senderName: 'Sam', interest: 'climate policy' });
    expect(plans.current.value.person.name).toBe('Maria Lopez');
    expect(s.message.value.body).toMatch(
      /^Hi Maria,\n\nIt was great to meet you at the Green Fair\./,
    );
    expect(s.checks.value.find((c) => c.id === 'connectionFirst')?.state).toBe('pass');
  });

  test('switching to the LinkedIn note counts characters against 200, or 300 with Premium', () => {
    const { s } = setup();
    s.set({ channel: 'linkedin-note' });
    expect(s.length.value).toMatchObject({ unit: 'characters', max: 200 });
    s.set({ premium: true });
    expect(s.length.value.max).toBe(300);
    expect(s.message.value.subject).toBe('');
  });

  test('keeps edits per channel until reset, and the message then follows the details again', () => {
    const { s } = setup();
    s.editBody('My own words. Would you talk?');
    s.editSubject('My subject line here');
    expect(s.edited.value).toBe(true);
    s.setPerson({ name: 'Ana' });
    expect(s.message.value).toEqual({
      subject: 'My subject line here',
      body: 'My own words. Would you talk?',
    });
    s.set({ channel: 'linkedin-note' });
    expect(s.edited.value).toBe(false);
    s.set({ channel: 'email' });
    s.resetDraft();
    expect(s.edited.value).toBe(false);
    expect(s.message.value.body).toMatch(/^Hi Ana,/);
  });

  test('the mail-app link carries the address, subject and CRLF body', () => {
    const { s } = setup();
    s.set({ toEmail: 'ana@example.org' });
    expect(s.mailto.value).toMatch(
      /^mailto:ana@example\.org\?subject=.+&body=Hi%20%5Btheir%20name%5D%2C%0D%0A%0D%0A/,
    );
  });

  test('marking as sent records the local date and a nudge a week later; unmarking clears it', () => {
    const { s, plans } = setup();
    s.markSent(new Date(2026, 11, 1, 23, 30));
    expect(plans.current.value.outreach.sentAt).toBe('2026-12-01');
    expect(s.dates.value.nudge).toBe('2026-12-08');
    s.markSent(null);
    expect(s.dates.value.nudge).toBeNull();
  });

  test('a meeting time gives thank-you and update reminders in a calendar file', async () => {
    const { s, plans } = setup();
    expect(await s.calendar(reminders, 'example.org')).toBeNull();
    s.setMeeting('2026-12-03T14:00');
    expect(plans.current.value.outreach.meetingAt).toBe(new Date('2026-12-03T14:00').toISOString());
    const ics = await s.calendar(reminders, 'example.org', new Date(Date.UTC(2026, 10, 25)));
    expect(ics).toContain('SUMMARY:Send a thank-you note to your contact');
    expect(ics).toContain(`UID:${plans.current.value.id}-thanks@example.org`);
    s.setMeeting('');
    expect(plans.current.value.outreach.meetingAt).toBeNull();
    s.setMeeting('not a date');
    expect(plans.current.value.outreach.meetingAt).toBeNull();
  });

  test('marking as sent also logs the request in the conversation, and unmarking takes it out', async () => {
    const { s, plans } = setup();
    await s.markSent(new Date(2026, 11, 1, 9));
    const status = () => conversationStatus(plans.current.value, new Date(2026, 11, 2));
    expect(plans.current.value.conversation.log).toMatchObject([
      { kind: 'asked', at: '2026-12-01', channel: 'email' },
    ]);
    expect(status()).toMatchObject({ stage: 'asked', next: { kind: 'nudge', due: '2026-12-08' } });
    await s.markSent(null);
    expect(plans.current.value.conversation.log).toEqual([]);
    expect(status().stage).toBe('to-contact');
  });

  test('a meeting time logs the conversation as scheduled; a new time moves it, clearing it takes it out', async () => {
    const { s, plans } = setup();
    await s.markSent(new Date(2026, 11, 1, 9));
    await s.setMeeting('2026-12-03T14:00', new Date(2026, 11, 2, 10));
    const status = () => conversationStatus(plans.current.value, new Date(2026, 11, 2, 12));
    expect(status()).toMatchObject({
      stage: 'scheduled',
      next: { kind: 'talk', due: '2026-12-03' },
    });
    await s.setMeeting('2026-12-05T09:30', new Date(2026, 11, 2, 11));
    expect(status().next).toMatchObject({
      due: '2026-12-05',
      at: new Date('2026-12-05T09:30').toISOString(),
    });
    expect(plans.current.value.conversation.log.map((e) => e.kind)).toEqual(['asked', 'scheduled']);
    await s.setMeeting('');
    expect(status()).toMatchObject({ stage: 'asked' });
  });

  test('an existing plan with a sent date and no log keeps its request when a meeting is set', async () => {
    const { s, plans } = setup();
    s.set({ sentAt: '2026-11-20' });
    await s.setMeeting('2026-12-03T14:00', new Date(2026, 11, 1));
    expect(plans.current.value.conversation.log.map((e) => [e.kind, e.at.slice(0, 10)])).toEqual([
      ['asked', '2026-11-20'],
      ['scheduled', new Date(2026, 11, 1).toISOString().slice(0, 10)],
    ]);
  });

  test('a link opens the message it names, a first message, or leaves the channel for anything else', () => {
    const { s } = setup();
    expect(s.openMessage('thank-you')).toBe('thank-you');
    expect(s.template.value.id).toBe('thank-you');
    expect(s.openMessage('first')).toBe('email');
    s.set({ channel: 'linkedin-note' });
    expect(s.openMessage('first')).toBe('linkedin-note');
    expect(s.openMessage('<script>')).toBeNull();
    expect(s.openMessage(null)).toBeNull();
    expect(s.template.value.id).toBe('linkedin-note');
  });

  test('an unknown channel falls back to the first template', () => {
    const { s } = setup();
    s.set({ channel: 'fax' });
    expect(s.template.value.id).toBe('email');
  });
});
