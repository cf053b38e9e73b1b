/**
 * Conversation plans: the shared state every tool reads and changes. Plans are kept in browser
 * storage under `iik:plans:v2` (see storage.ts) and exposed as signals, so islands re-render
 * when a plan changes here or in another tab.
 */
import { batch, computed, signal, type ReadonlySignal } from '../shared/signals';
import { backupDue, backupSchema, type BackupRecord } from './backup';
import { connectionKinds, planSchema, planShape, type Person, type Plan } from './plan';
import { schema, v } from '../storage/schema';
import { createStore, persistStorage, type StorageLike, type StoreEvent } from '../storage/store';
import { plansText } from '../strings/plans';

export type { StorageLike } from '../storage/store';

/** What is stored under `iik:plans:v2`: every plan and the one last worked on. */
const plansRecordShape = v.object({
  plans: v.array(planShape),
  currentId: v.optional(v.string(), ''),
});
export type PlansRecord = v.InferOutput<typeof plansRecordShape>;
/** Parses the stored record. */
export const plansRecordSchema = schema(plansRecordShape);

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
  kind: StoreEvent['kind'];
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
  /** When plans were last exported (ISO), null if never. */
  lastExport: ReadonlySignal<string | null>;
  /** Whether to show the quiet "download a backup" reminder (see backup.ts). */
  backupDue: ReadonlySignal<boolean>;
  select(id: string): void;
  create(name?: string): Plan;
  rename(id: string, name: string): void;
  /**
   * Saves and shows a new list of plans, like every change: when storage is full it lasts in
   * memory, with the notice. An empty list leaves a fresh default plan. Deleting with undo
   * (remove.lazy.ts) is built on it.
   */
  replace(next: Plan[], currentId: string): void;
  updatePerson(patch: Partial<Person>): void;
  updateSection<K extends 'checklist' | 'questions' | 'outreach' | 'introduction' | 'conversation'>(
    key: K,
    update: (section: Plan[K]) => Plan[K],
  ): void;
  /** Records that the user downloaded the export (the time shows in the plan bar). */
  markExported(): void;
  dismissBackup(): void;
  /** Every plan except an untouched default one, which an import takes the place of. */
  mine(): Plan[];
  /**
   * Saves a whole new list of plans, then shows it, all or nothing: false when storage has no
   * room, and then nothing has changed. The current plan stays current if it is in the list.
   */
  commit(next: Plan[], currentId?: string): boolean;
  dismissNotice(index: number): void;
}

/** The part of the plans state a tool works through: the current plan and its two updates. */
export type PlanStore = Pick<PlansState, 'current' | 'updatePerson' | 'updateSection'>;

/**
 * What a tool shows before the saved plans load (the server render and the hydration pass): an
 * empty plan, as on a first visit. Its updates do nothing, and nothing can call them: every
 * control sits in the island's PlanFields, disabled until the real plans are there.
 */
export function blankPlanStore(): PlanStore {
  const plan = planSchema.parse({ id: '', name: '', createdAt: '', updatedAt: '' });
  return { current: signal(plan), updatePerson() {}, updateSection() {} };
}

/** Creates plan state over the given storage (the browser's localStorage by default). */
export function createPlansState(
  options: {
    storage?: StorageLike | null;
    now?: () => Date;
    key?: string;
    /** Asks for persistent storage, once, after the first save (navigator.storage.persist()). */
    persist?: () => unknown;
  } = {},
): PlansState {
  const now = options.now ?? (() => new Date());
  const stamp = () => now().toISOString();
  const notices = signal<StorageNotice[]>([]);
  // A newer notice of a kind replaces the older one; "saved" and "quota" replace each other.
  const notify = (n: StorageNotice) => {
    const gone = n.kind === 'saved' ? 'quota' : n.kind === 'quota' ? 'saved' : n.kind;
    notices.value = [...notices.value.filter((x) => x.kind !== n.kind && x.kind !== gone), n];
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
      if (e.kind === 'saved') mode.value = 'local';
    },
  });
  let persist = options.persist ?? persistStorage;

  const backupStore = createStore({
    key: 'iik:backup',
    version: 1,
    schema: backupSchema,
    storage: options.storage,
    now,
  });
  const backup = signal<BackupRecord>(
    backupStore.read() ?? { exportedAt: null, dismissedAt: null },
  );
  backupStore.subscribe((r) => r && (backup.value = r));
  const setBackup = (patch: Partial<BackupRecord>) => {
    backup.value = { ...backup.value, ...patch };
    backupStore.write(backup.value);
  };

  const blank = (name: string): Plan => {
    const createdAt = stamp();
    return planSchema.parse({ id: makeId(), name, createdAt, updatedAt: createdAt });
  };

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
  const show = (next: Plan[], id: string) =>
    batch(() => {
      plans.value = next;
      currentId.value = id;
    });
  const save = (next: Plan[], id = currentId.value) => {
    show(next, id);
    store.write({ plans: next, currentId: id });
    if (store.mode() === 'local') {
      persist();
      persist = () => {};
    }
  };
  const change = (id: string, fn: (p: Plan) => Plan) =>
    save(plans.value.map((p) => (p.id === id ? { ...fn(p), updatedAt: stamp() } : p)));

  return {
    plans,
    current,
    mode,
    notices,
    lastExport: computed(() => backup.value.exportedAt),
    backupDue: computed(() => backupDue(plans.value, backup.value, now())),
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
    replace(next, id) {
      if (!next.length) {
        placeholder = blank(plansText.defaultName);
        return save([placeholder], placeholder.id);
      }
      // The untouched default plan stays one only while it is still in the list.
      if (placeholder && !next.includes(placeholder)) placeholder = null;
      save(next, id);
    },
    updatePerson(patch) {
      placeholder = null;
      change(current.value.id, (p) => ({ ...p, person: { ...p.person, ...patch } }));
    },
    updateSection(key, update) {
      placeholder = null;
      change(current.value.id, (p) => ({ ...p, [key]: update(p[key]) }));
    },
    markExported() {
      setBackup({ exportedAt: stamp() });
    },
    dismissBackup() {
      setBackup({ dismissedAt: stamp() });
    },
    mine: () => (placeholder ? plans.value.filter((p) => p !== placeholder) : plans.value),
    commit(next, id = next.some((p) => p.id === currentId.value) ? currentId.value : next[0].id) {
      // Saved first and shown only once storage took it, so a file too big changes nothing.
      if (!store.write({ plans: next, currentId: id }, true)) return false;
      placeholder = null;
      show(next, id);
      return true;
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
