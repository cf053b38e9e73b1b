/**
 * Conversation plans: the shared state every tool reads and changes. Plans are kept in browser
 * storage under `iik:plans:v2` (see storage.ts) and exposed as signals, so islands re-render
 * when a plan changes here or in another tab.
 */
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals-core';
import { connectionKinds, planSchema, planShape, type Person, type Plan } from './plan';
import { schema, v } from './schema';
import { createStore, type StorageLike, type StoreEvent } from './storage';
import { plansText } from './strings/plans';

export type { StorageLike } from './storage';

/** What is stored under `iik:plans:v2`: every plan and the one last worked on. */
const plansRecordShape = v.object({
  plans: v.array(planShape),
  currentId: v.optional(v.string(), ''),
});
export type PlansRecord = v.InferOutput<typeof plansRecordShape>;
/** Parses the stored record. */
export const plansRecordSchema = schema(plansRecordShape);
/** Parses a list of plans (from an imported file). */
const planListSchema = schema(v.array(planShape));

/** Current stored format version. */
export const plansVersion = 2;

/**
 * Version 1 (the first release) kept one plan, with no id, and the checklist as a map of
 * step id to ticked. It is read once, converted, saved as version 2 and removed.
 */
export interface PlanV1 {
  title?: string;
  person?: { name?: string; role?: string; company?: string; howWeMet?: string };
  checklist?: Record<string, boolean>;
  notes?: string;
  savedAt?: string;
}

/** Version 1 connection words and the version 2 kinds they became. */
const v1Connections: Record<string, Person['connection']> = { alumni: 'school', coworker: 'other' };

/** Converts a version 1 record into the version 2 shape (parsed by the schema afterwards). */
export function migratePlans(data: unknown, from: number, newId = makeId): unknown {
  if (from !== 1 || typeof data !== 'object' || data === null) return data;
  const old = data as PlanV1;
  const person = old.person ?? {};
  const met = person.howWeMet ?? '';
  const connection = (connectionKinds as readonly string[]).includes(met)
    ? (met as Person['connection'])
    : (v1Connections[met] ?? (met ? 'other' : ''));
  const stamp = old.savedAt ?? new Date(0).toISOString();
  const id = newId();
  return {
    plans: [
      {
        id,
        name: old.title || person.name || plansText.defaultName,
        createdAt: stamp,
        updatedAt: stamp,
        person: {
          name: person.name ?? '',
          role: person.role ?? '',
          organization: person.company ?? '',
          connection,
        },
        checklist: {
          done: Object.keys(old.checklist ?? {}).filter((step) => old.checklist?.[step] === true),
          notes: old.notes ?? '',
        },
      },
    ],
    currentId: id,
  };
}

/** A new unique id: crypto.randomUUID where the browser has it, else time plus randomness. */
export function makeId(): string {
  const c = globalThis.crypto;
  return c?.randomUUID
    ? c.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Something the plan bar tells the user about their saved plans. */
export interface StorageNotice {
  kind: StoreEvent['kind'] | 'imported';
  message: string;
  backupKey?: string;
}

/** Signals and actions over the user's plans. */
export interface PlansState {
  plans: ReadonlySignal<Plan[]>;
  /** Always a plan: a default plan exists even before anything is saved. */
  current: ReadonlySignal<Plan>;
  /** 'memory' when storage is blocked or full. */
  mode: ReadonlySignal<'local' | 'memory'>;
  notices: ReadonlySignal<StorageNotice[]>;
  select(id: string): void;
  create(name?: string): Plan;
  rename(id: string, name: string): void;
  remove(id: string): void;
  /** Brings back the last deleted plan. */
  undoRemove(): void;
  updatePerson(patch: Partial<Person>): void;
  updateSection<K extends 'checklist' | 'questions' | 'outreach'>(
    key: K,
    update: (section: Plan[K]) => Plan[K],
  ): void;
  exportJson(): string;
  importJson(text: string, how: 'merge' | 'replace'): ImportResult;
  dismissNotice(index: number): void;
}

/** Outcome of {@link PlansState.importJson}. */
export type ImportResult = { ok: true; count: number } | { ok: false; error: string };

/** Marks exported files so an import can tell them from other JSON. */
export const exportFormat = 'informational-interview-toolkit/plans';

/** Creates plan state over the given storage (the browser's localStorage by default). */
export function createPlansState(
  options: { storage?: StorageLike | null; now?: () => Date; key?: string } = {},
): PlansState {
  const now = options.now ?? (() => new Date());
  const stamp = () => now().toISOString();
  const notices = signal<StorageNotice[]>([]);
  const notify = (n: StorageNotice) => {
    if (!notices.value.some((x) => x.kind === n.kind && x.message === n.message))
      notices.value = [...notices.value, n];
  };
  const mode = signal<'local' | 'memory'>('local');
  const store = createStore({
    key: options.key ?? 'iik:plans',
    version: plansVersion,
    schema: plansRecordSchema,
    migrate: (data, from) => migratePlans(data, from),
    storage: options.storage,
    now,
    onEvent: (e) => {
      const t = plansText.notices;
      notify({
        kind: e.kind,
        backupKey: e.backupKey,
        message: e.kind === 'corrupt' ? t.corrupt(e.backupKey) : t[e.kind],
      });
      if (e.kind === 'blocked' || e.kind === 'quota') mode.value = 'memory';
    },
  });

  const blank = (name: string): Plan =>
    planSchema.parse({ id: makeId(), name, createdAt: stamp(), updatedAt: stamp() });

  const plans = signal<Plan[]>([]);
  const currentId = signal('');
  // A plan made because none existed, not by the user; undo replaces it if it stays untouched.
  let placeholder: Plan | null = null;

  const load = (record: PlansRecord | null) => {
    batch(() => {
      if (record && record.plans.length) {
        plans.value = record.plans;
        if (!record.plans.some((p) => p.id === currentId.value))
          currentId.value = record.currentId || record.plans[0].id;
      } else {
        placeholder = blank(plansText.defaultName);
        plans.value = [placeholder];
        currentId.value = placeholder.id;
      }
    });
  };
  load(store.read());
  store.subscribe(load);

  const current = computed(
    () => plans.value.find((p) => p.id === currentId.value) ?? plans.value[0],
  );
  const save = (next: Plan[], id = currentId.value) => {
    batch(() => {
      plans.value = next;
      currentId.value = id;
    });
    store.write({ plans: next, currentId: id });
  };
  const change = (id: string, fn: (p: Plan) => Plan) =>
    save(plans.value.map((p) => (p.id === id ? { ...fn(p), updatedAt: stamp() } : p)));

  let removed: { plan: Plan; index: number; wasCurrent: boolean } | null = null;

  return {
    plans,
    current,
    mode,
    notices,
    select(id) {
      if (plans.value.some((p) => p.id === id)) save(plans.value, id);
    },
    create(name) {
      const plan = blank(name?.trim() || plansText.newName(plans.value.length + 1));
      placeholder = null;
      save([...plans.value, plan], plan.id);
      return plan;
    },
    rename(id, name) {
      const trimmed = name.trim();
      if (trimmed) change(id, (p) => ({ ...p, name: trimmed }));
    },
    remove(id) {
      const index = plans.value.findIndex((p) => p.id === id);
      if (index < 0) return;
      removed = { plan: plans.value[index], index, wasCurrent: current.value.id === id };
      const rest = plans.value.filter((p) => p.id !== id);
      if (rest.length) {
        save(rest, removed.wasCurrent ? rest[Math.max(0, index - 1)].id : currentId.value);
      } else {
        placeholder = blank(plansText.defaultName);
        save([placeholder], placeholder.id);
      }
    },
    undoRemove() {
      if (!removed) return;
      const { plan, index, wasCurrent } = removed;
      removed = null;
      const untouched = placeholder;
      const rest = plans.value.filter((p) => p.id !== plan.id && !(untouched && p === untouched));
      placeholder = null;
      rest.splice(Math.min(index, rest.length), 0, plan);
      save(
        rest,
        wasCurrent || !rest.some((p) => p.id === currentId.value) ? plan.id : currentId.value,
      );
    },
    updatePerson(patch) {
      placeholder = null;
      change(current.value.id, (p) => ({ ...p, person: { ...p.person, ...patch } }));
    },
    updateSection(key, update) {
      placeholder = null;
      change(current.value.id, (p) => ({ ...p, [key]: update(p[key]) }));
    },
    exportJson() {
      return JSON.stringify(
        { format: exportFormat, version: plansVersion, exportedAt: stamp(), plans: plans.value },
        null,
        2,
      );
    },
    importJson(text, how) {
      const errors = plansText.importErrors;
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        return { ok: false, error: errors.json };
      }
      // An export, or a stored record ({ plans }) copied out of the browser by hand.
      const file = (data ?? {}) as { format?: unknown; plans?: unknown };
      const parsed = planListSchema.safeParse(file.plans);
      if (!parsed.success || (file.format !== undefined && file.format !== exportFormat))
        return { ok: false, error: errors.shape };
      const incoming = parsed.data;
      if (!incoming.length) return { ok: false, error: errors.empty };
      let next: Plan[];
      if (how === 'replace') next = incoming;
      else {
        const byId = new Map(
          (placeholder ? plans.value.filter((p) => p !== placeholder) : plans.value).map((p) => [
            p.id,
            p,
          ]),
        );
        for (const p of incoming) {
          const mine = byId.get(p.id);
          if (!mine || mine.updatedAt <= p.updatedAt) byId.set(p.id, p);
        }
        next = [...byId.values()];
      }
      placeholder = null;
      save(
        next,
        how === 'replace' || !next.some((p) => p.id === currentId.value)
          ? next[0].id
          : currentId.value,
      );
      notify({ kind: 'imported', message: plansText.notices.imported(incoming.length) });
      return { ok: true, count: incoming.length };
    },
    dismissNotice(index) {
      notices.value = notices.value.filter((_, i) => i !== index);
    },
  };
}

let shared: PlansState | undefined;

/** The page's one plan state, created on first use over the browser's localStorage. */
export function getPlansState(): PlansState {
  return (shared ??= createPlansState());
}
