/**
 * Plans saved in an older format, converted once to the current one. Loaded on demand, only in a
 * browser that has them (state.ts), and with an imported file or a hand-off from before.
 *
 * - Version 1 (the first release) kept one plan, with no id, and the checklist as a map of step id
 *   to ticked.
 * - Version 2 kept the student's details in every plan's outreach section, and the outreach tool's
 *   sent day and meeting time beside the log. Version 3 keeps the student once and what happened
 *   only in the log.
 */
import { connectionKinds, type Person } from './plan';
import { outreachMeetingId, outreachSentId } from '../conversations/log';
import { makeId, plansRecordSchema, type PlansRecord } from './record';
import { noStudent, ownFields, type Student } from './student';
import { createStore, type StorageLike, type StoreEvent } from '../storage/store';
import type { PlansState } from './state';

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

/** Converts a version 1 record into the version 2 shape. */
export function fromV1(data: unknown, newId: () => string, firstName: string): unknown {
  if (typeof data !== 'object' || data === null) return data;
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
        name: old.title || person.name || firstName,
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

type Raw = Record<string, unknown>;
const isObject = (x: unknown): x is Raw => typeof x === 'object' && x !== null;
const readable = (x: unknown): x is string => typeof x === 'string' && !Number.isNaN(Date.parse(x));

/**
 * A version 2 plan's outreach dates as log entries: the day the first message went out
 * ('asked') and the meeting time ('scheduled'; when it was agreed is not known, so the day of the
 * request, the latest day sure to be before it). A plan with a log already had them written
 * there too, and its log is the record (an entry the student deleted stays deleted). Works on
 * the data as read, before it is checked; anything else in it is left as it is.
 */
export function foldOutreachDates(plan: unknown): unknown {
  if (!isObject(plan) || !isObject(plan.outreach)) return plan;
  const { sentAt, meetingAt, ...outreach } = plan.outreach;
  const conversation = isObject(plan.conversation) ? plan.conversation : {};
  const log = Array.isArray(conversation.log) ? conversation.log : [];
  const entries: Raw[] = [];
  if (!log.length) {
    const entry = { channel: '', meetingAt: null, reason: null, note: '' };
    if (readable(sentAt))
      entries.push({
        ...entry,
        id: outreachSentId,
        kind: 'asked',
        at: sentAt,
        channel: outreach.channel ?? '',
      });
    if (readable(meetingAt))
      entries.push({
        ...entry,
        id: outreachMeetingId,
        kind: 'scheduled',
        at: readable(sentAt) && Date.parse(sentAt) <= Date.parse(meetingAt) ? sentAt : meetingAt,
        meetingAt,
      });
  }
  return { ...plan, outreach, conversation: { ...conversation, log: [...log, ...entries] } };
}

/**
 * An older record in the current shape, checked: version 1 becomes version 2 first; version 2
 * plans have their outreach dates moved into the log, and the student's details are taken out
 * of the plans (see {@link adoptStudent}; what `student` already holds stays). Null when it does
 * not fit even so.
 */
export function migratePlans(
  data: unknown,
  from: number,
  newId: () => string,
  firstName = '',
  student: Student = noStudent,
): PlansRecord | null {
  const v2 = from === 1 ? fromV1(data, newId, firstName) : data;
  if (!isObject(v2) || !Array.isArray(v2.plans)) return null;
  const parsed = plansRecordSchema.safeParse({ ...v2, plans: v2.plans.map(foldOutreachDates) });
  return parsed.success ? { ...parsed.data, ...adoptStudent(parsed.data.plans, student) } : null;
}

/**
 * Reads the record saved under an older version (1 or 2) and converts it. Data that cannot be
 * read is set aside under a `corrupt` key and reported, as the store does with any data (so
 * nothing is lost); then null.
 */
export function readOlder(
  from: number,
  options: {
    storage?: StorageLike | null;
    now: () => Date;
    onEvent: (e: StoreEvent) => void;
    newId?: () => string;
    firstName: string;
    /** The student's details as they are now (entered since, or in another tab); they stay. */
    student?: Student;
  },
): PlansRecord | null {
  // makeId, not crypto.randomUUID: that one is missing outside secure contexts (plain http).
  const newId = options.newId ?? makeId;
  const older = createStore<PlansRecord>({
    key: 'iik:plans',
    version: from,
    schema: {
      safeParse: (data: unknown) => {
        const record = migratePlans(data, from, newId, options.firstName, options.student);
        return record ? { success: true as const, data: record } : { success: false as const };
      },
    },
    storage: options.storage,
    now: options.now,
    onEvent: options.onEvent,
  });
  return older.read();
}

/** Removes the older version's record once the current one is saved. */
export function removeOlder(from: number, storage?: StorageLike | null): void {
  createStore({ key: 'iik:plans', version: from, schema: plansRecordSchema, storage }).clear();
}

/**
 * Brings plans saved in an older format into the page's plans (state.ts loads this when storage
 * has them). Plans made in the moment before it arrived are kept beside them, and so are plans
 * already in the current format (another tab converted them first, or a tab still on the
 * previous release saved the older format again): only the plans missing here are added. The
 * older record is removed once the plans are saved (`saved()`), then the page is told.
 */
export function adoptOlder(
  state: PlansState,
  from: number,
  options: Omit<Parameters<typeof readOlder>[1], 'student'> & { saved: () => boolean },
): void {
  const record = readOlder(from, { ...options, student: state.student.value });
  if (!record) return;
  const mine = state.mine();
  const here = new Set(mine.map((p) => p.id));
  const next = [...record.plans.filter((p) => !here.has(p.id)), ...mine];
  state.replace(next, record.currentId || next[0].id, record.student);
  if (options.saved()) removeOlder(from, options.storage);
  options.onEvent({ kind: 'migrated' });
}

type OwnKey = keyof typeof ownFields;
type Own = { [K in OwnKey as (typeof ownFields)[K]]: string } & { ownDetails: boolean };
const ownKeys = Object.keys(ownFields) as OwnKey[];

/**
 * Plans saved (or imported) with the student's details in each plan: the student keeps what they
 * already entered, and each empty field takes the most recent plan's value; then a plan's value
 * that says the same as the student's is cleared, so the plan follows the student from now on,
 * and a different one stays as that plan's own (and the plan is marked as having its own).
 * Nothing a plan held is lost. The messages read a plan's own value first, then the student's
 * (generate.ts).
 */
export function adoptStudent<P extends { updatedAt: string; outreach: Own }>(
  plans: readonly P[],
  student: Student = noStudent,
): { plans: P[]; student: Student } {
  const recent = [...plans].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
  const adopted = { ...student };
  for (const key of ownKeys)
    if (!adopted[key].trim())
      adopted[key] =
        recent.find((p) => p.outreach[ownFields[key]].trim())?.outreach[ownFields[key]].trim() ??
        '';
  return {
    student: adopted,
    plans: plans.map((plan) => {
      const outreach = { ...plan.outreach };
      for (const k of ownKeys)
        if (outreach[ownFields[k]].trim() === adopted[k]) outreach[ownFields[k]] = '';
      outreach.ownDetails = ownKeys.some((k) => outreach[ownFields[k]].trim() !== '');
      return { ...plan, outreach };
    }),
  };
}
