/**
 * The workshop outline's rules: how long the session is, when each part starts and ends, and
 * what makes an outline unusable (minutes that do not add up, a guide that is not published,
 * a handout with no printable sheet). The parts themselves are content
 * (src/content/workshop/parts.yaml).
 */

/** Length of the workshop in minutes: one class period. */
export const WORKSHOP_MINUTES = 50;

/** One part of the workshop, as the content file gives it. */
export interface WorkshopPart {
  id: string;
  minutes: number;
  /** Slugs of the guides the part draws on. */
  guides: string[];
  /** Printable sheets (folders under src/pages/print/) to hand out in this part. */
  handouts?: string[];
}

/** A part placed in the session: the minute it starts and the minute it ends. */
export type TimedPart<P extends WorkshopPart> = P & { start: number; end: number };

/** Places each part after the one before it, from minute 0. */
export function timeParts<P extends WorkshopPart>(parts: readonly P[]): TimedPart<P>[] {
  let start = 0;
  return parts.map((part) => {
    const timed = { ...part, start, end: start + part.minutes };
    start = timed.end;
    return timed;
  });
}

/**
 * What is wrong with an outline, one sentence each (empty when nothing is): the minutes must add
 * up to `minutes`, and every guide and handout it names must exist.
 */
export function outlineProblems(
  parts: readonly WorkshopPart[],
  known: { guides: ReadonlySet<string>; sheets: ReadonlySet<string> },
  minutes = WORKSHOP_MINUTES,
): string[] {
  const problems: string[] = [];
  const total = parts.reduce((sum, p) => sum + p.minutes, 0);
  if (total !== minutes)
    problems.push(`The parts add up to ${total} minutes; the workshop is ${minutes}.`);
  for (const part of parts) {
    for (const guide of part.guides)
      if (!known.guides.has(guide))
        problems.push(`Part "${part.id}" names the guide "${guide}", which is not published.`);
    for (const sheet of part.handouts ?? [])
      if (!known.sheets.has(sheet))
        problems.push(`Part "${part.id}" hands out "${sheet}", which has no printable sheet.`);
  }
  return problems;
}
