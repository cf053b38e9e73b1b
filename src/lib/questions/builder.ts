/**
 * State of the question builder island: the bank filter, the student's list (kept in the current
 * plan's `questions` section), the time fit and shared links waiting for an answer. Signals and
 * actions only; the island renders them.
 */
import { batch, computed, signal, type ReadonlySignal } from '../shared/signals';
import type { Person, QuestionsSection } from '../plans/plan';
import {
  backgrounds,
  contacts,
  fields,
  filterBank,
  indexBank,
  move,
  placeholders,
  stages,
  timeFit,
  type Background,
  type BankQuestion,
  type Category,
  type Contact,
  type Field,
  type Placeholder,
  type PlaceholderValues,
  type Stage,
} from './bank';
import type { ShareError, SharedList } from './share.lazy';
import type { PlanStore } from '../plans/state';

/**
 * A plan store that forwards to whichever store `source` holds, so the builder can start on a
 * placeholder plan (as rendered on the server) and follow the real plans once they load.
 */
export function forwardingStore(source: ReadonlySignal<PlanStore>): PlanStore {
  return {
    current: computed(() => source.value.current.value),
    updateSection: (key, update) => source.value.updateSection(key, update),
    updatePerson: (patch) => source.value.updatePerson(patch),
  };
}

/** The contact tag that matches how the plan says the student knows the person. */
export function contactFromConnection(connection: Person['connection']): Contact | '' {
  if (connection === 'friend' || connection === 'family') return 'friend-family';
  if (connection === 'school') return 'alumni';
  if (connection === 'linkedin' || connection === 'event') return connection;
  return '';
}

const pick = <T extends string>(list: readonly T[], value: string): T | '' =>
  (list as readonly string[]).includes(value) ? (value as T) : '';

/** Creates the builder's state over a plans store and the question bank. */
export function createQuestionBuilder(plans: PlanStore, bank: readonly BankQuestion[]) {
  const indexed = indexBank(bank);
  const byId = new Map(bank.map((q) => [q.id, q]));
  const bankText = (id: string) => byId.get(id)?.text;

  const section = computed(() => plans.current.value.questions);
  // A bank question added on a page in another language shows in this one; text the student
  // wrote or edited stays as typed.
  const items = computed(() =>
    section.value.items.map((i) => {
      // An own question has no sourceId, which no question has as its id.
      const q = byId.get(i.sourceId!);
      return q?.also?.includes(i.text) ? { ...i, text: q.text } : i;
    }),
  );
  const minutes = computed(() => section.value.minutes);
  const stage = computed(() => pick(stages, section.value.stage));
  /** 'any' when the student chose everyone; otherwise the chosen or the plan's contact. */
  const contact = computed<Contact | ''>(() => {
    const chosen = section.value.contact;
    if (chosen === 'any') return '';
    return pick(contacts, chosen) || contactFromConnection(plans.current.value.person.connection);
  });
  const field = computed(() => pick(fields, section.value.fieldTag));
  const background = computed(() => pick(backgrounds, section.value.background ?? ''));
  // Every placeholder names a field of the plan's person, so the two never drift apart.
  const values = computed<PlaceholderValues>(() => {
    const person = plans.current.value.person;
    return Object.fromEntries(placeholders.map((p) => [p, person[p]]));
  });

  const category = signal<Category | ''>('');
  const query = signal('');
  const results = computed(() =>
    filterBank(indexed, {
      category: category.value,
      query: query.value,
      stage: stage.value,
      contact: contact.value,
      field: field.value,
      background: background.value,
    }),
  );
  const chosenIds = computed(() => new Set(items.value.map((i) => i.sourceId)));
  const fit = computed(() => timeFit(items.value.length, minutes.value));

  const pendingShare = signal<SharedList | null>(null);
  const shareError = signal<ShareError | null>(null);

  const update = (fn: (s: QuestionsSection) => QuestionsSection) =>
    plans.updateSection('questions', fn);
  const mapItem = (id: string, fn: (i: QuestionsSection['items'][number]) => object) =>
    update((s) => ({ ...s, items: s.items.map((i) => (i.id === id ? { ...i, ...fn(i) } : i)) }));
  const nextCustomId = (list: readonly { id: string }[]) =>
    `c-${1 + Math.max(0, ...list.map((i) => Number(i.id.slice(2)) || 0))}`;

  return {
    bank: indexed,
    category,
    query,
    results,
    chosenIds,
    items,
    minutes,
    stage,
    contact,
    field,
    background,
    values,
    fit,
    pendingShare,
    shareError,

    /** Fills a placeholder for this plan: it is the person's field of the same name. */
    setPlaceholder(name: Placeholder, value: string) {
      plans.updatePerson({ [name]: value });
    },
    /** Adds a bank question at the end of the list, once. */
    add(q: BankQuestion) {
      update((s) =>
        s.items.some((i) => i.sourceId === q.id)
          ? s
          : {
              ...s,
              items: [
                ...s.items,
                { id: `b-${q.id}`, sourceId: q.id, text: q.text, mustAsk: false, notes: '' },
              ],
            },
      );
    },
    /** Adds the student's own question; blank text is ignored. Returns whether it was added. */
    addCustom(text: string): boolean {
      const clean = text.trim();
      if (!clean) return false;
      update((s) => ({
        ...s,
        items: [
          ...s.items,
          { id: nextCustomId(s.items), sourceId: null, text: clean, mustAsk: false, notes: '' },
        ],
      }));
      return true;
    },
    /** Changes the wording of a chosen question (blank wording is not kept). */
    edit(id: string, text: string) {
      if (text.trim()) mapItem(id, () => ({ text: text.trim() }));
    },
    remove(id: string) {
      update((s) => ({ ...s, items: s.items.filter((i) => i.id !== id) }));
    },
    /** Moves a question up (-1) or down (+1); returns its new position, or -1 if it cannot move. */
    moveItem(id: string, delta: number): number {
      const list = items.value;
      const from = list.findIndex((i) => i.id === id);
      const moved = move(list, from, delta);
      if (moved === list) return -1;
      update((s) => ({ ...s, items: [...moved] }));
      return from + delta;
    },
    toggleMust(id: string) {
      mapItem(id, (i) => ({ mustAsk: !i.mustAsk }));
    },
    setNotes(id: string, notes: string) {
      mapItem(id, () => ({ notes }));
    },
    setMinutes(n: number) {
      update((s) => ({ ...s, minutes: n }));
    },
    setStage(value: Stage | '') {
      update((s) => ({ ...s, stage: value }));
    },
    setContact(value: Contact | '') {
      update((s) => ({ ...s, contact: value || 'any' }));
    },
    setField(value: Field | '') {
      update((s) => ({ ...s, fieldTag: value }));
    },
    setBackground(value: Background | '') {
      update((s) => ({ ...s, background: value }));
    },
    /**
     * Replaces the list with a balanced set for the length, stage, contact, field and background; resolves
     * to its size. The set-maker loads on first use, to keep it out of the page's first script.
     */
    async suggest(): Promise<number> {
      const { suggestSet } = await import('./suggest.lazy');
      const set = suggestSet(bank, {
        minutes: minutes.value,
        stage: stage.value,
        contact: contact.value,
        field: field.value,
        background: background.value,
      });
      update((s) => ({
        ...s,
        items: set.map((q) => ({
          id: `b-${q.id}`,
          sourceId: q.id,
          text: q.text,
          mustAsk: false,
          notes: '',
        })),
      }));
      return set.length;
    },
    /** The share code for the current list (notes stay private). Loads the codec on first use. */
    async shareCode(): Promise<string> {
      const { encodeShare } = await import('./share.lazy');
      return encodeShare({ minutes: minutes.value, items: items.value }, bankText);
    },
    /** Reads a share code and holds it until the student accepts or dismisses it. */
    async openShare(code: string) {
      const { decodeShare } = await import('./share.lazy');
      const result = decodeShare(code, bankText);
      batch(() => {
        pendingShare.value = result.ok ? result.list : null;
        shareError.value = result.ok ? null : result.error;
      });
    },
    /** Replaces the list with the shared one. */
    acceptShare() {
      const list = pendingShare.value;
      if (!list) return;
      update((s) => {
        const out: QuestionsSection['items'] = [];
        for (const item of list.items)
          if (!item.sourceId || !out.some((o) => o.sourceId === item.sourceId))
            out.push({
              id: item.sourceId ? `b-${item.sourceId}` : nextCustomId(out),
              sourceId: item.sourceId,
              text: item.text,
              mustAsk: item.mustAsk,
              notes: '',
            });
        return { ...s, minutes: list.minutes, items: out };
      });
      pendingShare.value = null;
    },
    dismissShare() {
      batch(() => {
        pendingShare.value = null;
        shareError.value = null;
      });
    },
  };
}

/** The builder state's type, for the island's props. */
export type QuestionBuilder = ReturnType<typeof createQuestionBuilder>;
