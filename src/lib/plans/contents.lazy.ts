/**
 * What a plan handed over holds, in words: a line per section with content, and one line for a
 * plan among several (the full site's offer of plans from an embed, HandoffOffer.lazy.ts).
 */
import type { PlanContents } from './handoff.lazy';
import type { Translation } from '../i18n/lang';
import type { handoffOfferText } from '../strings/handoff';
import { fill } from '../shared/fill';
import { plural } from '../shared/plural';

/** The offer's wording these lines use. */
type ContentsText = Pick<
  Translation<typeof handoffOfferText>,
  'sections' | 'parts' | 'planLine' | 'planPerson' | 'planEmpty'
>;

/** What a plan holds, one line per section with content, in the page's wording. */
export function contentLines(c: PlanContents, t: ContentsText): string[] {
  const { sections: s, parts: w } = t;
  const line = (template: string, parts: (string | false)[]) =>
    fill(template, { parts: parts.filter(Boolean).join(', ') });
  const lines: string[] = [];
  if (c.checklist)
    lines.push(
      line(s.checklist, [
        plural(w.ticked, c.checklist.done),
        !!c.checklist.own && plural(w.own, c.checklist.own),
        c.checklist.notes && w.notes,
      ]),
    );
  if (c.questions)
    lines.push(
      line(s.questions, [
        plural(w.questions, c.questions.count),
        !!c.questions.answered && fill(w.answered, { n: c.questions.answered }),
      ]),
    );
  if (c.outreach)
    lines.push(
      line(s.outreach, [
        c.outreach.details && w.details,
        !!c.outreach.drafts && plural(w.drafts, c.outreach.drafts),
      ]),
    );
  if (c.conversation)
    lines.push(
      line(s.conversation, [
        plural(w.entries, c.conversation.entries),
        c.conversation.debrief && w.debrief,
      ]),
    );
  return lines;
}

/**
 * One plan of several, on one line: its name, the person where that adds to the name, and
 * what is filled in.
 */
export function planLine(c: PlanContents, t: ContentsText): string {
  const person = c.person.filter((part) => part !== c.name);
  const lines = contentLines(c, t);
  return fill(t.planLine, {
    name: c.name,
    person: person.length ? fill(t.planPerson, { person: person.join(', ') }) : '',
    contents: lines.length ? lines.join('; ') : t.planEmpty,
  });
}
