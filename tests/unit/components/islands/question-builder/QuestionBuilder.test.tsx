// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createPlansState, type PlansState } from '../../../../../src/lib/plans/state';
import { questionsThatFit } from '../../../../../src/lib/questions/bank';
import { builderText } from '../../../../../src/lib/strings/question-builder';
import { smallBank } from '../../../../support/questions';
import { islandPlans } from '../../../../support/plans-state';
import { FakeStorage } from '../../../../support/storage';

let state: PlansState;
const { default: QuestionBuilder } =
  await import('../../../../../src/components/islands/question-builder/QuestionBuilder');

const bank = smallBank();
const view = () => render(<QuestionBuilder bank={bank} t={{ ...builderText, articles: true }} />);
const bankRegion = () => screen.getByRole('region', { name: 'Question bank' });
const list = () => screen.getByRole('region', { name: 'Your questions' });
/** The questions in the student's list, as shown. */
const listed = () =>
  within(list())
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('p')?.textContent);
/** The message announced in the list's status line. */
const said = () => within(list()).getByRole('status').textContent;
/** Adds the bank question with this exact text. */
function add(text: string) {
  const question = within(bankRegion()).getByText(text).closest('li')!;
  fireEvent.click(within(question).getByRole('button', { name: 'Add' }));
}
/** The list item that shows `text`. */
const item = (text: string) => within(list()).getByText(text).closest('li')!;
/** Waits until the island follows the page's plans (the first render is the server's). */
const mounted = () => waitFor(() => expect(state.current.value.id).not.toBe(''));

beforeEach(() => {
  state = islandPlans.state = createPlansState({ storage: new FakeStorage() });
});
afterEach(cleanup);

describe('QuestionBuilder', () => {
  test('adds a question from the bank to the list and the plan, and marks it added', async () => {
    view();
    await mounted();
    // An empty list says so, until the first question comes.
    const empty = () => within(list()).queryByText(builderText.ui.empty)?.tagName ?? null;
    expect(listed()).toEqual([]);
    expect(empty()).toBe('P');
    add('General warm-up question');
    expect(listed()).toEqual(['General warm-up question']);
    expect(empty()).toBeNull();
    expect(said()).toBe('Added to your list.');
    const inBank = within(bankRegion()).getByText('General warm-up question').closest('li')!;
    expect(within(inBank).getByRole('button', { name: 'Added' })).toHaveProperty('disabled', true);
    expect(state.current.value.questions.items.map((i) => i.text)).toEqual([
      'General warm-up question',
    ]);
  });

  test('Move up moves a question, announces its new position and keeps focus on the button', async () => {
    view();
    await mounted();
    add('General warm-up question');
    add('General trends question');
    add('General advice question');
    const up = within(item('General advice question')).getByRole('button', { name: 'Move up' });
    fireEvent.click(up);
    expect(listed()).toEqual([
      'General warm-up question',
      'General advice question',
      'General trends question',
    ]);
    expect(said()).toBe('Moved to position 2 of 3.');
    await waitFor(() => expect(document.activeElement).toBe(up));
    fireEvent.click(up);
    expect(said()).toBe('Moved to position 1 of 3.');
    fireEvent.click(up);
    expect(said()).toBe('It cannot move further.');
    expect(listed()[0]).toBe('General advice question');
  });

  test('a must-ask question is flagged in the list and saved in the plan', async () => {
    view();
    await mounted();
    add('General closing question');
    fireEvent.click(
      within(item('General closing question')).getByRole('checkbox', { name: 'Must ask' }),
    );
    expect(listed()).toEqual(['Must ask: General closing question']);
    expect(state.current.value.questions.items[0].mustAsk).toBe(true);
  });

  test('notes on an answer are kept in the plan and shown again on the next visit', async () => {
    view();
    await mounted();
    add('General insights question');
    fireEvent.input(within(list()).getByLabelText('Notes on the answer'), {
      target: { value: 'Two newsletters a week.' },
    });
    expect(state.current.value.questions.items[0].notes).toBe('Two newsletters a week.');
    cleanup();
    view();
    await mounted();
    expect(within(list()).getByLabelText<HTMLTextAreaElement>('Notes on the answer').value).toBe(
      'Two newsletters a week.',
    );
  });

  test('says how many questions fit the time, and when the list runs over', async () => {
    view();
    await mounted();
    const minutes = 15;
    fireEvent.change(screen.getByLabelText('Length'), { target: { value: String(minutes) } });
    const capacity = questionsThatFit(minutes);
    const fit = () => screen.getByText(/^(Your list has|Runs over)/).textContent;
    expect(fit()).toBe(
      `Your list has 0 of the ${capacity} or so questions that fit ${minutes} minutes.`,
    );
    const general = bank.filter((q) => q.text.startsWith('General')).slice(0, capacity + 1);
    for (const q of general.slice(0, capacity)) add(q.text);
    expect(fit()).toMatch(`Your list has ${capacity} of the ${capacity} or so questions`);
    add(general[capacity].text);
    expect(fit()).toMatch(/^Runs over: 1 more than fit\./);
    // A longer conversation makes room again.
    fireEvent.change(screen.getByLabelText('Length'), { target: { value: '45' } });
    expect(fit()).toBe(
      `Your list has ${capacity + 1} of the ${questionsThatFit(45)} or so questions that fit 45 minutes.`,
    );
  });

  test('choosing a background shows the questions written for it and keeps the choice', async () => {
    view();
    await mounted();
    const abroad = 'What would you tell a student who studied abroad?';
    const inBank = () => within(bankRegion()).queryByText(abroad);
    const background = screen.getByLabelText<HTMLSelectElement>('Your background');
    fireEvent.change(background, { target: { value: 'first-generation' } });
    expect(inBank()).toBeNull();
    fireEvent.change(background, { target: { value: 'international' } });
    expect(inBank()).not.toBeNull();
    expect(background.value).toBe('international');
    expect(state.current.value.questions.background).toBe('international');
  });

  test('a question of your own joins the list', async () => {
    view();
    await mounted();
    const own = screen.getByLabelText<HTMLInputElement>('Write your own question');
    fireEvent.input(own, { target: { value: 'What do you read every week?' } });
    fireEvent.submit(own.form!);
    expect(listed()).toEqual(['What do you read every week?']);
    expect(own.value).toBe('');
  });
});
