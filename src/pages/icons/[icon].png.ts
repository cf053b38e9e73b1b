import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { iconSvg } from '../../lib/brand/icon';
import site from '../../site.config';

/** PNG app icons (for launchers and iOS, which do not take SVG), by file name. */
const icons = {
  'icon-192': { size: 192, maskable: false },
  'icon-512': { size: 512, maskable: false },
  'icon-maskable-512': { size: 512, maskable: true },
} as const;

export const getStaticPaths = (() =>
  Object.entries(icons).map(([icon, props]) => ({
    params: { icon },
    props,
  }))) satisfies GetStaticPaths;

/**
 * Rasterized at build time from the same SVG as /icons/icon.svg, in this copy's accent colour,
 * so a re-branded build gets matching icons without anyone re-drawing them.
 */
export const GET: APIRoute<(typeof icons)[keyof typeof icons]> = async ({ props }) => {
  const { size, maskable } = props;
  // The SVG is 32 units wide: render it at the density that makes it `size` pixels.
  const png = await sharp(Buffer.from(iconSvg(site.accent, maskable)), {
    density: (72 * size) / 32,
  })
    .resize(size, size)
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
