import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * WCAG 2.5.2 Pointer Cancellation and 2.5.7 Dragging Movements: every action runs on click,
 * which fires when the pointer is released, and nothing is dragged. A handler for the down
 * event, or for dragging, anywhere in the components or page scripts fails this test, however
 * it is set: a JSX prop (`onPointerDown`), a DOM property (`el.onpointerdown = …`, the plain DOM
 * views' way), an HTML attribute, or `addEventListener('pointerdown', …)`; so does `draggable`.
 */
const downOrDrag =
  /\bon(?:mouse|pointer|touch)(?:down|start)\b|['"`](?:mousedown|pointerdown|touchstart|drag\w*|drop)['"`]|\bon(?:drag\w*|drop)\b|\bdraggable\b/i;

describe('the down-or-drag pattern', () => {
  test.each([
    'button.onpointerdown = () => start();',
    'el.onmousedown = start;',
    'list.ontouchstart = start;',
    '<button onPointerDown={start}>',
    '<div onTouchStart={start}>',
    "addEventListener('pointerdown', start)",
    'addEventListener(`touchstart`, start)',
    '<button onmousedown="start()">',
    "item.addEventListener('dragover', move)",
    'item.ondragstart = move;',
    '<li onDrop={move}>',
    '<li draggable="true">',
  ])('catches %s', (code) => {
    expect(downOrDrag.test(code)).toBe(true);
  });

  test.each([
    'button.onclick = () => start();',
    '<button onClick={start}>',
    "addEventListener('pointerup', stop)",
    '<input onKeyDown={key}>',
    '// Runs when the pointer goes down and up again.',
  ])('lets %s through', (code) => {
    expect(downOrDrag.test(code)).toBe(false);
  });
});

describe('components and page scripts', () => {
  test('act on click, never on the pointer going down, and use no dragging', () => {
    const files = ['src/components', 'src/client', 'src/layouts', 'src/pages'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(tsx?|jsx?|astro)$/.test(f))
        .map((f) => join(dir, f)),
    );
    // The plain DOM views (plan bar, introduction builder) and the page scripts are read too.
    expect(files).toEqual(
      expect.arrayContaining([
        join('src/components/islands/plans/plan-bar.ts'),
        join('src/client/embed/frame.ts'),
      ]),
    );
    expect(files.filter((file) => downOrDrag.test(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
