/** The storage note on embed pages (src/client/embed/frame.ts). */

/** Where the student's plans are kept, as the embed footer tells it. */
export type StorageSituation = 'standalone' | 'framed' | 'memory';

/**
 * Which storage note an embed page shows: storage blocked or full (memory mode) trumps all;
 * inside a frame, browsers keep a separate store for each host site (or block it outright).
 */
export function storageSituation(framed: boolean, mode: 'local' | 'memory'): StorageSituation {
  if (mode === 'memory') return 'memory';
  return framed ? 'framed' : 'standalone';
}

/** The host page's name for the storage note, from its origin; null when unknown. */
export function hostName(origin: string | null | undefined): string | null {
  try {
    // An empty or missing origin throws here too.
    const { protocol, host } = new URL(origin!);
    return /^https?:$/.test(protocol) ? host : null;
  } catch {
    return null;
  }
}
