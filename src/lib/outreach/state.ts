/**
 * State of the outreach tool over the shared plan: the chosen channel's message (generated, or
 * the student's edited draft, in the student's details or this plan's own), its checks and the
 * mail-app link. What happened and what is due are in ./dates.ts. The island only renders these
 * signals and calls the actions.
 */
import { computed } from '../shared/signals';
import type { OutreachSection, Person } from '../plans/plan';
import { ownFields, type Student } from '../plans/student';
import { connectionCue, lengthStatus, runChecks, type MessageRules } from './checks';
import {
  connectionKey,
  generateMessage,
  type ChannelTemplate,
  type Phrases,
  type Tone,
} from './generate';
import { mailtoHref } from './mailto';
import type { StudentPlanStore } from '../plans/state';

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

/** Templates, phrases, placeholder labels and the checks' word lists, passed to the island as props. */
export interface OutreachData {
  templates: ChannelTemplate[];
  phrases: Record<Tone, Phrases>;
  missing: Record<string, string>;
  /** The page's language's lists (src/lib/strings/check-rules.ts or its Spanish twin). */
  rules: MessageRules;
}

/** Creates the outreach tool's state over a plan store. */
export function createOutreachState(store: StudentPlanStore, data: OutreachData) {
  const plan = store.current;
  const outreach = computed(() => plan.value.outreach);
  const template = computed(
    () => data.templates.find((t) => t.id === outreach.value.channel) ?? data.templates[0],
  );
  const student = store.student;
  /** Whether this plan uses details of its own instead of the student's. */
  const own = computed(() => outreach.value.ownDetails);
  const generated = computed(() =>
    generateMessage(
      template.value,
      data.phrases,
      { ...plan.value, student: student.value },
      data.missing,
      data.rules,
    ),
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
      rules: data.rules,
      premium: outreach.value.premium,
      connection: connectionKey(p.connection),
      cues: [connectionCue(p, outreach.value.connectionText)],
    });
  });
  const mailto = computed(() => mailtoHref({ to: outreach.value.toEmail, ...message.value }));

  const set = (patch: Partial<OutreachSection>) =>
    store.updateSection('outreach', (o) => ({ ...o, ...patch }));
  const setDraft = (key: string, text: string) =>
    set({ drafts: { ...outreach.value.drafts, [key]: text } });

  return {
    plan,
    outreach,
    student,
    own,
    template,
    generated,
    message,
    edited,
    length,
    checks,
    mailto,
    /** Updates the person (shared with the other tools). */
    setPerson: (patch: Partial<Person>) => store.updatePerson(patch),
    /** Updates this tool's own section. */
    set,
    /**
     * Changes one of the student's details: for every plan, or for this person only once the
     * plan has its own (see {@link useOwn}).
     */
    setStudent(key: keyof typeof ownFields | 'signature', value: string) {
      if (key !== 'signature' && own.value) set({ [ownFields[key]]: value });
      else store.updateStudent({ [key]: value });
    },
    /**
     * Gives this plan details of its own (a copy of the student's, to change for this person),
     * or drops them so it follows the student's again.
     */
    useOwn(on: boolean) {
      const st: Student = student.value;
      set(
        on
          ? {
              ownDetails: true,
              senderName: st.name,
              senderSchool: st.school,
              interest: st.interest,
            }
          : { ownDetails: false, senderName: '', senderSchool: '', interest: '' },
      );
    },
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
    /** Opens the channel a link asked for (`?message=`), when it names one. */
    openMessage(value: string | null) {
      const channel = linkedChannel(value, data.templates, template.value);
      if (channel && channel !== outreach.value.channel) set({ channel });
      return channel;
    },
  };
}

/** The outreach tool's state, as returned by createOutreachState. */
export type OutreachState = ReturnType<typeof createOutreachState>;
