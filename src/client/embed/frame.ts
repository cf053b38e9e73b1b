/**
 * Runs on every /embed/<tool>/ page: applies the validated query parameters (theme, accent,
 * institution name) and tells the parent window the content height whenever it changes, so the
 * host can size the iframe and never show an inner scrollbar.
 */
import { effect } from '../../lib/shared/signals';
import { HEIGHT_MESSAGE, parseEmbedParams } from '../../lib/embed/params';
import { hostName, storageSituation } from '../../lib/embed/storage-note';
import type { HeightMessage } from '../../lib/embed/messages';
import { pagePlans } from '../../components/islands/plans/page-plans';
// The plan bar's element, which starts itself as on the full site.
import '../../components/islands/plans/plan-bar';

/**
 * Starts an embed page (the plan bar starts itself, as on the full site): the embed settings
 * from the address, the note on where plans are saved once they are read, and the height
 * reports to the host.
 */
export function startEmbedFrame(): void {
  const params = parseEmbedParams(location.search);
  // The tool this page shows, from its address (/embed/<tool>/ or /es/embed/<tool>/), for the
  // height message.
  const tool = location.pathname.split('/').at(-2)!;
  const root = document.documentElement;
  if (params.theme !== 'auto') root.dataset.theme = params.theme;
  const accent = params.accent;
  if (accent) void import('./accent.lazy').then((m) => m.applyAccent(root, accent));

  // Every embed page has these slots (src/layouts/Embed.astro).
  const slot = (name: string) => document.querySelector<HTMLElement>(`[data-embed-${name}]`)!;
  if (params.org) {
    slot('org').textContent = params.org;
    slot('provided').hidden = false;
  }

  const framed = top !== self;
  // Browsers partition (or block) storage in a frame by the top-level site: say where plans live.
  // The three notes are on the page; this shows the one that fits and names the host.
  const host = hostName(location.ancestorOrigins?.[0] ?? document.referrer);
  if (host) slot('host').textContent = ` (${host})`;
  const notes = document.querySelectorAll<HTMLElement>('[data-embed-storage]');
  // Once the plans are read, in a task after the page's first, as the plan bar reads them.
  setTimeout(() =>
    effect(() => {
      const situation = storageSituation(framed, pagePlans().mode.value);
      for (const note of notes) note.hidden = note.dataset.embedStorage !== situation;
    }),
  );

  // A link to another tool (a next step, the plan bar's "All conversations", a checklist step)
  // goes to that tool's embed page, in the frame, with this page's settings: in a frame the
  // plans live in the frame's own storage, so the full site would not have them. The way to the
  // full site with them is "Continue on the full site"; all other links (guides, printable
  // sheets) open in a new tab (the page's <base>), marked so (src/layouts/Embed.astro).
  // Every tool has an embed page in each language, so /tools/<tool>/ maps to /embed/<tool>/ and
  // /es/tools/<tool>/ to /es/embed/<tool>/ (links on these pages are paths on this site).
  document.addEventListener('click', (e) => {
    const link = (e.target as Element).closest<HTMLAnchorElement>('a[href*="/tools/"]');
    if (!link) return;
    // The settings as checked here, under the names they were read from (params.ts).
    const q = new URLSearchParams(link.search);
    for (const [name, value] of Object.entries(params))
      if (value && value !== 'auto') q.set(name, value);
    link.href = `${link.pathname.replace('/tools/', '/embed/')}?${q}${link.hash}`;
    link.target = '_self';
  });

  // "Continue on the full site": its code loads when it is first pressed, and takes the button over.
  slot('continue').onclick = () => void import('./continue.lazy');

  if (!framed) return;
  let last = 0;
  const post = (force = false) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    // The height says nothing private, and the host's origin is not known here: any parent may read it.
    parent.postMessage(
      {
        type: HEIGHT_MESSAGE,
        frame: params.frame,
        tool,
        height,
      } satisfies HeightMessage,
      '*',
    );
  };
  new ResizeObserver(() => post()).observe(root);
  // Once more at load even if unchanged, for a host listener that started after the first report.
  addEventListener('load', () => post(true));
}
