import { describe, expect, test } from 'vitest';
import jsQR from 'jsqr';
import { QUIET_ZONE, qrPath } from '../../../../src/lib/shared/qr';

/** Draws the modules as RGBA pixels, `scale` pixels a module, the way a printer would. */
function pixels(modules: boolean[][], scale = 4) {
  const width = modules.length * scale;
  const data = new Uint8ClampedArray(width * width * 4);
  for (let y = 0; y < width; y++)
    for (let x = 0; x < width; x++) {
      const v = modules[Math.floor(y / scale)][Math.floor(x / scale)] ? 0 : 255;
      data.set([v, v, v, 255], (y * width + x) * 4);
    }
  return { data, width };
}

/** The modules the path's squares cover, read back from the `d` attribute. */
function modulesOfPath(d: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const m of d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) grid[Number(m[2])][Number(m[1])] = true;
  return grid;
}

describe('qrPath', () => {
  test('draws a code a real decoder reads back as the address', () => {
    const url = 'https://careers.riverside.edu/';
    const qr = qrPath(url);
    const { data, width } = pixels(modulesOfPath(qr.d, qr.size));
    expect(jsQR(data, width, width)?.data).toBe(url);
  });

  test('keeps the four-module quiet zone clear on every side', () => {
    const { modules, size } = qrPath('https://informational-interview-toolkit.example.org/');
    const edge = (i: number) => i < QUIET_ZONE || i >= size - QUIET_ZONE;
    const darkAtEdge = modules.some((row, y) =>
      row.some((dark, x) => dark && (edge(x) || edge(y))),
    );
    expect(darkAtEdge).toBe(false);
    expect(modules.flat().some(Boolean)).toBe(true);
  });
});
