/**
 * Registers the offline service worker (dist/sw.js, built by integrations/service-worker.mjs).
 * Called by the plan bar (src/components/islands/plans/plan-bar.ts), which only the tool and
 * embed pages have, so pages without a tool keep shipping no JavaScript. Skipped
 * inside frames: an embed on another site should not install a worker in that site's partition.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || window.top !== window || import.meta.env.DEV) return;
  navigator.serviceWorker.register('/sw.js').catch(() => {
    // Offline support is an extra; the tools work the same without it.
  });
}
