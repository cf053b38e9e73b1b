// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createPlansState } from '../../../../../src/lib/plans/state';
import { createConversationsState } from '../../../../../src/lib/conversations/state';
import { conversationsText } from '../../../../../src/lib/strings/conversations';
import { campaignRecord } from '../../../../support/campaign';
import { FakeStorage } from '../../../../support/storage';

/** Every time a card renders, by the person it shows. */
const rendered: string[] = [];
vi.mock('../../../../../src/components/islands/conversations/Row', async (original) => {
  const { Row } =
    await original<typeof import('../../../../../src/components/islands/conversations/Row')>();
  return {
    Row: (props: Parameters<typeof Row>[0]) => {
      rendered.push(props.row.plan.person.name);
      return Row(props);
    },
  };
});
const { List } = await import('../../../../../src/components/islands/conversations/List');

afterEach(() => {
  cleanup();
  rendered.length = 0;
});

function setup(n: number) {
  const storage = new FakeStorage();
  storage.setItem('iik:plans:v3', JSON.stringify(campaignRecord(n)));
  const plans = createPlansState({ storage });
  const s = createConversationsState(plans, { storage });
  // The page re-renders the list on every change, as Conversations.tsx does.
  const view = () => (
    <List s={s} t={conversationsText} connections={[]} say={() => {}} key={s.rows.value.length} />
  );
  const page = render(view());
  const again = () => page.rerender(view());
  return { s, plans, again };
}

describe('List', () => {
  test('shows the first 25 people of 300, and 25 more on request', () => {
    const { again } = setup(300);
    expect(document.querySelectorAll('.cv-list .cv-row')).toHaveLength(25);
    fireEvent.click(screen.getAllByRole('button', { name: /^Show more/ })[0]);
    again();
    expect(document.querySelectorAll('.cv-list .cv-row')).toHaveLength(50);
  });

  test('shows everyone while the page prints', () => {
    const { s, again } = setup(300);
    act(() => void (s.all.value = true));
    again();
    expect(document.querySelectorAll('.cv-row')).toHaveLength(300);
  });

  test('a change to one plan renders that person’s card alone', () => {
    const { s, again } = setup(60);
    rendered.length = 0;
    const target = s.list.value.open[3].plan;
    act(() => void s.change(target.id, (p) => ({ ...p, person: { ...p.person, role: 'Lead' } })));
    again();
    expect(rendered).toEqual([target.person.name]);
  });
});
