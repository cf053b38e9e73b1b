// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createPlansState, type PlansState } from '../../../../../src/lib/plans/state';
import { checklistText } from '../../../../../src/lib/strings/checklist';
import type { ChecklistStep } from '../../../../../src/components/islands/checklist/Checklist';
import { islandPlans } from '../../../../support/plans-state';
import { FakeStorage } from '../../../../support/storage';

let state: PlansState;
const { default: Checklist } =
  await import('../../../../../src/components/islands/checklist/Checklist');

const steps: ChecklistStep[] = [
  {
    id: 'research-person',
    stage: 'before',
    text: 'Read up on the person',
    why: 'Saves their time.',
    href: '/guides/preparing/',
    guideTitle: 'Preparing',
  },
  { id: 'listen-more', stage: 'during', text: 'Listen more than you talk', why: 'It helps.' },
  {
    id: 'send-thank-you',
    stage: 'after',
    text: 'Send a thank-you note',
    why: 'It is remembered.',
    timing: 'Within 24 hours',
  },
];
const view = () => render(<Checklist steps={steps} text={checklistText} />);
const box = (name: string) => screen.getByRole<HTMLInputElement>('checkbox', { name });
const status = () => screen.getByRole('status').textContent;
const mounted = () =>
  waitFor(() =>
    expect(screen.getByRole('button', { name: 'Reset checklist' })).toHaveProperty(
      'disabled',
      false,
    ),
  );

beforeEach(() => {
  state = islandPlans.state = createPlansState({ storage: new FakeStorage() });
});
afterEach(cleanup);

describe('Checklist', () => {
  test('renders every step, its timing and guide link on the server, before any state', () => {
    const html = renderToString(<Checklist steps={steps} text={checklistText} />);
    expect(html).toContain('Read up on the person');
    expect(html).toContain('Within 24 hours');
    expect(html).toContain('href="/guides/preparing/"');
    expect(html).toContain('0 of 3 done');
  });

  test('shows the saved ticks of the current plan after mount', async () => {
    state.updateSection('checklist', (c) => ({ ...c, done: ['listen-more'] }));
    view();
    await mounted();
    expect(box('Listen more than you talk').checked).toBe(true);
    const overall = screen.getByLabelText<HTMLProgressElement>(
      `Progress: ${checklistText.overall}`,
    );
    expect(overall.value).toBe(1);
    expect(overall.nextElementSibling?.textContent).toBe('1 of 3 done');
  });

  test('ticking saves to the plan and announces progress', async () => {
    view();
    await mounted();
    fireEvent.click(box('Read up on the person'));
    expect(state.current.value.checklist.done).toEqual(['research-person']);
    expect(status()).toBe('1 of 3 steps done.');
    expect(screen.getByLabelText('Progress: Before the conversation')).toHaveProperty('value', 1);
  });

  test('adds an own step to a stage and removes it again', async () => {
    view();
    await mounted();
    const input = screen.getByLabelText<HTMLInputElement>(
      'Add your own step to “After the conversation”',
    );
    input.value = 'Update my tracker';
    fireEvent.submit(input.form!);
    // A new step, not yet done, in the stage it was added to.
    expect(box('Update my tracker').checked).toBe(false);
    expect(
      within(screen.getByRole('region', { name: 'After the conversation' }))
        .getAllByRole('checkbox')
        .map((b) => b.id),
    ).toEqual(['c-send-thank-you', box('Update my tracker').id]);
    expect(status()).toBe('Added “Update my tracker”.');
    expect(input.value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Remove your step “Update my tracker”' }));
    expect(screen.queryByRole('checkbox', { name: 'Update my tracker' })).toBeNull();
  });

  test('the printed heading names a plan called after its person once', async () => {
    const { container } = view();
    await mounted();
    const heading = () => container.querySelector('.print-only')?.textContent?.trim();
    act(() => {
      state.rename(state.current.value.id, 'Priya Shah');
      state.updatePerson({ name: 'Priya Shah' });
    });
    expect(heading()).toBe('Priya Shah');
    act(() => state.rename(state.current.value.id, 'Coffee chat'));
    expect(heading()).toBe('Coffee chat Priya Shah');
  });

  test('reset asks first, keeps notes, and can be undone', async () => {
    view();
    await mounted();
    fireEvent.click(box('Send a thank-you note'));
    fireEvent.input(screen.getByLabelText('Notes for this conversation'), {
      target: { value: 'Met at the fair' },
    });
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    window.confirm = confirm;
    fireEvent.click(screen.getByRole('button', { name: 'Reset checklist' }));
    expect(box('Send a thank-you note').checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Reset checklist' }));
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(box('Send a thank-you note').checked).toBe(false);
    expect(state.current.value.checklist.notes).toBe('Met at the fair');
    fireEvent.click(screen.getByRole('button', { name: 'Undo reset' }));
    expect(box('Send a thank-you note').checked).toBe(true);
    expect(status()).toBe('Reset undone.');
  });
});
