/**
 * Conversation plans: the shared state every tool reads and changes. Plans are kept in browser
 * storage under `iik:plans:v3` (record.ts, storage/store.ts) and exposed as signals, so islands re-render
 * when a plan changes here or in another tab.
 */
import { batch, computed, signal, type ReadonlySignal } from '../shared/signals';
import { backupDue, backupSchema, type BackupRecord } from './backup';
import { planSchema, type Person, type Plan } from './plan';
import {
  makeId,
  planDefaults,
  plansRecordSchema,
  plansVersion,
  sparse,
  type PlansRecord,
} from './record';
import { noStudent, type Student } from './student';
import { createStore, persistStorage, type StorageLike, type StoreEvent } from '../storage/store';
import { fill } from '../shared/fill';

/** Something the plan bar tells the user about their saved plans (its wording is the bar's). */
export interface StorageNotice {
  kind: StoreEvent['kind'];
  backupKey?: string;
}

/** Names the state gives plans it makes (from the page's wording, see strings/plans.ts). */
export interface PlanNames {
  /** The plan everyone starts with. */
  first: string;
  /** A plan created without a name; {n} counts plans. */
  next: string;
}

/** Signals and actions over the user's plans. */
export interface PlansState {
  plans: ReadonlySignal<Plan[]>;
  /** Always a plan: a default plan exists even before anything is saved. */
  current: ReadonlySignal<Plan>;
  /** The student's own details, shared by every plan. */
  student: ReadonlySignal<Student>;
  updateStudent(patch: Partial<Student>): void;
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
  replace(next: Plan[], currentId: string, student?: Student): void;
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
   * Saves a whole new list of plans (and the student's details, when given), then shows it, all
   * or nothing: false when storage has no room, and then nothing has changed. The current plan
   * stays current if it is in the list.
   */
  commit(next: Plan[], currentId?: string, student?: Student): boolean;
  dismissNotice(index: number): void;
}

/** The part of the plans state a tool works through: the current plan and its two updates. */
export type PlanStore = Pick<PlansState, 'current' | 'updatePerson' | 'updateSection'>;
/** A plan store with the student too, for the tools that write as the student. */
export type StudentPlanStore = PlanStore & Pick<PlansState, 'student' | 'updateStudent'>;

/**
 * What a tool shows before the saved plans load (the server render and the hydration pass): an
 * empty plan, as on a first visit. Its updates do nothing, and nothing can call them: every
 * control sits in the island's PlanFields, disabled until the real plans are there.
 */
export function blankPlanStore(): StudentPlanStore {
  const plan = planSchema.parse({ id: '', name: '', createdAt: '', updatedAt: '' });
  return {
    current: signal(plan),
    student: signal(noStudent),
    updatePerson() {},
    updateSection() {},
    updateStudent() {},
  };
}

/** Creates plan state over the given storage (the browser's localStorage by default). */
export function createPlansState(
  options: {
    storage?: StorageLike | null;
    now?: () => Date;
    key?: string;
    /** Asks for persistent storage, once, after the first save (navigator.storage.persist()). */
    persist?: () => unknown;
    names?: PlanNames;
  } = {},
): PlansState {
  const names = options.names ?? { first: '', next: '' };
  const now = options.now ?? (() => new Date());
  const stamp = () => now().toISOString();
  const notices = signal<StorageNotice[]>([]);
  // A newer notice of a kind replaces the older one; "saved" and "quota" replace each other.
  const notify = (n: StorageNotice) => {
    const gone = n.kind === 'saved' ? 'quota' : n.kind === 'quota' ? 'saved' : n.kind;
    notices.value = [...notices.value.filter((x) => x.kind !== n.kind && x.kind !== gone), n];
  };
  const mode = signal<'local' | 'memory'>('local');
  function onEvent(e: StoreEvent) {
    notify(e);
    if (e.kind === 'blocked' || e.kind === 'quota') mode.value = 'memory';
    if (e.kind === 'saved') mode.value = 'local';
  }
  // Each plan's JSON, kept while the plan object lives: a change makes a new object for the one
  // plan it changes, so a save writes that plan afresh and reuses the text of all the others
  // (writing 300 plans anew on every click took a frame of its own on a phone).
  const texts = new WeakMap<Plan, string>();
  const textOf = (p: Plan) => {
    let t = texts.get(p);
    if (t === undefined) texts.set(p, (t = JSON.stringify(sparse(p, planDefaults))));
    return t;
  };
  const store = createStore({
    key: options.key ?? 'iik:plans',
    version: plansVersion,
    schema: plansRecordSchema,
    storage: options.storage,
    now,
    onEvent,
    serialize: ({ plans, ...rest }) =>
      `{"plans":[${plans.map(textOf)}],${JSON.stringify(rest).slice(1)}`,
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
  const student = signal<Student>(noStudent);
  // A plan made because none existed, not by the user; undo replaces it if it stays untouched.
  let placeholder: Plan | null = null;

  const load = (record: PlansRecord | null) => {
    batch(() => {
      student.value = record?.student ?? noStudent;
      if (record && record.plans.length) {
        plans.value = record.plans;
        if (!record.plans.some((p) => p.id === currentId.value))
          currentId.value = record.currentId || record.plans[0].id;
      } else {
        placeholder = blank(names.first);
        plans.value = [placeholder];
        currentId.value = placeholder.id;
      }
    });
  };
  load(store.read());
  store.subscribe(load);
  // Plans saved in an older format: their conversion loads on demand, once, in the browsers that
  // have them, and joins them to these (adoptOlder).
  const older = store.older();
  if (older)
    void import('./migrate.lazy').then((m) =>
      m.adoptOlder(state, older, {
        ...options,
        now,
        onEvent,
        firstName: names.first,
        saved: () => store.mode() === 'local',
      }),
    );

  const current = computed(
    () => plans.value.find((p) => p.id === currentId.value) ?? plans.value[0],
  );
  const show = (next: Plan[], id: string) =>
    batch(() => {
      plans.value = next;
      currentId.value = id;
    });
  const save = (next: Plan[], id = currentId.value, who = student.value) => {
    student.value = who;
    show(next, id);
    store.write({ plans: next, currentId: id, student: who });
    if (store.mode() === 'local') {
      persist();
      persist = () => {};
    }
  };
  const change = (id: string, fn: (p: Plan) => Plan) =>
    save(plans.value.map((p) => (p.id === id ? { ...fn(p), updatedAt: stamp() } : p)));

  const state: PlansState = {
    plans,
    current,
    student,
    mode,
    notices,
    lastExport: computed(() => backup.value.exportedAt),
    backupDue: computed(() => backupDue(plans.value, backup.value, now())),
    select(id) {
      if (plans.value.some((p) => p.id === id)) save(plans.value, id);
    },
    create(name) {
      const plan = blank(name?.trim() || fill(names.next, { n: plans.value.length + 1 }));
      placeholder = null;
      save([...plans.value, plan], plan.id);
      return plan;
    },
    rename(id, name) {
      const trimmed = name.trim();
      if (trimmed) change(id, (p) => ({ ...p, name: trimmed }));
    },
    replace(next, id, who) {
      if (!next.length) {
        placeholder = blank(names.first);
        return save([placeholder], placeholder.id, who);
      }
      // The untouched default plan stays one only while it is still in the list.
      if (placeholder && !next.includes(placeholder)) placeholder = null;
      save(next, id, who);
    },
    updatePerson(patch) {
      placeholder = null;
      change(current.value.id, (p) => ({ ...p, person: { ...p.person, ...patch } }));
    },
    updateStudent(patch) {
      save(plans.value, currentId.value, { ...student.value, ...patch });
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
    commit(
      next,
      id = next.some((p) => p.id === currentId.value) ? currentId.value : next[0].id,
      who = student.value,
    ) {
      // Saved first and shown only once storage took it, so a file too big changes nothing.
      if (!store.write({ plans: next, currentId: id, student: who }, true)) return false;
      placeholder = null;
      student.value = who;
      show(next, id);
      return true;
    },
    dismissNotice(index) {
      notices.value = notices.value.filter((_, i) => i !== index);
    },
  };
  return state;
}

let shared: PlansState | undefined;

/**
 * The page's one plan state, created on first use over the browser's localStorage, with the
 * plan names the page's wording gives (the first caller, the layout's page script, passes them).
 */
export function getPlansState(names?: PlanNames): PlansState {
  return (shared ??= createPlansState({ names }));
}
