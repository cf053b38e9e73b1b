// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { textLimits } from '../../../../src/lib/plans/plan';
import { createPlansState, migratePlans, type PlanV1 } from '../../../../src/lib/plans/state';
import {
  exportFormat,
  exportPlans,
  importLimitBytes,
  importPlans,
} from '../../../../src/lib/plans/file.lazy';
import { createRemoval } from '../../../../src/lib/plans/remove.lazy';
import { FakeStorage } from '../../../support/storage';

let tick = 0;
const now = () => new Date(Date.UTC(2026, 2, 1, 12, 0, tick++));
const make = (storage: FakeStorage | null = new FakeStorage(), persist = () => {}) =>
  createPlansState({ storage, now, persist });
const stored = (s: FakeStorage) => JSON.parse(s.getItem('iik:plans:v2') ?? 'null');

/** A record exactly as the first release saved it. */
const v1Record: PlanV1 = {
  title: 'Coffee with Dana',
  person: { name: 'Dana Ortiz', role: 'UX researcher', company: 'Northwind', howWeMet: 'alumni' },
  checklist: { 'research-person': true, 'write-questions': false, 'send-thank-you': true },
  notes: 'Ask about the move from academia.',
  savedAt: '2025-10-02T18:30:00.000Z',
};

describe('createPlansState', () => {
  test('starts with a default plan and saves nothing until the user changes something', () => {
    const storage = new FakeStorage();
    const state = make(storage);
    expect(state.plans.value).toHaveLength(1);
    expect(state.current.value.name).toBe('My first conversation');
    expect(state.mode.value).toBe('local');
    expect(storage.keys()).toEqual([]);
  });

  test('creates, renames and switches plans, and keeps them across reloads', () => {
    const storage = new FakeStorage();
    const state = make(storage);
    const first = state.current.value.id;
    const second = state.create('Call with Sam');
    expect(state.current.value.id).toBe(second.id);
    state.rename(second.id, '  Video call with Sam ');
    state.rename(second.id, '   ');
    state.select(first);
    state.select('no-such-plan');
    const again = make(storage);
    expect(again.plans.value.map((p) => p.name)).toEqual([
      'My first conversation',
      'Video call with Sam',
    ]);
    expect(again.current.value.id).toBe(first);
  });

  test('names an unnamed new plan by its position', () => {
    const state = make();
    expect(state.create().name).toBe('Conversation 2');
  });

  test('updates the person and one section of the current plan only', () => {
    const storage = new FakeStorage();
    const state = make(storage);
    const other = state.create('Other');
    state.select(state.plans.value[0].id);
    const before = state.current.value.updatedAt;
    state.updatePerson({ name: 'Lee', role: 'Nurse' });
    state.updateSection('checklist', (c) => ({ ...c, done: [...c.done, 'research-person'] }));
    const plan = stored(storage).plans[0];
    expect(plan.person).toMatchObject({ name: 'Lee', role: 'Nurse', organization: '' });
    expect(plan.checklist.done).toEqual(['research-person']);
    expect(plan.updatedAt > before).toBe(true);
    expect(state.plans.value.find((p) => p.id === other.id)?.checklist.done).toEqual([]);
  });

  test('migrates a real version 1 record into a version 2 plan', () => {
    const storage = new FakeStorage({ 'iik:plans:v1': JSON.stringify(v1Record) });
    const state = make(storage);
    const plan = state.current.value;
    expect(plan).toMatchObject({
      name: 'Coffee with Dana',
      createdAt: '2025-10-02T18:30:00.000Z',
      person: { name: 'Dana Ortiz', role: 'UX researcher', organization: 'Northwind' },
      checklist: { done: ['research-person', 'send-thank-you'], custom: [], notes: v1Record.notes },
    });
    expect(plan.person.connection).toBe('school');
    expect(plan.questions.items).toEqual([]);
    expect(storage.keys()).toEqual(['iik:plans:v2']);
    expect(stored(storage).currentId).toBe(plan.id);
    expect(state.notices.value.map((n) => n.kind)).toEqual(['migrated']);
  });

  test('migratePlans names a v1 plan after the person when it had no title', () => {
    const out = migratePlans({ person: { name: 'Kim', howWeMet: 'meetup' } }, 1, () => 'id1') as {
      plans: { name: string; person: { connection: string } }[];
    };
    expect(out.plans[0].name).toBe('Kim');
    expect(out.plans[0].person.connection).toBe('other');
  });

  test('keeps corrupt saved plans aside, tells the user and starts clean', () => {
    const storage = new FakeStorage({ 'iik:plans:v2': '{not json' });
    const state = make(storage);
    expect(state.plans.value).toHaveLength(1);
    const [notice] = state.notices.value;
    expect(notice.kind).toBe('corrupt');
    expect(notice.backupKey).toMatch(/^iik:plans:corrupt:2026-/);
    expect(notice.message).toContain(notice.backupKey);
    expect(storage.getItem(notice.backupKey!)).toBe('{not json');
    state.dismissNotice(0);
    expect(state.notices.value).toEqual([]);
  });

  test('works in memory with a notice when storage is blocked', () => {
    const state = make(null);
    expect(state.mode.value).toBe('memory');
    expect(state.notices.value.map((n) => n.kind)).toEqual(['blocked']);
    state.updatePerson({ name: 'Ola' });
    expect(state.current.value.person.name).toBe('Ola');
  });

  test('switches to memory with a notice when storage fills up', () => {
    const storage = new FakeStorage();
    const state = make(storage);
    storage.fail.set = 'QuotaExceededError';
    state.updatePerson({ name: 'Ola' });
    state.updatePerson({ role: 'Chef' });
    expect(state.mode.value).toBe('memory');
    expect(state.notices.value.map((n) => n.kind)).toEqual(['quota']);
    expect(state.current.value.person).toMatchObject({ name: 'Ola', role: 'Chef' });
  });

  test('saves again on the next change once storage has room, and says so', () => {
    const storage = new FakeStorage();
    const state = make(storage);
    const big = state.create('Big');
    storage.fail.set = 'QuotaExceededError';
    state.updateSection('checklist', (c) => ({ ...c, notes: 'x'.repeat(1000) }));
    expect(state.mode.value).toBe('memory');
    // The user makes room by deleting the big plan: that change is saved.
    delete storage.fail.set;
    createRemoval(state).remove(big.id);
    expect(state.mode.value).toBe('local');
    expect(state.notices.value.map((n) => n.message)).toEqual([
      'Browser storage has room again: all your changes are saved.',
    ]);
    expect(stored(storage).plans.map((p: { name: string }) => p.name)).toEqual([
      'My first conversation',
    ]);
    expect(make(storage).plans.value.map((p) => p.name)).toEqual(['My first conversation']);
  });

  test('asks once for persistent storage, after the first save', () => {
    const persist = vi.fn();
    const state = make(new FakeStorage(), persist);
    expect(persist).not.toHaveBeenCalled();
    state.updatePerson({ name: 'Ola' });
    state.updatePerson({ role: 'Chef' });
    expect(persist).toHaveBeenCalledOnce();
  });

  test('does not ask for persistent storage while nothing is saved to it', () => {
    const persist = vi.fn();
    make(null, persist).updatePerson({ name: 'Ola' });
    expect(persist).not.toHaveBeenCalled();
  });

  test('follows changes made in another tab', () => {
    const storage = new FakeStorage();
    const a = make(storage);
    const b = make(storage);
    a.updatePerson({ name: 'From tab A' });
    window.dispatchEvent(
      Object.assign(new Event('storage'), { key: 'iik:plans:v2', storageArea: storage }),
    );
    expect(b.current.value.person.name).toBe('From tab A');
  });
});

describe('backup reminder', () => {
  const day = 864e5;
  // A clock that moves one millisecond per reading, from `days` after 1 March 2026.
  const at = (days: number) => {
    let ms = 0;
    return () => new Date(Date.UTC(2026, 2, 1) + days * day + ms++);
  };

  test('is due once a plan holds work and has never been exported, until dismissed', () => {
    const storage = new FakeStorage();
    const state = createPlansState({ storage, now: at(0), persist: () => {} });
    state.create('Empty plan');
    expect(state.backupDue.value).toBe(false);
    expect(state.lastExport.value).toBeNull();
    state.updateSection('checklist', (c) => ({ ...c, notes: 'Ask about night shifts' }));
    expect(state.backupDue.value).toBe(true);
    state.dismissBackup();
    expect(state.backupDue.value).toBe(false);
    // Kept across reloads, under its own versioned key; back once two weeks have passed.
    expect(JSON.parse(storage.getItem('iik:backup:v1')!).dismissedAt).toMatch(/^2026-03-01T/);
    expect(createPlansState({ storage, now: at(13) }).backupDue.value).toBe(false);
    expect(createPlansState({ storage, now: at(15) }).backupDue.value).toBe(true);
  });

  test('records the export time and is due again two weeks after it, if plans changed', () => {
    const storage = new FakeStorage();
    const state = createPlansState({ storage, now: at(0), persist: () => {} });
    state.updatePerson({ name: 'Ola' });
    state.markExported();
    expect(state.backupDue.value).toBe(false);
    expect(createPlansState({ storage, now: at(20) }).backupDue.value).toBe(false);
    const later = createPlansState({ storage, now: at(3), persist: () => {} });
    expect(later.lastExport.value).toMatch(/^2026-03-01T/);
    later.updatePerson({ role: 'Nurse' });
    expect(later.backupDue.value).toBe(false);
    expect(createPlansState({ storage, now: at(15) }).backupDue.value).toBe(true);
  });

  test('reads an unreadable backup record as never exported, keeping a copy', () => {
    const storage = new FakeStorage({ 'iik:backup:v1': '{"exportedAt": 5}' });
    const state = createPlansState({ storage, now: at(0) });
    expect(state.lastExport.value).toBeNull();
    expect(storage.keys().some((k) => k.startsWith('iik:backup:corrupt:'))).toBe(true);
  });
});

describe('importPlans', () => {
  const exported = () => {
    const source = make();
    source.updatePerson({ name: 'Rae' });
    source.create('Second');
    return { text: exportPlans(source), ids: source.plans.value.map((p) => p.id) };
  };
  /** An export of one plan with the given checklist notes. */
  const withNotes = (notes: string, name = 'Long notes') => {
    const source = make();
    source.rename(source.current.value.id, name);
    source.updateSection('checklist', (c) => ({ ...c, notes }));
    return exportPlans(source);
  };

  test('exports every plan in a marked file', () => {
    const file = JSON.parse(exported().text);
    expect(file.format).toBe(exportFormat);
    expect(file.version).toBe(2);
    expect(file.plans).toHaveLength(2);
  });

  test('merges an export into existing plans, dropping the untouched default', () => {
    const { text, ids } = exported();
    const state = make();
    expect(importPlans(state, text, 'merge')).toEqual({ ok: true, message: 'Imported 2 plans.' });
    expect(state.plans.value.map((p) => p.id)).toEqual(ids);
    expect(state.notices.value).toEqual([]);
  });

  test('merging keeps the newer copy of a plan that exists on both sides, and says so', () => {
    const storage = new FakeStorage();
    const state = make(storage);
    state.updatePerson({ name: 'Mine' });
    const text = exportPlans(state);
    state.updatePerson({ name: 'Mine, edited later' });
    state.create('Extra');
    expect(importPlans(state, text, 'merge')).toEqual({
      ok: true,
      message: 'Nothing to import: you already have these plans, as new or newer.',
    });
    expect(state.plans.value.map((p) => p.person.name)).toEqual(['Mine, edited later', '']);
  });

  test('replace swaps every plan for the imported ones', () => {
    const { text, ids } = exported();
    const storage = new FakeStorage();
    const state = make(storage);
    state.create('Will be replaced');
    expect(importPlans(state, text, 'replace')).toEqual({
      ok: true,
      message: 'Imported 2 plans, in place of your previous plans.',
    });
    expect(state.plans.value.map((p) => p.id)).toEqual(ids);
    expect(state.current.value.id).toBe(ids[0]);
    expect(stored(storage).plans).toHaveLength(2);
  });

  test('a malformed or foreign file gives a clear error and changes nothing', () => {
    const storage = new FakeStorage();
    const state = make(storage);
    state.create('Keep me');
    const before = storage.getItem('iik:plans:v2');
    const bad = [
      ['{not json', 'not valid JSON'],
      ['{"hello":"world"}', 'does not hold toolkit plans'],
      ['{"plans":[{"name":"no id"}]}', 'does not hold toolkit plans'],
      ['{"format":"something-else","plans":[]}', 'does not hold toolkit plans'],
      ['{"plans":[]}', 'no plans'],
    ];
    for (const [text, message] of bad) {
      const result = importPlans(state, text, 'replace');
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.error).toContain(message);
    }
    expect(storage.getItem('iik:plans:v2')).toBe(before);
    expect(state.plans.value.map((p) => p.name)).toEqual(['My first conversation', 'Keep me']);
  });

  test('refuses a file over 1 MB, saying its size and the limit', () => {
    const state = make();
    state.create('Keep me');
    const text = withNotes('n'.repeat(5 * 1024 * 1024));
    expect(importLimitBytes).toBe(1024 * 1024);
    const result = importPlans(state, text, 'replace');
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/^That file is 5\.0 MB; the toolkit imports files up to 1 MB\./),
    });
    expect(state.plans.value.map((p) => p.name)).toEqual(['My first conversation', 'Keep me']);
  });

  test('holds names and one-line fields to the limits of the forms', () => {
    const state = make();
    state.create('Keep me');
    const long = (n: number) => 'a'.repeat(n);
    expect(importPlans(state, withNotes('ok', long(textLimits.planName)), 'merge').ok).toBe(true);
    createRemoval(state).remove(state.plans.value.at(-1)!.id);
    const over = importPlans(state, withNotes('ok', long(textLimits.planName + 1)), 'merge');
    expect(over).toEqual({
      ok: false,
      error: `Plan 1 in the file (“${long(40)}…”) has a name longer than 80 characters, more than the form allows. Nothing was changed.`,
    });
    const source = make();
    source.updatePerson({ role: long(151) });
    expect(importPlans(state, exportPlans(source), 'merge')).toMatchObject({
      ok: false,
      error: expect.stringContaining('has a detail about the person longer than 150 characters'),
    });
    const steps = make();
    steps.updateSection('checklist', (c) => ({
      ...c,
      custom: [{ id: 's1', stage: 'before', text: long(91) }],
    }));
    expect(importPlans(state, exportPlans(steps), 'merge')).toMatchObject({
      ok: false,
      error: expect.stringContaining('has a checklist step longer than 90 characters'),
    });
    expect(state.plans.value.map((p) => p.name)).toEqual(['My first conversation', 'Keep me']);
  });

  test('changes nothing, on screen or in storage, when the result does not fit', () => {
    const storage = new FakeStorage();
    storage.quota = 4000;
    const state = make(storage);
    state.create('Keep me');
    const before = storage.getItem('iik:plans:v2');
    const shown = state.plans.value;
    for (const how of ['merge', 'replace'] as const) {
      const result = importPlans(state, withNotes('x'.repeat(5000)), how);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.error).toMatch(
        /^There is not enough room in this browser's storage for .*, so nothing was changed\./,
      );
    }
    expect(state.plans.value).toBe(shown);
    expect(storage.getItem('iik:plans:v2')).toBe(before);
    expect(make(storage).plans.value.map((p) => p.name)).toEqual([
      'My first conversation',
      'Keep me',
    ]);
    // A failed trial is not "storage is full": the tab keeps saving normally.
    expect(state.notices.value).toEqual([]);
    expect(state.mode.value).toBe('local');
    state.rename(state.current.value.id, 'Still saved');
    expect(make(storage).current.value.name).toBe('Still saved');
  });

  test('an import that fits while storage was full saves everything again', () => {
    const storage = new FakeStorage();
    storage.quota = 6000;
    const state = make(storage);
    state.updateSection('checklist', (c) => ({ ...c, notes: 'y'.repeat(7000) }));
    expect(state.mode.value).toBe('memory');
    const { text } = exported();
    expect(importPlans(state, text, 'replace').ok).toBe(true);
    expect(state.mode.value).toBe('local');
    expect(state.notices.value.map((n) => n.kind)).toEqual(['saved']);
    expect(stored(storage).plans).toHaveLength(2);
  });

  test('says when imported plans only live in this tab', () => {
    const state = make(null);
    const result = importPlans(state, exported().text, 'merge');
    expect(result).toEqual({
      ok: true,
      message:
        'Imported 2 plans. This browser is not saving, so they last until you close the tab: export them to keep them.',
    });
  });
});
