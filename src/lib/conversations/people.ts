/**
 * New people for the conversations page, as an import reads them: the person, what is known of
 * the conversation so far (log entries without ids yet) and notes. Turning them into plans and
 * adding those to the student's plans happens here, in one all-or-nothing save.
 */
import type { LogEntry } from './log';
import { planSchema, textLimits, type Person, type Plan } from '../plans/plan';
import { type PlansState } from '../plans/state';
import { makeId } from '../plans/record';

/** A log entry before it belongs to a plan (the plan gives it its id). */
export type NewLogEntry = Omit<LogEntry, 'id'>;

/** One person to add, with what is already known of the conversation. */
export interface NewPerson {
  person: Person;
  /** Their email address (the outreach tool's mail-app link uses it); '' if not known. */
  email: string;
  /** How the student knows them in their own words, when `person.connection` is 'other'. */
  connectionText: string;
  /** What has happened so far, oldest first. */
  log: NewLogEntry[];
  /** Free notes (the checklist's notes field). */
  notes: string;
  /** The debrief's "What I learned", when the file has it. */
  learned?: string;
  /** The debrief's "The advice I got", when the file has it. */
  advice?: string;
}

/** A plan's name from the person's name, within the rename field's limit. */
function planName(name: string, fallback: string): string {
  const n = name.trim() || fallback;
  return n.length > textLimits.planName ? `${n.slice(0, textLimits.planName - 1)}…` : n;
}

/**
 * One plan per person: named after them, the log with fresh ids (every tool reads what happened
 * from it), the notes in the checklist's notes, what they learned and the advice in the debrief.
 */
export function plansFromPeople(
  people: readonly NewPerson[],
  options: { now?: Date; newId?: () => string; fallbackName?: string } = {},
): Plan[] {
  const stamp = (options.now ?? new Date()).toISOString();
  const newId = options.newId ?? makeId;
  return people.map((p) => {
    const log = p.log.map((entry) => ({ ...entry, id: newId() }));
    return planSchema.parse({
      id: newId(),
      name: planName(p.person.name, options.fallbackName ?? 'Conversation'),
      createdAt: stamp,
      updatedAt: stamp,
      person: p.person,
      checklist: { notes: p.notes },
      outreach: {
        toEmail: p.email,
        connectionText: p.connectionText,
      },
      conversation: { log, debrief: { learned: p.learned ?? '', advice: p.advice ?? '' } },
    });
  });
}

/**
 * Adds the people as new plans after the student's own, all or nothing: false when storage has
 * no room, and then nothing has changed. An untouched default plan gives way, as in a plans
 * import.
 */
export function addPeople(
  state: Pick<PlansState, 'mine' | 'commit'>,
  people: readonly NewPerson[],
  options: { now?: Date; newId?: () => string } = {},
): boolean {
  if (!people.length) return true;
  return state.commit([...state.mine(), ...plansFromPeople(people, options)]);
}
