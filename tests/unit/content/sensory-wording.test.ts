import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * WCAG 1.3.3 Sensory Characteristics: instructions name a control by its label, never only by
 * its colour, shape or side of the screen ("press the green button", "the menu on the right").
 * Searches every interface string and every content file a page shows. The conformance data is
 * left out: it quotes such wording as examples.
 */
const sensory = [
  /\b(red|green|blue|yellow|orange|grey|gray|coloured|colored) (button|link|box|icon|text|one)\b/i,
  /\b(round|square|circular|triangular) (button|icon|box)\b/i,
  /\b(on|to|at) the (left|right)\b/i,
  /\b(top|bottom)[- ](left|right)\b/i,
  /\b(left|right)[- ]hand (side|column)\b/i,
  // Spanish: JavaScript's \b is ASCII-only, so accented words get letter-aware boundaries.
  /(?<![\p{L}\p{N}])(botón|enlace|icono|recuadro|texto) (rojo|verde|azul|amarillo|naranja|gris)(?![\p{L}\p{N}])/iu,
  /(?<![\p{L}\p{N}])(botón|icono|recuadro) (redondo|cuadrado|circular|triangular)(?![\p{L}\p{N}])/iu,
  /(?<![\p{L}\p{N}])(a|en) la (izquierda|derecha)(?![\p{L}\p{N}])/iu,
  /(?<![\p{L}\p{N}])(arriba|abajo) a la (izquierda|derecha)(?![\p{L}\p{N}])/iu,
];

const files = [
  ...readdirSync('src/lib/strings', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join('src/lib/strings', f)),
  ...readdirSync('src/content', { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(mdx|yaml)$/.test(f) && !/^(conformance|openacr)\//.test(f))
    .map((f) => join('src/content', f)),
];

describe('interface strings and content', () => {
  test('there are files to search', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  test('never point to something only by colour, shape or position', () => {
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          sensory.filter((re) => re.test(line)).map(() => `${file}:${i + 1}: ${line.trim()}`),
        ),
    );
    expect(found).toEqual([]);
  });
});
