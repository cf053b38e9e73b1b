// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createPlansState, type PlansState } from '../../../../../src/lib/plans/state';
import { nudgeAfterDays } from '../../../../../src/lib/outreach/followup';
import { checks, reminders, ui } from '../../../../../src/lib/strings/outreach';
import { conversationsText } from '../../../../../src/lib/strings/conversations';
import { publishedGuides } from '../../../../support/content';
import { outreachData } from '../../../../support/outreach-data';
import { islandPlans } from '../../../../support/plans-state';
import { FakeStorage } from '../../../../support/storage';
import { entry } from '../../../../support/conversations';

let state: PlansState;
const { default: Outreach } =
  await import('../../../../../src/components/islands/outreach/Outreach');

const data = outreachData();
const note = data.templates.find((t) => t.medium === 'linkedin-note')!;
const guides = Object.fromEntries(
  publishedGuides().map((g) => [g.slug, { href: `/guides/${g.slug}/`, title: g.title }]),
);
const view = () =>
  render(
    <Outreach
      {...data}
      ui={ui}
      checks={checks}
      reminders={reminders}
      stepWords={conversationsText}
      guides={guides}
    />,
  );

const message = () => screen.getByLabelText<HTMLTextAreaElement>('Message');
const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
const choose = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const counter = () => document.getElementById(message().getAttribute('aria-describedby')!)!;
/** Everything the page shows, the checks and their reasons included. */
const shown = () => document.body.textContent;
/** Waits until the island follows the page's plans: the controls are enabled then. */
const mounted = () => waitFor(() => expect(message().disabled).toBe(false));
/** Brings the dates section into view, as scrolling does, and waits for it to load. */
const dates = async () => {
  act(() => observers.forEach((see) => see()));
  await screen.findByRole('button', { name: /^Mark .*sent|^Undo/ });
};
/** The page's IntersectionObservers: each one's "it came into view". */
const observers: (() => void)[] = [];
class SeenObserver {
  constructor(private seen: IntersectionObserverCallback) {
    observers.push(() =>
      this.seen([{ isIntersecting: true } as IntersectionObserverEntry], this as never),
    );
  }
  observe() {}
  disconnect() {}
}
vi.stubGlobal('IntersectionObserver', SeenObserver);

beforeEach(() => {
  state = islandPlans.state = createPlansState({ storage: new FakeStorage() });
});
afterEach(() => {
  observers.length = 0;
  cleanup();
  vi.useRealTimers();
});

describe('Outreach', () => {
  test('the details typed in fill the message and are kept with the plan', async () => {
    view();
    await mounted();
    expect(message().value).toMatch(/^Hi \[their name\],/);
    type('Their name', 'Maria Lopez');
    choose('How you are connected', 'referral');
    type('Who referred you', 'Professor Chen');
    type('Your broad interest', 'climate policy');
    expect(message().value).toMatch(/^Hi Maria,\n\nProfessor Chen suggested/);
    expect(message().value).toContain('exploring a career in climate policy');
    expect(state.current.value.person).toMatchObject({
      name: 'Maria Lopez',
      referrer: 'Professor Chen',
    });
  });

  test('a LinkedIn note counts its characters against the limit and flags one too long', async () => {
    view();
    await mounted();
    type('Their name', 'Maria Lopez');
    choose('Channel', note.id);
    expect(counter().textContent).toBe(`${message().value.length} of ${note.maxChars} characters`);
    expect(shown()).toContain('it fits');
    const long = 'Hi Maria, '.repeat(25);
    fireEvent.input(message(), { target: { value: long } });
    expect(counter().textContent).toBe(`${long.length} of ${note.maxChars} characters`);
    expect(shown()).toContain(
      `${long.length - note.maxChars!} too many. LinkedIn will not send it.`,
    );
    expect(shown()).toContain('More in the guide: Using LinkedIn to find people');
    expect(shown()).not.toContain('it fits');
    fireEvent.click(screen.getByLabelText(/I have LinkedIn Premium/));
    expect(counter().textContent).toBe(`${long.length} of ${note.maxCharsPremium} characters`);
    expect(shown()).toContain('it fits');
  });

  test('an edited message is kept when the channel changes and back, and can be reset', async () => {
    view();
    await mounted();
    const mine = 'Hi Maria, we met at the climate fair. Could we talk for 20 minutes?';
    // The notice of an edited message, with the way back to the template; null when not shown.
    const edited = () => screen.queryByText(ui.edited)?.textContent ?? null;
    expect(edited()).toBeNull();
    fireEvent.input(message(), { target: { value: mine } });
    expect(edited()).toBe(`${ui.edited} ${ui.reset}`);
    choose('Channel', note.id);
    expect(message().value).not.toBe(mine);
    expect(edited()).toBeNull();
    choose('Channel', data.templates[0].id);
    expect(message().value).toBe(mine);
    fireEvent.click(screen.getByRole('button', { name: 'Start again from the template' }));
    expect(message().value).toMatch(/^Hi \[their name\],/);
    expect(edited()).toBeNull();
  });

  test('marking the message sent shows the day it went and when to nudge', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2030, 4, 6, 10, 0));
    const day = (d: Date) =>
      d.toLocaleString(undefined, { weekday: 'long', month: 'long', day: 'numeric' });
    view();
    await mounted();
    type('Their name', 'Kai Moreno');
    // The dates section loads as it comes into view.
    await dates();
    expect(screen.getByText(ui.noDates).textContent).toBe(ui.noDates);
    fireEvent.click(screen.getByRole('button', { name: 'Mark as sent today' }));
    expect(screen.getByRole('status').textContent).toBe(ui.markedSent);
    expect(screen.getByText(`First message sent on ${day(new Date(2030, 4, 6))}.`).tagName).toBe(
      'LI',
    );
    expect(
      screen.getByText(
        `Next step: Send Kai one nudge, due ${day(new Date(2030, 4, 6 + nudgeAfterDays))}.`,
      ),
    ).not.toBeNull();
    expect(screen.getByRole('button', { name: ui.download }).hasAttribute('disabled')).toBe(false);
    // Once sent, the button says what it does: take the sending back.
    fireEvent.click(screen.getByRole('button', { name: ui.unmarkSent }));
    expect(screen.getByRole('status').textContent).toBe(ui.unmarkedSent);
    expect(screen.queryByText(/^First message sent on/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Mark as sent today' })).not.toBeNull();
  });

  test('after a nudge logged anywhere: what was sent, and the day to close it, as Today says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 15, 9, 0));
    state.updatePerson({ name: 'Kai Moreno' });
    state.updateSection('conversation', (c) => ({
      ...c,
      log: [entry('asked', '2026-12-07'), entry('nudged', '2026-12-14')],
    }));
    view();
    await mounted();
    await dates();
    const lines = [...document.querySelectorAll('.or-when li')].map((li) => li.textContent);
    expect(lines).toEqual([
      'First message sent on Monday, December 7.',
      'Nudge sent on Monday, December 14.',
    ]);
    expect(document.querySelector('.or-next')?.textContent).toBe(
      'Next step: No reply from Kai: close it, due Monday, December 21.',
    );
    // A reminder for that day can go in the calendar; nothing asks to mark the message sent.
    expect(screen.getByRole('button', { name: ui.download })).not.toBeNull();
    expect(screen.queryByText(ui.noDates)).toBeNull();
  });

  test('a notice is about the plan it was said on: switching plans clears it', async () => {
    view();
    await mounted();
    await dates();
    fireEvent.click(screen.getByRole('button', { name: 'Mark as sent today' }));
    expect(screen.getByRole('status').textContent).toBe(ui.markedSent);
    act(() => void state.create('Kai'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(''));
    expect(screen.getByRole('button', { name: 'Mark as sent today' })).not.toBeNull();
  });

  test('your details are kept once: a new plan starts with them in its message', async () => {
    view();
    await mounted();
    type('Your name', 'Sam Rivera');
    type('Your school or program', 'Lakeside College');
    act(() => void state.create('Kai'));
    await waitFor(() =>
      expect(message().value).toContain("I'm Sam Rivera, a student at Lakeside College"),
    );
    expect(screen.getByLabelText<HTMLInputElement>('Your name').value).toBe('Sam Rivera');
  });
});
