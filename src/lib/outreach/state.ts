/**
 * State of the outreach tool over the shared plan: the chosen channel's message (generated, or
 * the student's edited draft), its checks, the mail-app link and the follow-up dates. The
 * island only renders these signals and calls the actions.
 */
import { computed } from '../shared/signals';
import type { OutreachSection, Person } from '../plans/plan';
import { connectionCue, lengthStatus, runChecks } from './checks';
import { followUps, localDate } from './followup';
import type { ReminderText } from './reminders';
import {
  connectionKey,
  generateMessage,
  type ChannelTemplate,
  type Phrases,
  type Tone,
} from './generate';
import { mailtoHref } from './mailto';
import type { PlanStore } from '../plans/state';

/**
 * The conversation log's writers load when the student first marks a message sent or sets a
 * meeting time: the embedded outreach page has no room for them in its 20 KB on load.
 */
const logWriters = () => import('./log.lazy');

/**
 * The channel a link to the tool asks for (`?message=`, e.g. from the conversations page): a
 * template id, or 'first' for a first message (the plan's channel when it is one, else the
 * first of them). Null for anything else, which leaves the tool as it was.
 */
export function linkedChannel(
  value: string | null,
  templates: readonly ChannelTemplate[],
  current: ChannelTemplate,
): string | null {
  if (!value) return null;
  if (value === 'first')
    return current.stage === 'first'
      ? current.id
      : (templates.find((t) => t.stage === 'first')?.id ?? null);
  return templates.some((t) => t.id === value) ? value : null;
}

/** Templates, phrases and placeholder labels, passed to the island as props. */
export interface OutreachData {
  templates: ChannelTemplate[];
  phrases: Record<Tone, Phrases>;
  missing: Record<string, string>;
}

/** Creates the outreach tool's state over a plan store. */
export function createOutreachState(store: PlanStore, data: OutreachData) {
  const plan = store.current;
  const outreach = computed(() => plan.value.outreach);
  const template = computed(
    () => data.templates.find((t) => t.id === outreach.value.channel) ?? data.templates[0],
  );
  const generated = computed(() =>
    generateMessage(template.value, data.phrases, plan.value, data.missing),
  );
  const subjectKey = computed(() => `${template.value.id}.subject`);
  const message = computed(() => {
    const drafts = outreach.value.drafts;
    return {
      subject: drafts[subjectKey.value] ?? generated.value.subject,
      body: drafts[template.value.id] ?? generated.value.body,
    };
  });
  const edited = computed(() => {
    const drafts = outreach.value.drafts;
    return template.value.id in drafts || subjectKey.value in drafts;
  });
  const length = computed(() =>
    lengthStatus(message.value.body, template.value, outreach.value.premium),
  );
  const checks = computed(() => {
    const p = plan.value.person;
    return runChecks(message.value, template.value, {
      premium: outreach.value.premium,
      connection: connectionKey(p.connection),
      cues: [connectionCue(p, outreach.value.connectionText)],
    });
  });
  const dates = computed(() => followUps(outreach.value));
  const mailto = computed(() => mailtoHref({ to: outreach.value.toEmail, ...message.value }));

  const set = (patch: Partial<OutreachSection>) =>
    store.updateSection('outreach', (o) => ({ ...o, ...patch }));
  const setDraft = (key: string, text: string) =>
    set({ drafts: { ...outreach.value.drafts, [key]: text } });

  return {
    plan,
    outreach,
    template,
    generated,
    message,
    edited,
    length,
    checks,
    dates,
    mailto,
    /** Updates the person (shared with the other tools). */
    setPerson: (patch: Partial<Person>) => store.updatePerson(patch),
    /** Updates this tool's own section. */
    set,
    /** Keeps the student's own wording of the body for this channel. */
    editBody: (text: string) => setDraft(template.value.id, text),
    /** Keeps the student's own subject line for this channel. */
    editSubject: (text: string) => setDraft(subjectKey.value, text),
    /** Drops this channel's edits, so the message follows the details again. */
    resetDraft() {
      const {
        [template.value.id]: _body,
        [subjectKey.value]: _subject,
        ...rest
      } = outreach.value.drafts;
      set({ drafts: rest });
    },
    /**
     * Records today (local date) as the day the first message went out; null clears it. The
     * conversation log gets the matching 'asked' entry (see conversations/entries.ts).
     */
    markSent(today: Date | null): Promise<void> {
      const sentAt = today && localDate(today);
      set({ sentAt });
      return logWriters().then(({ recordSent }) =>
        store.updateSection('conversation', () => recordSent(plan.value, sentAt)),
      );
    },
    /**
     * Records the conversation's date and time from a datetime-local value ('' clears it), and
     * the log's 'scheduled' entry with it (a new time moves the meeting).
     */
    setMeeting(value: string, now = new Date()): Promise<void> {
      const date = value ? new Date(value) : null;
      const meetingAt = date && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
      set({ meetingAt });
      return logWriters().then(({ recordMeeting }) =>
        store.updateSection('conversation', () => recordMeeting(plan.value, meetingAt, now)),
      );
    },
    /** Opens the channel a link asked for (`?message=`), when it names one. */
    openMessage(value: string | null) {
      const channel = linkedChannel(value, data.templates, template.value);
      if (channel && channel !== outreach.value.channel) set({ channel });
      return channel;
    },
    /**
     * An .ics file with the known follow-up reminders, or null when there are none. The
     * calendar writer loads only when asked for, to keep it out of the page's first script.
     */
    async calendar(text: ReminderText & { fallbackName: string }, host: string, now = new Date()) {
      const [{ buildCalendar }, { reminderEvents }] = await Promise.all([
        import('../shared/ics'),
        import('./reminders'),
      ]);
      const events = reminderEvents(dates.value, text, {
        planId: plan.value.id,
        name: plan.value.person.name.trim() || text.fallbackName,
        host,
      });
      return events.length
        ? buildCalendar(events, { prodId: '-//Informational Interview Toolkit//Outreach//EN', now })
        : null;
    },
  };
}

/** The outreach tool's state, as returned by createOutreachState. */
export type OutreachState = ReturnType<typeof createOutreachState>;
