import { describe, expect, test } from 'vitest';
import { createOutreachState } from '../../../../src/lib/outreach/state';
import { createPlansState } from '../../../../src/lib/plans/state';
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

  test('the student is entered once: a second plan starts with their name, school and interest', () => {
    const { s, plans } = setup();
    s.setStudent('name', 'Sam Rivera');
    s.setStudent('school', 'Lakeside College');
    s.setStudent('interest', 'public health');
    expect(plans.current.value.outreach.senderName).toBe('');
    plans.create('Kai');
    s.setPerson({ name: 'Kai Moana', role: 'Epidemiologist', organization: 'Riverside Health' });
    expect(s.message.value.body).toContain("I'm Sam Rivera, a student at Lakeside College");
    expect(s.message.value.body).toContain('public health');
    expect(s.message.value.body).not.toMatch(/\[your (name|school or program)\]/);
    expect(s.message.value.body.trimEnd()).toMatch(/\nSam Rivera$/);
  });

  test('details for one person only leave the student as they were', () => {
    const { s, plans } = setup();
    s.setStudent('name', 'Sam Rivera');
    s.setStudent('interest', 'public health');
    s.useOwn(true);
    expect(plans.current.value.outreach).toMatchObject({
      ownDetails: true,
      interest: 'public health',
    });
    s.setStudent('interest', 'hospital data');
    expect(s.message.value.body).toContain('hospital data');
    expect(plans.student.value.interest).toBe('public health');
    s.useOwn(false);
    expect(s.message.value.body).toContain('public health');
  });

  test("a signature signs the message; an alumni connection shares the student's own school", () => {
    const { s } = setup();
    s.setStudent('name', 'Sam Rivera');
    s.setStudent('school', 'Lakeside College');
    s.setStudent('signature', 'Sam Rivera\nLakeside College, class of 2028');
    s.setPerson({ name: 'Ana', connection: 'school' });
    expect(s.message.value.body).toMatch(/Lakeside College, class of 2028$/);
    expect(s.message.value.body).not.toContain('[shared school]');
    expect(s.message.value.subject).toContain('Lakeside College');
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
