import { describe, expect, test } from 'vitest';
import { createRemoval } from '../../../../src/lib/plans/remove.lazy';
import { createPlansState } from '../../../../src/lib/plans/state';
import { plansText } from '../../../../src/lib/strings/plans';
import { FakeStorage } from '../../../support/storage';

const make = () =>
  createPlansState({
    storage: new FakeStorage(),
    persist: () => {},
    names: { first: plansText.defaultName, next: plansText.newName },
  });

describe('deleting a plan', () => {
  test('deletes a plan and brings it back with undo, in its place', () => {
    const state = make();
    const removal = createRemoval(state);
    const a = state.current.value;
    const b = state.create('B');
    state.create('C');
    state.select(b.id);
    removal.remove(b.id);
    expect(state.plans.value.map((p) => p.name)).toEqual([a.name, 'C']);
    expect(state.current.value.id).toBe(a.id);
    removal.undo();
    expect(state.plans.value.map((p) => p.name)).toEqual([a.name, 'B', 'C']);
    expect(state.current.value.id).toBe(b.id);
    removal.undo();
    expect(state.plans.value).toHaveLength(3);
  });

  test('deleting the last plan leaves a fresh one, which undo takes away again', () => {
    const state = make();
    const removal = createRemoval(state);
    state.updatePerson({ name: 'Ana' });
    const only = state.current.value;
    removal.remove(only.id);
    expect(state.plans.value).toHaveLength(1);
    expect(state.current.value.id).not.toBe(only.id);
    expect(state.current.value.name).toBe('My first conversation');
    expect(state.current.value.person.name).toBe('');
    removal.undo();
    expect(state.plans.value.map((p) => p.id)).toEqual([only.id]);
  });

  test('deleting another plan keeps the current one current, and undo keeps it so', () => {
    const state = make();
    const removal = createRemoval(state);
    const a = state.current.value;
    const b = state.create('B');
    state.select(a.id);
    removal.remove(b.id);
    expect(state.plans.value.map((p) => p.id)).toEqual([a.id]);
    expect(state.current.value.id).toBe(a.id);
    removal.undo();
    expect(state.plans.value.map((p) => p.id)).toEqual([a.id, b.id]);
    expect(state.current.value.id).toBe(a.id);
  });

  test('a fresh plan that was worked on is kept by undo', () => {
    const state = make();
    const removal = createRemoval(state);
    const only = state.current.value;
    removal.remove(only.id);
    state.updatePerson({ name: 'Started again' });
    removal.undo();
    expect(state.plans.value).toHaveLength(2);
    expect(state.current.value.id).toBe(only.id);
  });
});
