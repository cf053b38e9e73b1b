/**
 * Plans files: exporting every plan (the backup), and importing such a file, checked in full
 * before anything changes, then saved all or nothing. Loaded only when the user asks for either.
 */
import { planShape, textLimits, type Plan } from './plan';
import { type PlansState } from './state';
import { plansVersion } from './record';
import { studentShape, type Student } from './student';
import { adoptStudent, foldOutreachDates } from './migrate.lazy';
import { schema, v } from '../storage/schema';
import type { Translation } from '../i18n/lang';
import type { planImportText } from '../strings/plan-manage';
import { fill } from '../shared/fill';
import { formatNumber, plural } from '../shared/plural';

/** What an import says, in the page's language (the plan bar's props, PlanBar.astro). */
export type ImportText = Translation<typeof planImportText>;
import type { Organization } from '../organizations/organization';
import { getOrganizationsState, type OrganizationsState } from '../organizations/state';
import { readOrganizations, saveOrganizations } from '../organizations/transfer';

/**
 * Largest file the import takes, in bytes (1 MB). A plan packed with notes (4,000 characters of
 * checklist notes, 25 questions with 650-character answers, four long drafts) exports to about
 * 36 KB and a typical plan to about 9 KB, so 1 MB holds some 28 full plans or 100 typical ones,
 * and still fits the 5 MB of storage a site gets in Chromium and Safari.
 */
export const importLimitBytes = 1024 * 1024;

const planListSchema = schema(v.array(planShape));

/** Marks exported files so an import can tell them from other JSON. */
export const exportFormat = 'informational-interview-toolkit/plans';

/** Every plan, the student's details and their target organizations as an export file's text. */
export function exportPlans(
  state: PlansState,
  now = new Date(),
  orgs: Pick<OrganizationsState, 'organizations'> = getOrganizationsState(),
): string {
  return exportPlanList(state.plans.value, now, state.student.value, orgs.organizations.value);
}

/**
 * Some plans as the text of an export file (a plan too large for a hand-off link goes so), with
 * the student's details, which the plans' messages use.
 */
export function exportPlanList(
  plans: Plan[],
  now = new Date(),
  student?: Student,
  organizations?: Organization[],
): string {
  return JSON.stringify(
    {
      format: exportFormat,
      version: plansVersion,
      exportedAt: now.toISOString(),
      student,
      plans,
      organizations,
    },
    null,
    2,
  );
}

/**
 * The student's details after an import: what they have entered stays, an empty field takes
 * the file's, then the most recent imported plan's (files from before the student was kept
 * once); the imported plans follow the student wherever they say the same (see adoptStudent).
 */
export function withFileStudent(
  plans: Plan[],
  mine: Student,
  file: unknown,
): { plans: Plan[]; student: Student } {
  const theirs = v.safeParse(studentShape, file ?? {});
  return adoptStudent(plans, fillStudent(mine, theirs.success ? theirs.output : undefined));
}

/** The student's details as entered here, each empty one taken from `theirs` (a file, a hand-off). */
export function fillStudent(mine: Student, theirs: Student | undefined): Student {
  const student = { ...mine };
  for (const key of Object.keys(student) as (keyof Student)[])
    if (!student[key].trim()) student[key] = theirs?.[key] ?? '';
  return student;
}

/** One-line fields of a plan and the most characters their form takes. */
const limited: [keyof ImportText['fields'], (p: Plan) => string[], number][] = [
  ['name', (p) => [p.name], textLimits.planName],
  ['person', (p) => Object.values(p.person), textLimits.line],
  [
    'outreach',
    ({ outreach: o }) => [o.senderName, o.senderSchool, o.interest, o.connectionText, o.toEmail],
    textLimits.line,
  ],
  ['step', (p) => p.checklist.custom.map((c) => c.text), textLimits.step],
  ['introPart', (p) => Object.values(p.introduction.parts), textLimits.introPart],
  ['introText', (p) => [p.introduction.text], textLimits.introText],
];

/** The first field of a plan longer than its form allows, with that limit; undefined if none. */
export function overLimit(
  plan: Plan,
): { field: keyof ImportText['fields']; max: number } | undefined {
  for (const [field, texts, max] of limited)
    if (texts(plan).some((text) => text.length > max)) return { field, max };
  return undefined;
}

/** Refuses a file over {@link importLimitBytes}, before it is read; undefined when it is fine. */
export function fileTooBig(bytes: number, t: ImportText): string | undefined {
  return bytes > importLimitBytes
    ? fill(t.tooBig, {
        size: formatNumber(bytes / 1024 / 1024, {
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
        }),
      })
    : undefined;
}

/** Outcome of {@link importPlans}: the message to show says what happened either way. */
export type ImportResult = { ok: true; message: string } | { ok: false; error: string };

/**
 * Reads an exported file (or a stored record `{ plans }` copied out of the browser by hand) and
 * merges it into the user's plans or replaces them. Nothing changes unless every plan parses,
 * every field is within its form's limit and the result fits in storage.
 */
export function importPlans(
  state: PlansState,
  text: string,
  how: 'merge' | 'replace',
  t: ImportText,
  orgs: OrganizationsState = getOrganizationsState(),
): ImportResult {
  const tooBig = fileTooBig(text.length, t);
  if (tooBig) return { ok: false, error: tooBig };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: t.json };
  }
  const file = (data ?? {}) as {
    format?: unknown;
    plans?: unknown;
    student?: unknown;
    organizations?: unknown;
  };
  // A file saved before the log held every date has them moved there, as saved plans had.
  const parsed = planListSchema.safeParse(
    Array.isArray(file.plans) ? file.plans.map(foldOutreachDates) : file.plans,
  );
  if (!parsed.success || (file.format !== undefined && file.format !== exportFormat))
    return { ok: false, error: t.shape };
  const incoming = parsed.data;
  if (!incoming.length) return { ok: false, error: t.empty };
  for (const [i, plan] of incoming.entries()) {
    const over = overLimit(plan);
    if (over)
      return {
        ok: false,
        error: fill(t.tooLong, {
          n: i + 1,
          name: plan.name.length > 40 ? `${plan.name.slice(0, 40)}…` : plan.name,
          field: t.fields[over.field],
          max: over.max,
        }),
      };
  }
  // Target organizations, in files exported since they were kept (older files have none).
  const organizations = readOrganizations(file.organizations);
  if (organizations === null) return { ok: false, error: t.organizations };
  const adopted = withFileStudent(incoming, state.student.value, file.student);
  const counts = { added: 0, updated: 0, kept: 0 };
  let next = adopted.plans;
  if (how === 'merge') {
    // A plan already here is replaced only by a newer copy.
    const byId = new Map(state.mine().map((p) => [p.id, p]));
    for (const p of adopted.plans) {
      const mine = byId.get(p.id);
      if (mine && mine.updatedAt >= p.updatedAt) counts.kept++;
      else {
        counts[mine ? 'updated' : 'added']++;
        byId.set(p.id, p);
      }
    }
    next = [...byId.values()];
  }
  const restore = saveOrganizations(orgs, organizations, how);
  if (!restore) return { ok: false, error: t.noRoom[how] };
  if (!state.commit(next, how === 'replace' ? next[0].id : undefined, adopted.student)) {
    restore();
    return { ok: false, error: t.noRoom[how] };
  }
  const { added, updated, kept } = counts;
  const message =
    how === 'replace'
      ? plural(t.replaced, next.length)
      : added + updated
        ? plural(t.merged, added + updated, {
            updated: updated ? fill(t.mergedUpdated, { n: formatNumber(updated) }) : '',
            kept: kept ? plural(t.mergedKept, kept) : '',
          })
        : t.nothingNew;
  return {
    ok: true,
    message: state.mode.value === 'memory' ? `${message} ${t.inMemory}` : message,
  };
}
