// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createPlansState } from '../../../../../src/lib/plans/state';
import {
  createOrganizationsState,
  type OrganizationsState,
} from '../../../../../src/lib/organizations/state';
import { organizationsText } from '../../../../../src/lib/strings/organizations';
import { islandPlans } from '../../../../support/plans-state';
import { FakeStorage } from '../../../../support/storage';

const island: { orgs?: OrganizationsState } = {};
vi.mock('../../../../../src/lib/organizations/state', async (original) => ({
  ...(await original<typeof import('../../../../../src/lib/organizations/state')>()),
  getOrganizationsState: () => island.orgs!,
}));
const { default: Organizations } =
  await import('../../../../../src/components/islands/organizations/Organizations');

const view = () => render(<Organizations text={organizationsText} outreach="/tools/outreach/" />);
const headings = () => screen.queryAllByRole('heading', { level: 3 }).map((h) => h.textContent);
const add = async (name: string) => {
  fireEvent.input(screen.getByLabelText('Add an organization'), { target: { value: name } });
  fireEvent.submit(screen.getByLabelText('Add an organization').closest('form')!);
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(name));
};

beforeEach(() => {
  const storage = new FakeStorage();
  islandPlans.state = createPlansState({ storage });
  island.orgs = createOrganizationsState({ storage });
});
afterEach(cleanup);

describe('Organizations', () => {
  test('adds by name, joins the organizations plans name, and sorts the LAMP way', async () => {
    islandPlans.state!.updatePerson({ name: 'Priya Raman', organization: 'River Health' });
    view();
    await waitFor(() =>
      expect(screen.getByLabelText('Add an organization')).toHaveProperty('disabled', false),
    );
    expect(headings()).toEqual(['Number 1: River HealthStart here']);
    await add('Acme');
    expect(screen.getByRole('status').textContent).toBe('Added Acme.');
    // Both unrated: River Health first, as someone is known there (Advocacy).
    expect(headings()).toEqual(['Number 1: River HealthStart here', 'Number 2: AcmeStart here']);
    expect(screen.getByText(/2 organizations on your list\. Aim for about 40\./)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Motivation for Acme'), { target: { value: '3' } });
    await waitFor(() => expect(headings()[0]).toBe('Number 1: AcmeStart here'));
    expect(screen.getByText('Yes: you know 1 person there')).toBeTruthy();
  });

  test('marks only the top five, and the filter does not change who they are', async () => {
    view();
    for (const name of ['A1', 'A2', 'A3', 'A4', 'A5', 'A6']) await add(name);
    expect(document.querySelectorAll('.org-badge')).toHaveLength(5);
    fireEvent.input(screen.getByLabelText('Filter by name'), { target: { value: 'a6' } });
    await waitFor(() => expect(headings()).toEqual(['Number 6: A6']));
  });

  test('removes and puts back, keeping the ratings', async () => {
    view();
    await add('Acme');
    fireEvent.change(screen.getByLabelText('Postings for Acme'), { target: { value: 'many' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove Acme from your list' }));
    await waitFor(() => expect(headings()).toEqual([]));
    const removed = screen.getByRole('region', { name: 'Removed' });
    fireEvent.click(within(removed).getByRole('button', { name: 'Put back Acme on your list' }));
    await waitFor(() => expect(headings()).toEqual(['Number 1: AcmeStart here']));
    expect(screen.getByLabelText<HTMLSelectElement>('Postings for Acme').value).toBe('many');
  });

  test('a name already on the list is not added twice; a long one is held to the form’s limit', async () => {
    view();
    await add('Acme, Inc.');
    await add('acme');
    expect(screen.getByRole('status').textContent).toBe('acme is already on your list.');
    expect(headings()).toHaveLength(1);
    expect(screen.getByLabelText<HTMLInputElement>('Add an organization').maxLength).toBe(150);
  });
});
