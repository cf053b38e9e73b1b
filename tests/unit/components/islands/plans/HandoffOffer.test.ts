// @vitest-environment happy-dom
import { fireEvent, within } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { planSchema } from '../../../../../src/lib/plans/plan';
import { encodeHandoff } from '../../../../../src/lib/plans/handoff.lazy';
import { handoffOfferText } from '../../../../../src/lib/strings/handoff';
import { propsId } from '../../../../../src/components/islands/runtime/define';
import { handoffOfferView } from '../../../../../src/components/islands/plans/views';

const screen = within(document.body);

/** A plan handed over from an embed; its name holds markup, which must stay text. */
const handed = planSchema.parse({
  id: 'from-the-embed',
  name: 'Coffee with <img src=x onerror="alert(1)">',
  createdAt: '2026-03-01T12:00:00.000Z',
  updatedAt: '2026-03-02T18:30:00.000Z',
  person: { name: 'Dana Ortiz' },
  checklist: { done: ['research-person'] },
});

/**
 * A tool page as Tool.astro writes it (the offer's slot and wording, the plan bar's switcher),
 * opened with `code` in its address; then the offer's code, loaded afresh with the page's plans.
 */
async function open(code: string) {
  localStorage.clear();
  history.replaceState(null, '', `/tools/checklist/#plan=${code}`);
  document.body.innerHTML = `<div data-plan-handoff></div>
    <script type="application/json" id="${propsId(handoffOfferView.name)}">${JSON.stringify(handoffOfferText)}</script>
    <label for="iik-plan">Working on</label><select id="iik-plan"><option>Mine</option></select>`;
  vi.resetModules();
  const { getPlansState } = await import('../../../../../src/lib/plans/state');
  const { showHandoffOffer } =
    await import('../../../../../src/components/islands/plans/HandoffOffer.lazy');
  await showHandoffOffer();
  return getPlansState();
}

beforeEach(() => document.body.replaceChildren());

describe('showHandoffOffer', () => {
  test('shows what came as text, with focus on its heading, and adds the plan when asked', async () => {
    const state = await open(await encodeHandoff({ plans: [handed], currentId: handed.id }));
    const offer = screen.getByRole('region', { name: handoffOfferText.heading.one });
    expect(document.activeElement).toBe(within(offer).getByRole('heading'));
    expect(offer.querySelector('img')).toBeNull();
    expect(within(offer).getByText(handed.name)).toBeTruthy();
    expect(within(offer).getByRole('listitem').textContent).toBe('Checklist: 1 step ticked');

    fireEvent.click(within(offer).getByRole('button', { name: handoffOfferText.add }));
    const done = screen.getByText(/^Added “Coffee with <img/);
    expect(document.activeElement).toBe(done);
    expect(screen.queryByRole('region')).toBeNull();
    expect(state.plans.value.map((p) => p.name)).toContain(handed.name);
    expect(location.hash).toBe('');
  });

  test('declined, it adds nothing and says so, with focus on what it says', async () => {
    const state = await open(await encodeHandoff({ plans: [handed], currentId: handed.id }));
    fireEvent.click(screen.getByRole('button', { name: handoffOfferText.decline }));
    expect(document.activeElement).toBe(screen.getByText(handoffOfferText.declined));
    expect(state.plans.value.map((p) => p.id)).not.toContain(handed.id);
    expect(location.hash).toBe('');
  });

  test('a code that cannot be read: why, and Dismiss leaves nothing, with focus on the plan switcher', async () => {
    await open('AAAA*not-base64');
    const alert = screen.getByRole('region', { name: handoffOfferText.errorHeading });
    expect(alert.textContent).toContain(handoffOfferText.errors.damaged);
    expect(document.activeElement).toBe(within(alert).getByRole('heading'));
    fireEvent.click(within(alert).getByRole('button', { name: handoffOfferText.dismiss }));
    expect(document.querySelector('[data-plan-handoff]')!.childElementCount).toBe(0);
    expect(document.activeElement).toBe(screen.getByLabelText('Working on'));
  });
});
