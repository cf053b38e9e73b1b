import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * WCAG 2.5.2 Pointer Cancellation and 2.5.7 Dragging Movements: every action runs on click,
 * which fires when the pointer is released, and nothing is dragged. A handler for the down
 * event, or for dragging, anywhere in the components or page scripts fails this test.
 */
const downOrDrag =
  /\bon(Mouse|Pointer|Touch)(Down|Start)\b|['"](mousedown|pointerdown|touchstart|dragstart|drag|drop)['"]|\bon(Drag\w*|Drop)\b/;

describe('components and page scripts', () => {
  test('act on click, never on the pointer going down, and use no dragging', () => {
    const found = ['src/components', 'src/client', 'src/layouts', 'src/pages']
      .flatMap((dir) =>
        readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .filter((f) => /\.(tsx?|jsx?|astro)$/.test(f))
          .map((f) => join(dir, f)),
      )
      .filter((file) => downOrDrag.test(readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
