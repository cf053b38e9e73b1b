/**
 * Runs `fn` with the process clock in a time zone (Node reads TZ again whenever it is set), then
 * puts the zone back: the tools read dates on the student's own clock, and the tests set that clock.
 */
export function inTimeZone<T>(zone: string, fn: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}
