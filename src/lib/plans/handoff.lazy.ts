/**
 * The plan hand-off: an embed's storage is partitioned by the host site, so "Continue on the full
 * site" carries the student's plans (every one, and which they were working on) to the toolkit in
 * the new tab's address, in the fragment (`#plan=...`), which browsers never send to a server.
 * The plans travel as JSON, compressed with raw DEFLATE and written in base64url. The full site
 * reads them with the plan schema, shows what they hold and adds them only when the student says
 * so. Loaded only when the button is pressed or a page opens with such a fragment.
 */
import { planShape, textLimits, type Plan } from './plan';
import { foldOutreachDates } from './migrate.lazy';
import { fillStudent, importLimitBytes, overLimit } from './file.lazy';
import { studentShape, type Student } from './student';
import { type PlansState } from './state';
import { makeId } from './record';
import { base64UrlToBytes, bytesToBase64Url } from '../shared/base64url';
import { deflateText, inflateText } from '../shared/compress';
import { planFragmentKey } from '../shared/fragment';
import { schema } from '../storage/schema';
import type { Organization } from '../organizations/organization';
import { getOrganizationsState } from '../organizations/state';
import { readOrganizations, saveOrganizations } from '../organizations/transfer';

/**
 * Longest hand-off address, in characters (8,000). RFC 9110 (§4.1) asks every sender and
 * recipient to support URIs of at least 8,000 octets; browsers take far longer ones, but the
 * address is also kept in history, synced between devices and copied by hand, and nothing
 * promises those more. A typical plan compresses to well under 2,000 characters, and plans
 * together compress better still; plans with long notes go over and are handed over as the
 * export file instead.
 */
export const handoffUrlMax = 8000;

/** Format version of the JSON inside the fragment: 2 carries every plan; 1 (one plan) is still read. */
const handoffVersion = 2;

// Built here rather than importing plan.ts's planSchema: each name a lazy chunk imports from the
// shared runtime chunk adds to that chunk's export list, on every tool page and embed.
const planSchema = schema(planShape);
const studentSchema = schema(studentShape);
/** The student's details a hand-off carries, when they read as such. */
const readStudent = (data: unknown) => {
  const r = studentSchema.safeParse(data);
  return r.success ? r.data : undefined;
};

/**
 * What a hand-off carries: the student's plans, the id of the one they were working on, and
 * their own details, which the plans' messages use (absent from a hand-off of an earlier release).
 */
export interface Handoff {
  plans: Plan[];
  currentId: string;
  student?: Student;
  /** The student's target organizations (absent from a hand-off of an earlier release). */
  organizations?: Organization[];
}

/** The hand-off code for some plans: compressed JSON in base64url. */
export async function encodeHandoff(handoff: Handoff): Promise<string> {
  const { plans, currentId, student, organizations } = handoff;
  return bytesToBase64Url(
    await deflateText(
      JSON.stringify({ v: handoffVersion, plans, currentId, student, organizations }),
    ),
  );
}

/** The full site's tool page carrying `handoff`, or its length when that is over {@link handoffUrlMax}. */
export async function handoffUrl(
  page: string,
  handoff: Handoff,
): Promise<{ ok: true; url: string } | { ok: false; length: number }> {
  const url = new URL(page);
  url.hash = `${planFragmentKey}=${await encodeHandoff(handoff)}`;
  const href = url.href;
  return href.length <= handoffUrlMax
    ? { ok: true, url: href }
    : { ok: false, length: href.length };
}

/**
 * Why a hand-off code could not be read: `damaged` (not base64url, not DEFLATE, cut short, not
 * JSON), `not-a-plan` (JSON that does not fit the plan schema or this format's version),
 * `too-long` (a field longer than its form allows).
 */
export type HandoffError = 'damaged' | 'not-a-plan' | 'too-long';

/**
 * Reads plans from a hand-off code; nothing about it is trusted, and nothing is changed. The
 * current id is one of the plans' (the first when the code names none of them).
 */
export async function decodeHandoff(
  code: string,
): Promise<({ ok: true } & Handoff) | { ok: false; error: HandoffError }> {
  let data: unknown;
  try {
    // No plans a form can make inflate past the import's 1 MB file limit.
    data = JSON.parse(await inflateText(base64UrlToBytes(code), importLimitBytes));
  } catch {
    return { ok: false, error: 'damaged' };
  }
  // Not a Valibot literal: every Valibot function a lazy chunk uses joins the runtime chunk.
  const { v, plan, plans, currentId, student, organizations } = (data ?? {}) as Record<
    string,
    unknown
  >;
  // Version 1, from an embed of an earlier release, carried the current plan alone.
  const list = v === 1 ? [plan] : v === handoffVersion && Array.isArray(plans) ? plans : [];
  const parsed: Plan[] = [];
  for (const item of list) {
    // A plan handed over by a page from before the log held every date has them moved there.
    const result = planSchema.safeParse(foldOutreachDates(item));
    if (!result.success) return { ok: false, error: 'not-a-plan' };
    parsed.push(result.data);
  }
  if (!parsed.length) return { ok: false, error: 'not-a-plan' };
  if (parsed.some((p) => overLimit(p))) return { ok: false, error: 'too-long' };
  const orgs = readOrganizations(organizations);
  if (orgs === null) return { ok: false, error: 'not-a-plan' };
  const current = parsed.find((p) => p.id === currentId) ?? parsed[0];
  const who = readStudent(student);
  return {
    ok: true,
    plans: parsed,
    currentId: current.id,
    ...(who ? { student: who } : {}),
    ...(orgs ? { organizations: orgs } : {}),
  };
}

/** What a plan holds, for the offer to show before anything is added. Null: nothing in it. */
export interface PlanContents {
  name: string;
  /** The person's name, role and organization, those filled in. */
  person: string[];
  checklist: { done: number; own: number; notes: boolean } | null;
  questions: { count: number; answered: number } | null;
  outreach: {
    details: boolean;
    drafts: number;
  } | null;
  /** The conversation's log (the conversations page) and whether its debrief has anything. */
  conversation: { entries: number; debrief: boolean } | null;
}

const filled = (texts: string[]) => texts.map((s) => s.trim()).filter(Boolean);

/** The parts of a plan that have content. */
export function planContents(plan: Plan): PlanContents {
  const { person, checklist: c, questions: q, outreach: o, conversation: cv } = plan;
  const notes = c.notes.trim() !== '';
  const details =
    filled([o.senderName, o.senderSchool, o.interest, o.connectionText, o.toEmail]).length > 0;
  const drafts = filled(Object.values(o.drafts)).length;
  const { learned, advice, nextSteps, suggested } = cv.debrief;
  const debrief = filled([learned, advice, ...nextSteps]).length > 0 || suggested.length > 0;
  return {
    name: plan.name,
    person: filled([person.name, person.role, person.organization]),
    checklist:
      c.done.length || c.custom.length || notes
        ? { done: c.done.length, own: c.custom.length, notes }
        : null,
    questions: q.items.length
      ? { count: q.items.length, answered: q.items.filter((i) => i.notes.trim()).length }
      : null,
    outreach: details || drafts ? { details, drafts } : null,
    conversation: cv.log.length || debrief ? { entries: cv.log.length, debrief } : null,
  };
}

/**
 * How a handed-over plan stands beside the student's plans: `new` (no plan of theirs has its id),
 * `same` (they have it as it is: the same id, last changed at the same moment) or `changed`
 * (they have it, and it has changed here or there since; it can only come as a copy).
 */
export type HandedKind = 'new' | 'same' | 'changed';

/** How `plan` stands beside `mine` (see {@link HandedKind}). */
export function handedKind(mine: readonly Plan[], plan: Plan): HandedKind {
  const own = mine.find((p) => p.id === plan.id);
  return !own ? 'new' : own.updatedAt === plan.updatedAt ? 'same' : 'changed';
}

/** The name of a copy: "… (copy)", within the plan name's limit. */
export function copyName(name: string, suffix: string): string {
  return `${name.slice(0, textLimits.planName - suffix.length).trimEnd()}${suffix}`;
}

/**
 * Adds handed-over plans beside the student's own, in their order, and makes the one they were
 * working on current; nothing they have is replaced (an untouched default plan gives way, as on
 * import). A plan they already have as it is is not added again; one they have in another
 * version is added as a copy, with a new id and `copyName`. Returns the plans added and the
 * current id, or null, and nothing changed, when storage has no room.
 */
export function addHandedPlans(
  state: PlansState,
  handoff: Handoff,
  copySuffix: string,
  now = new Date(),
  newId = makeId,
  orgs = getOrganizationsState(),
): { added: Plan[]; currentId: string } | null {
  const next = [...state.mine()];
  const added: Plan[] = [];
  let currentId = '';
  // The student's details fill only what is empty here. (A plan from an earlier release keeps
  // its own details in its outreach section, which its messages read first.)
  const student = fillStudent(state.student.value, handoff.student);
  for (const plan of handoff.plans) {
    const kind = handedKind(next, plan);
    const kept =
      kind === 'same'
        ? next.find((p) => p.id === plan.id)!
        : kind === 'new'
          ? plan
          : {
              ...plan,
              id: newId(),
              name: copyName(plan.name, copySuffix),
              updatedAt: now.toISOString(),
            };
    if (kind !== 'same') {
      added.push(kept);
      next.push(kept);
    }
    if (plan.id === handoff.currentId) currentId = kept.id;
  }
  currentId ||= next[0].id;
  // The organizations join the student's list, the copy changed last kept for each.
  const restore = saveOrganizations(orgs, handoff.organizations, 'merge');
  if (!restore) return null;
  if (state.commit(next, currentId, student)) return { added, currentId };
  restore();
  return null;
}
