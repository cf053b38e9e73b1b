/**
 * State of the introduction builder over the shared plan: the parts, the spoken text (joined,
 * or the student's edit), its length and checks, and practice times. The island only renders
 * these signals and calls the actions.
 */
import { computed } from '../shared/signals';
import type { IntroductionSection, IntroPartId } from '../plans/plan';
import type { StudentPlanStore } from '../plans/state';
import { runIntroChecks, type IntroRules } from './checks';
import { introLength, joinIntroduction, recordPractice } from './introduction';
import type { JoinPhrases } from '../strings/introduction';

/** What the state needs in the page's language, passed to the island as props. */
export interface IntroductionData {
  /** The sentences the parts are joined with. */
  phrases: JoinPhrases;
  /** The checks' word lists. */
  rules: IntroRules;
}

/** Creates the introduction builder's state over a plan store. */
export function createIntroductionState(store: StudentPlanStore, data: IntroductionData) {
  const plan = store.current;
  const section = computed(() => plan.value.introduction);
  const person = computed(() => plan.value.person);
  const student = store.student;
  const joined = computed(() =>
    joinIntroduction(section.value.parts, person.value, data.phrases, student.value),
  );
  const text = computed(() => (section.value.edited ? section.value.text : joined.value));
  const length = computed(() => introLength(text.value));
  const checks = computed(() => runIntroChecks(text.value, person.value, data.rules));
  const update = (fn: (s: IntroductionSection) => IntroductionSection) =>
    store.updateSection('introduction', fn);

  return {
    section,
    person,
    joined,
    text,
    length,
    checks,
    /** Changes one part and the text joined from the parts; an edited text stays as written. */
    setPart(id: IntroPartId, value: string) {
      update((s) => {
        const parts = { ...s.parts, [id]: value };
        return s.edited
          ? { ...s, parts }
          : {
              ...s,
              parts,
              text: joinIntroduction(parts, person.value, data.phrases, student.value),
            };
      });
    },
    /**
     * Saves the joined text again when the person changed in another tool since it was saved,
     * so the question sheet and the checklist, which print the saved text, say it the same way.
     */
    sync() {
      const s = section.value;
      if (!s.edited && s.text !== joined.value) update((x) => ({ ...x, text: joined.value }));
    },
    /** Keeps the student's own wording; from now on the parts no longer change it. */
    edit(value: string) {
      update((s) => ({ ...s, text: value, edited: true }));
    },
    /** Goes back to the text joined from the parts. */
    rebuild() {
      update((s) => ({ ...s, text: joined.value, edited: false }));
    },
    /** Keeps a practice run's time (whole seconds) as the last, and as the best if it is. */
    practised(seconds: number) {
      update((s) => recordPractice(s, seconds));
    },
  };
}

/** The introduction builder's state. */
export type IntroductionState = ReturnType<typeof createIntroductionState>;
