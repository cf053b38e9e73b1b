// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { createPlansState } from '../../../../../src/lib/plans/state';
import {
  createConversationsState,
  pageSize,
  todayPageSize,
} from '../../../../../src/lib/conversations/state';
import { conversationsText } from '../../../../../src/lib/strings/conversations';
import { Today } from '../../../../../src/components/islands/conversations/Today';
import { campaignRecord } from '../../../../support/campaign';
import { FakeStorage } from '../../../../support/storage';

afterEach(cleanup);

function setup(n: number) {
  const storage = new FakeStorage();
  storage.setItem('iik:plans:v3', JSON.stringify(campaignRecord(n)));
  const plans = createPlansState({ storage });
  const s = createConversationsState(plans, { storage });
  const view = () => <Today s={s} t={conversationsText} say={() => {}} />;
  const page = render(view());
  return { s, again: () => page.rerender(view()) };
}

/** The entries each of Today's groups shows, by its heading. */
const shown = () =>
  Object.fromEntries(
    [...document.querySelectorAll('.cv-group')].map((g) => [
      g.querySelector('h3')!.textContent,
      g.querySelectorAll('.cv-item').length,
    ]),
  );

describe('Today', () => {
  test('with 300 people, each group shows its first entries, and more in that group alone', async () => {
    const { s, again } = setup(300);
    const { overdue, week } = s.today.value;
    expect(overdue.length).toBeGreaterThan(todayPageSize + pageSize);
    expect(week.length).toBeGreaterThan(todayPageSize);
    for (const count of Object.values(shown())) expect(count).toBeLessThanOrEqual(todayPageSize);

    const group = document.querySelector<HTMLElement>('.cv-group-overdue')!;
    fireEvent.click(within(group).getByRole('button', { name: /^Show more/ }));
    again();
    expect(group.querySelectorAll('.cv-item')).toHaveLength(todayPageSize + pageSize);
    // Focus goes to the first entry it added, so the keyboard carries on from there.
    await waitFor(() =>
      expect(document.activeElement?.closest('.cv-item')).toBe(
        group.querySelectorAll('.cv-item')[todayPageSize],
      ),
    );
    expect(document.querySelectorAll('.cv-group-week .cv-item')).toHaveLength(todayPageSize);
  });

  test('shows every entry while the page prints', () => {
    const { s, again } = setup(300);
    act(() => void (s.all.value = true));
    again();
    const { overdue, today, week } = s.today.value;
    expect(screen.getAllByRole('listitem')).toHaveLength(
      overdue.length + today.length + week.length,
    );
  });
});
