/**
 * A QR code as one SVG path, drawn at build time so the page that shows it ships no JavaScript
 * for it and needs no inline style: dark modules are squares in a single `d` attribute.
 * Encoding is uqr's (a port of Nayuki's reference QR Code generator).
 */
import { encode } from 'uqr';

/** A QR code ready for an `<svg>`: its width in modules (quiet zone included) and its path. */
export interface QrPath {
  /** Width and height in modules, the four-module quiet zone on each side included. */
  size: number;
  /** Path data: one `h1v1h-1z` square per dark module, in module units. */
  d: string;
  /** The dark modules, row by row, quiet zone included (true is dark). */
  modules: boolean[][];
}

/** The quiet zone the QR standard asks for around the code, in modules. */
export const QUIET_ZONE = 4;

/**
 * Encodes `text` (a URL) as a QR code. Medium error correction (15 %) keeps a printed code
 * readable through a crease or a pin hole while staying small for a short address.
 */
export function qrPath(text: string): QrPath {
  const qr = encode(text, { ecc: 'M', border: QUIET_ZONE });
  const modules = qr.data;
  let d = '';
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return { size: qr.size, d, modules };
}
