import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { act, fireEvent, waitFor, within } from '@testing-library/preact';
import { Window } from 'happy-dom';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { createPlansState, type PlansState } from '../../../../../src/lib/plans/state';
import { exportPlans } from '../../../../../src/lib/plans/file.lazy';
import { plansText, type PlansText } from '../../../../../src/lib/strings/plans';
import PlanBarMarkup from '../../../../../src/components/islands/plans/PlanBar.astro';
import { planBarView } from '../../../../../src/components/islands/plans/page-plans';
import { propsId } from '../../../../../src/components/islands/runtime/define';
import { readProps } from '../../../../../src/components/islands/runtime/dom';
import { stubPage } from '../../../../support/dom-page';
import { FakeStorage } from '../../../../support/storage';
import { campaignRecord } from '../../../../support/campaign';

// PlanBar.astro renders on the server side of Vite, so this file runs in Node and gives the
// browser half (plan-bar.ts) a happy-dom page of its own, with the bar as the server wrote it.
// plan-bar.ts defines its custom element as it loads, so it needs a browser's HTMLElement and
// element registry first (from a page of their own: the element does not start in each test's
// page, where the test binds the bar itself, unless the test loads the module again).
await vi.hoisted(async () => {
  const { Window } = await import('happy-dom');
  const { HTMLElement, customElements } = new Window();
  Object.assign(globalThis, { HTMLElement, customElements });
});
const { bindPlanBar } = await import('../../../../../src/components/islands/plans/plan-bar');

let container: AstroContainer;
let window: Window;
let document: Document;
let screen: ReturnType<typeof within>;
let state: PlansState;
let html: string;
beforeAll(async () => {
  container = await AstroContainer.create();
  html = await container.renderToString(PlanBarMarkup);
});
beforeEach(() => {
  ({ window, document } = stubPage('http://localhost/tools/outreach/'));
  screen = within(document.body);
  document.body.innerHTML = html;
  state = makeState();
});
afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await window.happyDOM.close();
});

/**
 * The plans as the page script makes them (page-plans.ts): named in the wording the bar left in
 * the page (its props), which must be in the document.
 */
function makeState(storage: FakeStorage | null = new FakeStorage(), now?: () => Date) {
  const text = readProps(planBarView);
  return createPlansState({ storage, now, names: { first: text.defaultName, next: text.newName } });
}
/** Makes the bar in the document live over `state`, in the wording its props give. */
function bind(text: PlansText = readProps(planBarView)) {
  bindPlanBar(document.querySelector<HTMLElement>('iik-planbar')!, state, text);
}
/** The plan bar as the server writes it, made live over `state` as its page script does. */
function render() {
  document.body.innerHTML = html;
  bind();
}

const select = () => screen.getByLabelText('Working on') as HTMLSelectElement;
const options = () => [...select().options].map((o) => o.textContent);
const status = () => screen.getByRole('status').textContent;
/** What each notice in the alert region says (without its Dismiss button). */
const notices = () =>
  [...screen.getByRole('alert').querySelectorAll('p')].map((p) => p.firstChild?.textContent);
/** The line under the bar that says when plans were last backed up, as it reads. */
const backupLine = () =>
  [...document.querySelector('.planbar-backup')!.childNodes].map((n) => n.textContent).join(' ');
/** Opens the "Rename, delete, export or import" section, whose code loads on demand. */
async function openManage() {
  const summary = screen.getByText('Rename, delete, export or import');
  const details = summary.parentElement as HTMLDetailsElement;
  details.open = true;
  fireEvent(details, new window.Event('toggle') as unknown as Event);
  // Its code loads on demand: allow a busy machine more than the default second.
  await screen.findByRole('button', { name: 'Rename' }, { timeout: 5000 });
}

describe('PlanBar', () => {
  test('marks its link to every conversation as the current page only on that page', async () => {
    const link = (markup: string) => {
      document.body.innerHTML = markup;
      return screen.getByRole('link', { name: 'All conversations' });
    };
    expect(link(html).getAttribute('aria-current')).toBeNull();
    for (const page of ['/tools/conversations/', '/embed/conversations/']) {
      const here = await container.renderToString(PlanBarMarkup, {
        request: new Request(`http://localhost${page}`),
      });
      expect(link(here).getAttribute('aria-current'), page).toBe('page');
    }
  });

  test('on the conversations page, "New plan" leads to the add-a-person name field', async () => {
    for (const page of ['/tools/conversations/', '/embed/conversations/']) {
      document.body.innerHTML = await container.renderToString(PlanBarMarkup, {
        request: new Request(`http://localhost${page}`),
      });
      bind();
      expect(screen.queryByRole('button', { name: 'New plan' }), page).toBeNull();
      const link = screen.getByRole('link', { name: 'New plan' });
      expect(link.getAttribute('href'), page).toBe('#cv-add-name');
      // In the page even in an embed, whose links open a new tab by default.
      expect(link.getAttribute('target'), page).toBe('_self');
      fireEvent.click(link);
      expect(state.plans.value, page).toHaveLength(1);
    }
  });

  test('is disabled as the server writes it, and live once its script has read the plans', () => {
    document.body.innerHTML = html;
    expect(select().closest('fieldset')!.disabled).toBe(true);
    expect(options()).toEqual(['My first conversation']);
    bind();
    expect(select().closest('fieldset')!.disabled).toBe(false);
    expect(select().value).toBe(state.current.value.id);
  });

  test('shows the current plan and switches between plans', async () => {
    render();
    expect(options()).toEqual(['My first conversation']);
    fireEvent.click(screen.getByRole('button', { name: 'New plan' }));
    expect(options()).toEqual(['My first conversation', 'Conversation 2']);
    expect(select().value).toBe(state.current.value.id);
    expect(status()).toBe('Created “Conversation 2”.');
    fireEvent.change(select(), { target: { value: state.plans.value[0].id } });
    expect(state.current.value.name).toBe('My first conversation');
    expect(status()).toBe('Now working on “My first conversation”.');
  });

  test('with more plans than it lists, the switcher lists the latest and a search box finds the rest', async () => {
    let minute = 0;
    state = makeState(new FakeStorage(), () => new Date(Date.UTC(2026, 11, 1, 9, minute++)));
    for (let i = 1; i <= 30; i++) state.create(`Person ${i}`);
    const first = state.plans.value[0];
    state.select(first.id);
    render();
    // The plan in use, then the 19 changed last (the newest first).
    await waitFor(() => expect(options()).toHaveLength(20));
    expect(options()[0]).toBe('My first conversation');
    expect(options().slice(1, 3)).toEqual(['Person 30', 'Person 29']);
    expect(options()).not.toContain('Person 5');
    const find = screen.getByLabelText('Find a plan') as HTMLInputElement;
    expect(find.closest('[hidden]')).toBeNull();
    fireEvent.input(find, { target: { value: 'person 5' } });
    // Every word typed, anywhere in the name, in any case: the newest first.
    expect(options()).toEqual(['My first conversation', 'Person 25', 'Person 15', 'Person 5']);
    await waitFor(() =>
      expect(status()).toBe('3 of 31 plans match. Choose one under “Working on”.'),
    );
    fireEvent.change(select(), { target: { value: state.plans.value[5].id } });
    expect(state.current.value.name).toBe('Person 5');
    fireEvent.input(find, { target: { value: 'nobody' } });
    expect(options()).toEqual(['Person 5']);
    await waitFor(() => expect(status()).toBe('No plan matches “nobody”.'));
    fireEvent.input(find, { target: { value: '' } });
    expect(options()).toHaveLength(20);
  });

  test('with a few plans, the switcher lists every one and shows no search box', () => {
    render();
    for (let i = 1; i < 20; i++) state.create(`Person ${i}`);
    expect(options()).toHaveLength(20);
    expect(screen.getByLabelText('Find a plan').closest('[hidden]')).not.toBeNull();
  });

  test('writes the manage section’s controls in the page, there once their code has loaded', async () => {
    render();
    // In the page's wording from the server, in a template until then: out of sight and reach.
    const template = document.querySelector('.planbar-manage template') as HTMLTemplateElement;
    expect(template.content.textContent).toContain('Export all plans');
    expect(screen.queryByText('Export all plans')).toBeNull();
    await openManage();
    expect(screen.getByRole('button', { name: 'Export all plans' })).toBeTruthy();
  });

  test('renames the current plan and returns focus to the Rename button', async () => {
    render();
    await openManage();
    const rename = screen.getByRole('button', { name: 'Rename' });
    const field = () => screen.queryByRole('textbox', { name: 'New name for this plan' });
    expect(field()).toBeNull();
    fireEvent.click(rename);
    expect(rename.getAttribute('aria-expanded')).toBe('true');
    const input = field() as HTMLInputElement;
    expect(input.value).toBe('My first conversation');
    expect(document.activeElement).toBe(input);
    input.value = 'Lunch with Priya';
    fireEvent.submit(input.form!);
    expect(options()).toEqual(['Lunch with Priya']);
    expect(status()).toBe('Renamed to “Lunch with Priya”.');
    expect(field()).toBeNull();
    expect(rename.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(rename);
  });

  test('starts the new name from the plan in use each time, and Cancel changes nothing', async () => {
    render();
    await openManage();
    const rename = screen.getByRole('button', { name: 'Rename' });
    fireEvent.click(rename);
    const input = screen.getByRole('textbox', { name: 'New name for this plan' });
    (input as HTMLInputElement).value = 'Half typed';
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(rename);
    expect(options()).toEqual(['My first conversation']);
    fireEvent.click(screen.getByRole('button', { name: 'New plan' }));
    fireEvent.click(rename);
    expect((input as HTMLInputElement).value).toBe('Conversation 2');
    // Pressed again, Rename closes the form.
    fireEvent.click(rename);
    expect(screen.queryByRole('textbox', { name: 'New name for this plan' })).toBeNull();
  });

  test('deletes a plan and undoes the delete', async () => {
    render();
    await openManage();
    fireEvent.click(screen.getByRole('button', { name: 'New plan' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete this plan' }));
    expect(options()).toEqual(['My first conversation']);
    expect(status()).toBe('Deleted “Conversation 2”.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo delete' }));
    expect(options()).toEqual(['My first conversation', 'Conversation 2']);
    expect(select().value).toBe(state.current.value.id);
    expect(screen.queryByRole('button', { name: 'Undo delete' })).toBeNull();
    expect(document.activeElement).toBe(select());
  });

  test('leaves its wording in the page as props, and speaks in the wording given', () => {
    const block = document.getElementById(propsId(planBarView.name))!;
    expect(block.getAttribute('type')).toBe('application/json');
    expect(readProps(planBarView)).toEqual(plansText);
    // A page in other words (a translation): the bar and the plans it makes follow it.
    block.textContent = JSON.stringify({
      ...plansText,
      defaultName: 'Ma première conversation',
      newName: 'Conversation n° {n}',
      bar: { ...plansText.bar, created: 'Plan « {name} » créé.', noExport: 'Aucune sauvegarde.' },
    });
    state = makeState();
    bind();
    expect(options()).toEqual(['Ma première conversation']);
    expect(screen.getByText('Aucune sauvegarde.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'New plan' }));
    expect(status()).toBe('Plan « Conversation n° 2 » créé.');
  });

  test('says where saved plans that could not be read were kept', async () => {
    const storage = new FakeStorage({ 'iik:plans:v3': '{not json' });
    state = makeState(storage);
    render();
    const [{ backupKey }] = state.notices.value;
    expect(backupKey).toMatch(/^iik:plans:corrupt:/);
    await waitFor(() =>
      expect(notices()).toEqual([
        `Your saved plans could not be read, so this is a fresh start. The old copy is kept under “${backupKey}”. `,
      ]),
    );
    expect(options()).toEqual(['My first conversation']);
  });

  test('says a fresh start without a key when no copy could be kept (storage full)', async () => {
    const storage = new FakeStorage({ 'iik:plans:v3': '{not json' });
    storage.fail.set = 'QuotaExceededError';
    state = makeState(storage);
    render();
    await waitFor(() =>
      expect(notices()).toEqual([
        'Browser storage is full: your latest changes last until you close the tab. Export your plans, then delete ones you no longer need; they are saved once there is room. ',
        'Your saved plans could not be read, so this is a fresh start. ',
      ]),
    );
  });

  test('says when storage has room again, in place of the "full" notice', async () => {
    const storage = new FakeStorage();
    state = makeState(storage);
    render();
    storage.fail.set = 'QuotaExceededError';
    act(() => state.updatePerson({ name: 'Dana' }));
    await waitFor(() =>
      expect(notices()).toEqual([expect.stringMatching(/^Browser storage is full: /)]),
    );
    delete storage.fail.set;
    act(() => state.updatePerson({ role: 'Nurse' }));
    await waitFor(() =>
      expect(notices()).toEqual(['Browser storage has room again: all your changes are saved. ']),
    );
  });

  test('shows plans saved by the previous release once they are updated, and says so', async () => {
    const saved = (id: string, name: string, sentAt: string) => ({
      id,
      name,
      createdAt: '2026-12-01T09:00:00.000Z',
      updatedAt: sentAt,
      outreach: { senderName: 'Sam Lee', sentAt, meetingAt: null },
    });
    const storage = new FakeStorage({
      'iik:plans:v2': JSON.stringify({
        plans: [
          saved('a', 'Coffee with Dana', '2026-12-07'),
          saved('b', 'Lunch with Marco', '2026-12-08'),
        ],
        currentId: 'b',
      }),
    });
    state = makeState(storage);
    render();
    await waitFor(() =>
      expect(notices()).toEqual(['Your saved plans were updated to the new format. ']),
    );
    expect(options()).toEqual(['Coffee with Dana', 'Lunch with Marco']);
    expect(select().value).toBe('b');
    expect(storage.getItem('iik:plans:v2')).toBeNull();
  });

  test('tells the user when storage is blocked, and the notice can be dismissed', async () => {
    state = makeState(null);
    render();
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).toContain('blocks saving'));
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(alert.textContent).toBe(''));
  });

  test('imports a file with the chosen merge or replace, and reports a malformed one', async () => {
    const source = makeState();
    source.rename(source.current.value.id, 'From the other laptop');
    render();
    await openManage();
    const file = screen.getByLabelText('Import plans from a file') as HTMLInputElement;
    const choose = (text: string) =>
      fireEvent.change(file, {
        target: { files: [new File([text], 'plans.json', { type: 'application/json' })] },
      });
    choose('{not json');
    await waitFor(() => expect(status()).toContain('not valid JSON'));
    expect(options()).toEqual(['My first conversation']);
    fireEvent.click(screen.getByLabelText('Replace my plans'));
    choose(exportPlans(source));
    await waitFor(() => expect(options()).toEqual(['From the other laptop']));
    expect(status()).toBe('Imported 1 plan, in place of your previous plans.');
    // Said once, in the status line: not again in the alert region.
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  test('refuses a file over 1 MB before reading it, and says the limit by the field', async () => {
    render();
    await openManage();
    const file = screen.getByLabelText('Import plans from a file') as HTMLInputElement;
    expect(file.getAttribute('aria-describedby')).toBe('iik-plan-file-hint');
    expect(document.getElementById('iik-plan-file-hint')?.textContent).toBe(
      'A file exported from this toolkit, up to 1 MB.',
    );
    const big = new File(['x'], 'plans.json', { type: 'application/json' });
    Object.defineProperty(big, 'size', { value: 5 * 1024 * 1024 });
    big.text = vi.fn(big.text);
    fireEvent.change(file, { target: { files: [big] } });
    await waitFor(() => expect(status()).toMatch(/^That file is 5\.0 MB; .* up to 1 MB\./));
    expect(big.text).not.toHaveBeenCalled();
    expect(options()).toEqual(['My first conversation']);
  });

  test('shows a quiet backup reminder once a plan holds work, which can be dismissed', async () => {
    render();
    expect(backupLine()).toBe('No backup yet.');
    act(() => state.updatePerson({ name: 'Dana' }));
    expect(backupLine()).toBe('Not backed up yet. Dismiss');
    expect(screen.queryByRole('alert')?.textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss backup reminder' }));
    expect(backupLine()).toBe('No backup yet.');
  });

  test('downloads a backup from the bar and shows when', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:plans');
    URL.revokeObjectURL = vi.fn();
    const click = vi
      .spyOn(window.HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    state = makeState(new FakeStorage(), () => new Date('2026-03-02T10:00:00Z'));
    render();
    act(() => state.updatePerson({ name: 'Dana' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download a backup' }));
    await waitFor(() => expect(status()).toBe('Downloaded your plans as a file.'));
    expect(click).toHaveBeenCalledOnce();
    expect(backupLine()).toBe('Last backup March 2, 2026.');
  });

  test('exports every plan as a downloaded JSON file', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (created.push(blob), 'blob:plans'));
    URL.revokeObjectURL = vi.fn();
    const click = vi
      .spyOn(window.HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    render();
    await openManage();
    fireEvent.click(screen.getByRole('button', { name: 'Export all plans' }));
    expect(click).toHaveBeenCalledOnce();
    expect(JSON.parse(await created[0].text()).plans).toHaveLength(1);
    expect(status()).toBe('Downloaded your plans as a file.');
  });
});

describe('<iik-planbar>', () => {
  // Reading and checking hundreds of saved plans took 100-150 ms on a phone: it must not share
  // the page's first task (where the tool renders), nor the next one with the bar.
  test('starts itself: reads the saved plans in a task after the page’s first, and shows them in the bar in the next', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('localStorage', window.localStorage);
    vi.stubGlobal('navigator', window.navigator);
    localStorage.setItem('iik:plans:v3', JSON.stringify(campaignRecord(3)));
    const reads = vi.spyOn(Object.getPrototypeOf(localStorage), 'getItem');
    // The page script loads the element's module, which defines it: the bar starts.
    vi.resetModules();
    await import('../../../../../src/components/islands/plans/plan-bar');
    expect(reads).not.toHaveBeenCalledWith('iik:plans:v3');
    expect(select().closest('fieldset')!.disabled).toBe(true);

    vi.advanceTimersToNextTimer();
    expect(reads).toHaveBeenCalledWith('iik:plans:v3');
    expect(select().closest('fieldset')!.disabled).toBe(true);

    vi.advanceTimersToNextTimer();
    expect(select().closest('fieldset')!.disabled).toBe(false);
    const { pagePlans } = await import('../../../../../src/components/islands/plans/page-plans');
    const plans = pagePlans().plans.value;
    expect(plans).toHaveLength(3);
    expect(options()).toEqual(plans.map((p) => p.name));
    expect(reads.mock.calls.filter(([key]) => key === 'iik:plans:v3')).toHaveLength(1);
    vi.useRealTimers();
  });
});
