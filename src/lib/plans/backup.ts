/**
 * Backups of the user's plans: when they were last downloaded as a file, and when to remind the
 * user to download one. Browsers may clear a site's storage (Safari deletes script-written
 * storage after seven days without a visit), so an exported file is the only copy that is safe.
 */
import type { Plan } from './plan';
import { schema, v } from '../storage/schema';

/** Days without an export after which changed plans earn a reminder; a dismissed one returns. */
export const backupReminderDays = 14;

/** What is stored under `iik:backup:v1`. */
const backupShape = v.object({
  /** When plans were last exported (ISO), null before the first export. */
  exportedAt: v.optional(v.nullable(v.string()), null),
  /** When the user last dismissed the reminder (ISO), null if never. */
  dismissedAt: v.optional(v.nullable(v.string()), null),
});
export type BackupRecord = v.InferOutput<typeof backupShape>;
/** Parses the stored backup record. */
export const backupSchema = schema(backupShape);

/**
 * Whether to remind the user to download a backup: some plan holds work (it was changed after it
 * was created) changed since the last export, that export is missing or {@link backupReminderDays}
 * old, and the reminder was not dismissed within as many days.
 */
export function backupDue(plans: readonly Plan[], record: BackupRecord, now: Date): boolean {
  const stale = (iso: string | null) =>
    !iso || now.getTime() - Date.parse(iso) >= backupReminderDays * 864e5;
  const { exportedAt, dismissedAt } = record;
  return (
    stale(exportedAt) &&
    stale(dismissedAt) &&
    plans.some((p) => p.updatedAt > p.createdAt && (!exportedAt || p.updatedAt > exportedAt))
  );
}
