/**
 * Checklist rules: which steps a plan shows, what counts as done, and the changes a student
 * can make (tick, add their own step, remove it, reset). Pure functions over the plan's
 * checklist section, so the island only renders and calls them.
 */
import { checklistStages as stages, type ChecklistSection } from '../plans/plan';
import type { ToolId } from '../shared/tools';
import type { LogEntry, LogKind } from '../conversations/log';

/** The three stages, in the order they are shown (defined with the plan that stores them). */
export { stages };
export type Stage = (typeof stages)[number];

/** A step as the checklist shows it. */
export interface Step {
  id: string;
  stage: Stage;
  text: string;
  /** One line on why it matters (collection steps only). */
  why?: string;
  /** Link to the guide that explains it, when that guide is published. */
  href?: string;
  /** Deadline such as "Within 24 hours". */
  timing?: string;
  /** The tool that helps with this step: its address and name. */
  tool?: { href: string; name: string };
  /** Added by the student. */
  custom?: boolean;
  /** The kind of conversation-log entry that proves it done. */
  logged?: LogKind;
}

/** Done and total steps. */
export interface Progress {
  done: number;
  total: number;
}

/** The collection's steps followed by the student's own steps (shown at the end of their stage). */
export function planSteps(steps: readonly Step[], section: ChecklistSection): Step[] {
  return [...steps, ...section.custom.map((c) => ({ ...c, custom: true }))];
}

/**
 * The steps the conversation log proves done (a request sent, the conversation held, the
 * thank-you sent), each with the `at` of the first entry that proves it. The checklist shows
 * these ticked, whatever the student ticked: the log is the record of what happened.
 */
export function loggedSteps(
  steps: readonly Step[],
  log: readonly Pick<LogEntry, 'kind' | 'at'>[],
): Map<string, string> {
  const done = new Map<string, string>();
  for (const s of steps) {
    const entry = s.logged && log.find((e) => e.kind === s.logged);
    if (entry) done.set(s.id, entry.at);
  }
  return done;
}

/** Progress per stage and overall; ticks of steps that no longer exist do not count. */
export function progress(steps: readonly Step[], done: readonly string[]) {
  const ticked = new Set(done);
  const count = (list: readonly Step[]): Progress => ({
    done: list.filter((s) => ticked.has(s.id)).length,
    total: list.length,
  });
  return {
    all: count(steps),
    ...(Object.fromEntries(
      stages.map((st) => [st, count(steps.filter((s) => s.stage === st))]),
    ) as Record<Stage, Progress>),
  };
}

/** Ticks or unticks one step. */
export function tick(section: ChecklistSection, id: string, on: boolean): ChecklistSection {
  const done = section.done.filter((d) => d !== id);
  return { ...section, done: on ? [...done, id] : done };
}

/** Adds the student's own step to a stage; blank text changes nothing. */
export function addStep(
  section: ChecklistSection,
  stage: Stage,
  text: string,
  id: string,
): ChecklistSection {
  const clean = text.trim().replace(/\s+/g, ' ');
  return clean ? { ...section, custom: [...section.custom, { id, stage, text: clean }] } : section;
}

/** Removes one of the student's own steps, and its tick. */
export function removeStep(section: ChecklistSection, id: string): ChecklistSection {
  return {
    ...section,
    custom: section.custom.filter((c) => c.id !== id),
    done: section.done.filter((d) => d !== id),
  };
}

/** Clears every tick and the student's own steps; notes are kept. */
export function resetChecklist(section: ChecklistSection): ChecklistSection {
  return { ...section, done: [], custom: [] };
}

/** A checklist step as stored in the content collection. */
export interface StepEntry {
  id: string;
  stage: Stage;
  order: number;
  text: string;
  why: string;
  guide: string;
  timing?: string;
  tool?: ToolId;
  logged?: LogKind;
}

/**
 * Turns collection entries into steps for the page, in order, linking each to its guide only when that
 * guide is published (`guides` maps published slugs to titles), so no link ever points nowhere, and
 * to the tool that helps with it (`tools` names each tool).
 */
export function linkSteps(
  entries: readonly StepEntry[],
  guides: ReadonlyMap<string, string>,
  tools: Readonly<Record<ToolId, string>>,
): (Step & { guideTitle?: string })[] {
  return [...entries]
    .sort((a, b) => a.order - b.order)
    .map(({ guide, order: _order, tool, ...entry }) => {
      const step = tool
        ? { ...entry, tool: { href: `/tools/${tool}/`, name: tools[tool] } }
        : entry;
      return guides.has(guide)
        ? { ...step, href: `/guides/${guide}/`, guideTitle: guides.get(guide) }
        : step;
    });
}

/**
 * What heads the printed checklist: the plan's name, and the person's name when the plan's name
 * does not already say it (a plan named after the person reads "Priya Shah", not twice).
 */
export function printedHeading(plan: { name: string; person: { name: string } }): {
  plan: string;
  person: string;
} {
  const name = plan.name.trim();
  const person = plan.person.name.trim();
  return {
    plan: name,
    person: person && !name.toLowerCase().includes(person.toLowerCase()) ? person : '',
  };
}
