// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';

afterEach(() => vi.restoreAllMocks());

// The first date formatter and the first collator a page makes load the language's data, 100 to
// 250 ms each on a phone: the conversations page makes them in tasks of their own, so loading
// its code must not make one.
test('loading the conversations code makes no date formatter and no collator; first use makes one, once', async () => {
  const formatters = vi.spyOn(Intl, 'DateTimeFormat');
  const collators = vi.spyOn(Intl, 'Collator');
  vi.resetModules();
  const { showDay, showWhen } =
    await import('../../../../../src/components/islands/conversations/format');
  const { nameCollator } = await import('../../../../../src/lib/conversations/rows');
  expect(formatters).not.toHaveBeenCalled();
  expect(collators).not.toHaveBeenCalled();

  document.documentElement.lang = 'es';
  expect(showDay('2026-12-05')).toBe(
    new Date('2026-12-05T12:00').toLocaleDateString('es', {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
    }),
  );
  showDay('2026-12-06');
  showWhen('2026-12-06');
  expect(formatters).toHaveBeenCalledTimes(1);
  nameCollator();
  expect(nameCollator().compare('Plan 2', 'Plan 10')).toBeLessThan(0);
  expect(collators).toHaveBeenCalledTimes(1);
});
