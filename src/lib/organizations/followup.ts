/**
 * The 3B7 routine of The 2-Hour Job Search: when nobody at an organization has answered a
 * request for three business days, write to a second person there (and nudge the first after
 * a week, as the outreach guide teaches). Business days are Monday to Friday on the student's
 * calendar, in their time zone; a reply from anyone at the organization ends the suggestion.
 */
import type { Plan } from '../plans/plan';
import type { LogEntry } from '../conversations/log';
import { addDays, localDate } from '../shared/dates';
import { dayOf } from '../conversations/entries';
import { plansByOrg, knownAt, type Known } from './lamp';
import { orgKey, type Organization } from './organization';

/** Business days without a reply before the second person. */
export const secondContactDays = 3;

/** Log entries that say the person answered. */
const replyKinds: ReadonlySet<LogEntry['kind']> = new Set(['replied', 'scheduled', 'talked']);

/** Day of the week of a YYYY-MM-DD date: 0 Sunday to 6 Saturday (no time zone involved). */
export function weekday(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Whether a YYYY-MM-DD date is Monday to Friday. */
export const isBusinessDay = (day: string) => weekday(day) % 6 !== 0;

/** The date `n` business days after `day` (a weekend day counts from the Monday after). */
export function addBusinessDays(day: string, n: number): string {
  let d = day;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (isBusinessDay(d)) left--;
  }
  return d;
}

/** Business days from `from` to `to` (0 when `to` is not after `from`). */
export function businessDaysBetween(from: string, to: string): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isBusinessDay(d)) n++;
  return n;
}

/** Whether a plan's log shows an answer from the person. */
export const hasReply = (plan: Pick<Plan, 'conversation'>) =>
  plan.conversation.log.some((e) => replyKinds.has(e.kind));

/** The day of the plan's latest request, or '' when none was sent. */
function lastAsked(plan: Plan): string {
  let last = '';
  for (const e of plan.conversation.log)
    if (e.kind === 'asked') {
      const day = dayOf(e.at);
      if (day > last) last = day;
    }
  return last;
}

/** Today's suggestion at one organization. */
export interface SecondContact {
  /** The organization's key and name. */
  key: string;
  name: string;
  /** The plan of the request still waiting (the latest one). */
  waiting: { planId: string; name: string; askedOn: string };
  /** The day the suggestion started. */
  due: string;
  /**
   * Who to write to next: a plan at the organization not yet asked, a kept connection who is
   * not yet a plan, or null when the student knows nobody else there yet.
   */
  next: Known | null;
}

/**
 * The organizations where a request has waited three business days with no reply from anyone
 * there, and no newer request has gone out since: write to someone else there. Earliest due first.
 */
export function secondContacts(
  plans: readonly Plan[],
  organizations: readonly Organization[],
  now: Date,
): SecondContact[] {
  const today = localDate(now);
  const kept = new Map(organizations.map((o) => [orgKey(o.name), o]));
  const out: SecondContact[] = [];
  for (const [key, at] of plansByOrg(plans)) {
    if (at.some(hasReply)) continue;
    let waiting: Plan | null = null;
    let askedOn = '';
    for (const p of at) {
      const day = lastAsked(p);
      if (day > askedOn) [waiting, askedOn] = [p, day];
    }
    if (!waiting) continue;
    const due = addBusinessDays(askedOn, secondContactDays);
    if (today < due) continue;
    const org = kept.get(key);
    if (org?.removed) continue;
    const unasked = at.filter((p) => p.person.name.trim() && !lastAsked(p) && !closed(p));
    const others = knownAt(org ?? { connections: [] }, at).filter(
      (k) => k.kind === 'connection' || unasked.some((p) => p.id === k.planId),
    );
    out.push({
      key,
      name: org?.name ?? waiting.person.organization.trim(),
      waiting: { planId: waiting.id, name: waiting.person.name || waiting.name, askedOn },
      due,
      next: others[0] ?? null,
    });
  }
  return out.sort((a, b) =>
    a.due < b.due ? -1 : a.due > b.due ? 1 : a.name.localeCompare(b.name),
  );
}

/** A plan the student closed (and did not reopen): not someone to write to. */
function closed(plan: Plan): boolean {
  let open = true;
  for (const e of plan.conversation.log)
    if (e.kind === 'closed') open = false;
    else if (e.kind === 'reopened') open = true;
  return !open;
}
