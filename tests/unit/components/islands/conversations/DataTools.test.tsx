// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ConversationStatus } from '../../../../../src/lib/conversations/log';
import type { NewPerson } from '../../../../../src/lib/conversations/people';
import { planSchema, type Plan } from '../../../../../src/lib/plans/plan';
import { linkedInExport, statusWith } from '../../../../support/conversations';
import { englishDataTools } from '../../../../support/conversations-files';
import { propsId } from '../../../../../src/components/islands/runtime/define';

const downloads: { name: string; text: string; type: string }[] = [];
vi.mock('../../../../../src/components/islands/runtime/actions/download', () => ({
  downloadFile: (name: string, text: string, type: string) =>
    void downloads.push({ name, text, type }),
}));
const { default: DataTools } =
  await import('../../../../../src/components/islands/conversations/DataTools.lazy');

afterEach(() => {
  cleanup();
  document.getElementById(propsId('datatools'))?.remove();
  downloads.length = 0;
});

const plan = (id: string, name: string): Plan =>
  planSchema.parse({
    id,
    name,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    person: { name, organization: 'Engines' },
  });

function setup(
  plans: Plan[] = [],
  statuses = new Map<string, ConversationStatus>(),
  onAdd = vi.fn<(people: NewPerson[]) => boolean | void>(),
) {
  // The page passes each plan with its status; a plan without one here is still to contact.
  const rows = plans.map((plan) => ({
    plan,
    status: statuses.get(plan.id) ?? statusWith(),
  }));
  // The wording the conversations page leaves for the data tools (ConversationsTool.astro).
  const props = document.createElement('script');
  props.type = 'application/json';
  props.id = propsId('datatools');
  props.textContent = JSON.stringify(englishDataTools);
  document.body.append(props);
  render(<DataTools rows={rows} onAdd={onAdd} />);
  return onAdd;
}
const status = () => screen.getByRole('status').textContent;
/** Chooses a file in the import field, as a user does. */
function choose(text: string | Uint8Array<ArrayBuffer>, name = 'people.csv') {
  const input = screen.getByLabelText<HTMLInputElement>('Import from a spreadsheet (CSV)');
  Object.defineProperty(input, 'files', {
    configurable: true,
    value: [new File([text], name, { type: 'text/csv' })],
  });
  fireEvent.change(input);
}
const boxes = () => screen.queryAllByRole<HTMLInputElement>('checkbox');

describe('DataTools.lazy', () => {
  test('previews a small sheet with everyone chosen, and adds whom the student keeps ticked', async () => {
    const onAdd = setup();
    choose(
      'Name,Organization,Role\nPriya Raman,City Water,Engineer\nJo Park,Museum,Curator\n,No name,\n',
    );
    await screen.findByRole('heading', { name: 'People in people.csv' }, { timeout: 10_000 });
    expect(status()).toBe(
      'Read people.csv: 2 people found. All of them are chosen; untick anyone you do not want to add.',
    );
    // The rows left out, behind a disclosure that says how many.
    const problems = screen.getByText('1 row could not be read and is left out:');
    expect(problems.tagName).toBe('SUMMARY');
    expect(
      within(problems.parentElement!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Line 4: it has no name.']);
    expect(boxes().map((b) => b.checked)).toEqual([true, true]);
    expect(onAdd).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Jo Park' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add 1 person' }));
    expect(onAdd).toHaveBeenCalledTimes(1);
    expect(onAdd.mock.calls[0][0].map((p) => p.person.name)).toEqual(['Priya Raman']);
    expect(status()).toBe('Added 1 person to your conversations.');
    expect(screen.queryByRole('table')).toBeNull();
    await waitFor(() => expect(document.activeElement?.id).toBe('cd-file'));
  });

  test('chooses nobody in a big LinkedIn export until the student filters and chooses', async () => {
    const onAdd = setup();
    choose(linkedInExport(5000), 'Connections.csv');
    await screen.findByRole('heading', { name: 'People in Connections.csv' }, { timeout: 10_000 });
    expect(status()).toBe(
      'Read Connections.csv: 5,000 people found. Nobody is chosen yet: use the filter and the tick boxes to choose whom to add.',
    );
    expect(boxes()).toHaveLength(100);
    expect(boxes().some((b) => b.checked)).toBe(false);
    const showing = /^Showing the first/;
    expect(screen.getByText(showing).textContent).toBe(
      'Showing the first 100 of 5,000 people; filter to find the others.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add the people chosen' }));
    expect(onAdd).not.toHaveBeenCalled();
    expect(status()).toBe('Nobody is chosen: tick at least one person, or cancel.');
    fireEvent.input(screen.getByLabelText('Filter by name, role or organization'), {
      target: { value: 'lovelace 4999' },
    });
    expect(boxes()).toHaveLength(1);
    expect(screen.queryByText(showing)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Choose all 1 person that match' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add 1 person' }));
    expect(onAdd.mock.calls[0][0].map((p) => p.person.name)).toEqual(['Ada Lovelace 4999']);
  });

  test('says why a file that is not CSV cannot be read, and changes nothing', async () => {
    const onAdd = setup();
    choose(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), 'people.xlsx');
    await waitFor(() => expect(status()).toMatch(/^That file is not a CSV text file/));
    choose('{"plans":[]}', 'backup.json');
    await waitFor(() => expect(status()).toMatch(/^That file is JSON, not CSV/));
    expect(screen.queryByRole('table')).toBeNull();
    expect(onAdd).not.toHaveBeenCalled();
  });

  test('cancelling the preview adds nobody', async () => {
    const onAdd = setup();
    choose('Name,Organization\nAda,Engines\n');
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(status()).toBe('Import cancelled. Nothing was changed.');
    expect(onAdd).not.toHaveBeenCalled();
  });

  test('keeps the preview and says so when the plans could not be saved', async () => {
    setup(
      [],
      undefined,
      vi.fn(() => false),
    );
    choose('Name,Organization\nAda,Engines\n');
    fireEvent.click(await screen.findByRole('button', { name: 'Add 1 person' }));
    expect(status()).toMatch(/^There is not enough room/);
    // The preview stays, with the choice made, to try again.
    expect(
      within(screen.getByRole('table')).getByRole<HTMLInputElement>('checkbox', { name: 'Ada' })
        .checked,
    ).toBe(true);
  });

  test('downloads every conversation as CSV and every upcoming step as a calendar file', async () => {
    const plans = [plan('p1', 'Priya'), plan('p2', 'Jo')];
    const statuses = new Map<string, ConversationStatus>([
      [
        'p1',
        statusWith({
          stage: 'asked',
          next: { key: 'nudge', kind: 'nudge', due: '2999-01-08', at: null },
          sentOn: '2999-01-01',
        }),
      ],
    ]);
    setup(plans, statuses);
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(status()).toBe('Downloaded 2 people as a CSV file.'));
    expect(downloads[0]).toMatchObject({
      name: 'conversations.csv',
      type: 'text/csv;charset=utf-8',
    });
    expect(
      downloads[0].text
        .split('\r\n')
        .slice(1, 3)
        .map((l) => l.split(',')[0]),
    ).toEqual(['Priya', 'Jo']);
    fireEvent.click(screen.getByRole('button', { name: 'Download calendar' }));
    await waitFor(() =>
      expect(status()).toMatch(/^Downloaded a calendar file with 1 upcoming step\./),
    );
    expect(downloads[1].text).toContain('SUMMARY:Nudge Priya if there is no reply');
  });

  test('says there is nothing to download rather than giving an empty file', async () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() =>
      expect(status()).toBe('There is nobody to export yet: add a person first.'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Download calendar' }));
    await waitFor(() => expect(status()).toMatch(/^No upcoming step has a date yet/));
    expect(downloads).toEqual([]);
    expect(within(document.body).queryByRole('table')).toBeNull();
  });
});
