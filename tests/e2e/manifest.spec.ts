import site from '../../src/site.config';
import { expect, test } from '../support/site';

test('the web app manifest names the app, gives it a stable id and its icons exist', async ({
  request,
}) => {
  const res = await request.get('/manifest.webmanifest');
  expect(res.headers()['content-type']).toContain('application/manifest+json');
  const manifest = (await res.json()) as {
    id?: string;
    name: string;
    start_url: string;
    icons: { src: string; purpose: string }[];
  };
  // Without an id, browsers key the installed app on start_url, so changing it would orphan it.
  expect(manifest.id).toBe('/');
  expect(manifest.name).toBe(site.siteName);
  expect(manifest.icons.map((i) => i.purpose)).toContain('maskable');
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200);
});
