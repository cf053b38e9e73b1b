import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  addBusinessDays,
  businessDaysBetween,
  secondContacts,
} from '../../../../src/lib/organizations/followup';
import { dayOf } from '../../../../src/lib/conversations/entries';
import { inTimeZone } from '../../../support/time-zone';
import { entry, planWith } from '../../../support/conversations';
import { org } from '../../../support/organizations';

describe('business days', () => {
  test('three business days after a Monday is Thursday; after a Friday, the Wednesday after the weekend', () => {
    expect(addBusinessDays('2026-12-07', 3)).toBe('2026-12-10');
    expect(addBusinessDays('2026-12-11', 3)).toBe('2026-12-16');
    // A request sent on a Saturday counts from Monday.
    expect(addBusinessDays('2026-12-12', 3)).toBe('2026-12-16');
    expect(businessDaysBetween('2026-12-11', '2026-12-14')).toBe(1);
    expect(businessDaysBetween('2026-12-11', '2026-12-11')).toBe(0);
  });

  test('across a change of clocks the days are still whole days', () => {
    // Clocks go back in New York on Sunday 1 November 2026, forward in Madrid on 29 March 2026.
    expect(addBusinessDays('2026-10-30', 3)).toBe('2026-11-04');
    expect(addBusinessDays('2026-03-27', 3)).toBe('2026-04-01');
    expect(inTimeZone('America/New_York', () => dayOf('2026-11-02T04:30:00.000Z'))).toBe(
      '2026-11-01',
    );
    expect(inTimeZone('America/New_York', () => dayOf('2026-11-02T05:30:00.000Z'))).toBe(
      '2026-11-02',
    );
  });

  test('the day a request went out is the day on the student’s clock, in their time zone', () => {
    // Friday evening in New York is already Saturday in Tokyo.
    const at = '2026-12-05T01:30:00.000Z';
    expect(inTimeZone('America/New_York', () => dayOf(at))).toBe('2026-12-04');
    expect(inTimeZone('Asia/Tokyo', () => dayOf(at))).toBe('2026-12-05');
    expect(dayOf('2026-12-04')).toBe('2026-12-04');
  });
});

describe('3B7: the second person at an organization', () => {
  // The student's clock is in New York unless a test says otherwise.
  beforeAll(() => void (process.env.TZ = 'America/New_York'));
  afterAll(() => void delete process.env.TZ);
  /** Noon in New York on a day. */
  const at = (day: string) => new Date(`${day}T17:00:00.000Z`);
  const first = (log = [entry('asked', '2026-12-04T15:00:00.000Z', { channel: 'email' })]) =>
    planWith(log, { id: 'first', person: { name: 'Priya Raman', organization: 'Acme' } });
  const acme = org('Acme', {
    connections: [
      { name: 'Priya Raman', position: '', url: '' },
      { name: 'Ana Souza', position: 'Analyst', url: 'https://www.linkedin.com/in/ana' },
    ],
  });

  test('suggested from the third business day without a reply, naming a known connection there', () => {
    // Sent Friday 4 December: Monday, Tuesday, Wednesday go by; from Wednesday on.
    expect(secondContacts([first()], [acme], at('2026-12-08'))).toEqual([]);
    const [s] = secondContacts([first()], [acme], at('2026-12-09'));
    expect(s).toMatchObject({
      name: 'Acme',
      due: '2026-12-09',
      waiting: { planId: 'first', name: 'Priya Raman', askedOn: '2026-12-04' },
      next: { kind: 'connection', connection: { name: 'Ana Souza' } },
    });
    // A weekend in between is not waiting time.
    expect(secondContacts([first()], [acme], at('2026-12-13'))).toHaveLength(1);
  });

  test('the time zone decides the day of the request, and so the day of the suggestion', () => {
    // 23:30 on Monday in New York is Tuesday in Madrid.
    const late = first([entry('asked', '2026-12-08T04:30:00.000Z')]);
    expect(secondContacts([late], [acme], new Date('2026-12-10T17:00:00.000Z'))).toHaveLength(1);
    expect(
      inTimeZone('Europe/Madrid', () =>
        secondContacts([late], [acme], new Date('2026-12-10T17:00:00.000Z')),
      ),
    ).toEqual([]);
  });

  test('a reply from anyone at the organization ends it', () => {
    const other = planWith([entry('asked', '2026-12-01'), entry('replied', '2026-12-09')], {
      id: 'other',
      person: { name: 'Luis', organization: 'acme inc' },
    });
    expect(secondContacts([first(), other], [acme], at('2026-12-10'))).toEqual([]);
    // A scheduled conversation is an answer too.
    const scheduled = first([
      entry('asked', '2026-12-04'),
      entry('scheduled', '2026-12-07', { meetingAt: '2026-12-15T15:00:00.000Z' }),
    ]);
    expect(secondContacts([scheduled], [acme], at('2026-12-10'))).toEqual([]);
  });

  test('a newer request at the organization starts the three days again', () => {
    const second = planWith([entry('asked', '2026-12-09')], {
      id: 'second',
      person: { name: 'Ana Souza', organization: 'Acme' },
    });
    expect(secondContacts([first(), second], [acme], at('2026-12-11'))).toEqual([]);
    const [s] = secondContacts([first(), second], [acme], at('2026-12-14'));
    expect(s.waiting.planId).toBe('second');
    // Both people are already written to: nobody else known there yet.
    expect(s.next).toBeNull();
  });

  test('a plan at the organization not written to yet comes before a connection', () => {
    const waiting = planWith([], {
      id: 'next',
      person: { name: 'Mei Chen', organization: 'Acme' },
    });
    const [s] = secondContacts([first(), waiting], [acme], at('2026-12-09'));
    expect(s.next).toEqual({ kind: 'plan', planId: 'next', name: 'Mei Chen', role: '' });
  });

  test('nothing for a removed organization, or before any request', () => {
    expect(secondContacts([first()], [{ ...acme, removed: true }], at('2026-12-10'))).toEqual([]);
    expect(secondContacts([first([])], [acme], at('2026-12-10'))).toEqual([]);
  });
});
