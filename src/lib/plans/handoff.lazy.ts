/**
 * The plan hand-off: an embed's storage is partitioned by the host site, so "Continue on the full
 * site" carries the current plan to the toolkit in the new tab's address, in the fragment
 * (`#plan=...`), which browsers never send to a server. The plan travels as JSON, compressed with
 * raw DEFLATE and written in base64url. The full site reads it with the plan schema, shows what it
 * holds and adds it only when the student says so. Loaded only when the button is pressed or a
 * page opens with such a fragment.
 */
import { planShape, textLimits, type Plan } from './plan';
import { foldOutreachDates } from './migrate.lazy';
import { importLimitBytes, overLimit } from './file.lazy';
import { makeId, type PlansState } from './state';
import { base64UrlToBytes, bytesToBase64Url } from '../shared/base64url';
import { deflateText, inflateText } from '../shared/compress';
import { planFragmentKey } from '../shared/fragment';
import { schema } from '../storage/schema';

/**
 * Longest hand-off address, in characters (8,000). RFC 9110 (§4.1) asks every sender and
 * recipient to support URIs of at least 8,000 octets; browsers take far longer ones, but the
 * address is also kept in history, synced between devices and copied by hand, and nothing
 * promises those more. A typical plan compresses to well under 2,000 characters; one with long
 * notes goes over and is handed over as the export file instead.
 */
export const handoffUrlMax = 8000;

/** Format version of the JSON inside the fragment. */
const handoffVersion = 1;

// Built here rather than importing plan.ts's planSchema: each name a lazy chunk imports from the
// shared runtime chunk adds to that chunk's export list, on every tool page and embed.
const planSchema = schema(planShape);

/** The hand-off code for one plan: compressed JSON in base64url. */
export async function encodePlan(plan: Plan): Promise<string> {
  return bytesToBase64Url(await deflateText(JSON.stringify({ v: handoffVersion, plan })));
}

/** The full site's tool page carrying `plan`, or its length when that is over {@link handoffUrlMax}. */
export async function handoffUrl(
  page: string,
  plan: Plan,
): Promise<{ ok: true; url: string } | { ok: false; length: number }> {
  const url = new URL(page);
  url.hash = `${planFragmentKey}=${await encodePlan(plan)}`;
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

/** Reads a plan from a hand-off code; nothing about it is trusted, and nothing is changed. */
export async function decodePlan(
  code: string,
): Promise<{ ok: true; plan: Plan } | { ok: false; error: HandoffError }> {
  let data: unknown;
  try {
    // No plan a form can make inflates past the import's 1 MB file limit.
    data = JSON.parse(await inflateText(base64UrlToBytes(code), importLimitBytes));
  } catch {
    return { ok: false, error: 'damaged' };
  }
  // Not a Valibot literal: every Valibot function a lazy chunk uses joins the runtime chunk.
  const { v, plan } = (data ?? {}) as { v?: unknown; plan?: unknown };
  // A plan handed over by a page from before the log held every date has them moved there.
  const parsed = planSchema.safeParse(foldOutreachDates(plan));
  if (v !== handoffVersion || !parsed.success) return { ok: false, error: 'not-a-plan' };
  if (overLimit(parsed.data)) return { ok: false, error: 'too-long' };
  return { ok: true, plan: parsed.data };
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
    sentAt: string | null;
    meetingAt: string | null;
  } | null;
}

const filled = (texts: string[]) => texts.map((s) => s.trim()).filter(Boolean);

/** The parts of a plan that have content. */
export function planContents(plan: Plan): PlanContents {
  const { person, checklist: c, questions: q, outreach: o } = plan;
  const notes = c.notes.trim() !== '';
  const details =
    filled([o.senderName, o.senderSchool, o.interest, o.connectionText, o.toEmail]).length > 0;
  const drafts = filled(Object.values(o.drafts)).length;
  // What happened, from the log: the first request and the latest meeting time.
  const log = plan.conversation.log;
  const sentAt = log.find((e) => e.kind === 'asked')?.at ?? null;
  const meetingAt = log.findLast((e) => e.kind === 'scheduled' && e.meetingAt)?.meetingAt ?? null;
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
    outreach:
      details || drafts || sentAt || meetingAt ? { details, drafts, sentAt, meetingAt } : null,
  };
}

/** Whether the student already has a plan with this one's id (then it can only come as a copy). */
export function hasPlan(state: PlansState, plan: Plan): boolean {
  return state.mine().some((p) => p.id === plan.id);
}

/** The name of a copy: "… (copy)", within the plan name's limit. */
export function copyName(name: string, suffix: string): string {
  return `${name.slice(0, textLimits.planName - suffix.length).trimEnd()}${suffix}`;
}

/**
 * Adds a handed-over plan beside the student's own and makes it current; nothing they have is
 * replaced (an untouched default plan gives way, as on import). When they already have a plan
 * with its id, it is added as a copy with a new id and `copyName`. Returns the plan as added,
 * or null, and nothing changed, when storage has no room.
 */
export function addHandedPlan(
  state: PlansState,
  plan: Plan,
  copySuffix: string,
  now = new Date(),
  newId = makeId,
): Plan | null {
  const added = hasPlan(state, plan)
    ? { ...plan, id: newId(), name: copyName(plan.name, copySuffix), updatedAt: now.toISOString() }
    : plan;
  return state.commit([...state.mine(), added], added.id) ? added : null;
}
