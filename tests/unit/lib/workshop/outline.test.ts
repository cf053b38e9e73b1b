import { describe, expect, test } from 'vitest';
import { WORKSHOP_MINUTES, outlineProblems, timeParts } from '../../../../src/lib/workshop/outline';

const part = (id: string, minutes: number, extra = {}) => ({ id, minutes, guides: [], ...extra });
const known = { guides: new Set(['preparing']), sheets: new Set(['checklist']) };

describe('timeParts', () => {
  test('starts each part when the one before it ends', () => {
    expect(
      timeParts([part('a', 5), part('b', 10), part('c', 35)]).map((p) => [p.start, p.end]),
    ).toEqual([
      [0, 5],
      [5, 15],
      [15, 50],
    ]);
  });
});

describe('outlineProblems', () => {
  test('accepts parts that fill the session and name what exists', () => {
    const parts = [
      part('a', 20, { guides: ['preparing'] }),
      part('b', 30, { handouts: ['checklist'] }),
    ];
    expect(outlineProblems(parts, known)).toEqual([]);
  });
  test('names minutes that do not add up to the session', () => {
    expect(outlineProblems([part('a', 45)], known)).toEqual([
      `The parts add up to 45 minutes; the workshop is ${WORKSHOP_MINUTES}.`,
    ]);
    expect(outlineProblems([part('a', 30), part('b', 25)], known)).toEqual([
      `The parts add up to 55 minutes; the workshop is ${WORKSHOP_MINUTES}.`,
    ]);
  });
  test('names a guide that is not published and a handout with no sheet', () => {
    const parts = [part('a', 50, { guides: ['drafty'], handouts: ['poster'] })];
    expect(outlineProblems(parts, known)).toEqual([
      'Part "a" names the guide "drafty", which is not published.',
      'Part "a" hands out "poster", which has no printable sheet.',
    ]);
  });
});
