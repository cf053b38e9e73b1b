import { describe, expect, test } from 'vitest';
import {
  defaultPaceGoal,
  followUpCapacity,
  parseGoal,
  weekOf,
  weeklyPace,
} from '../../../../src/lib/conversations/pace';
import { entry, noon, planWith } from '../../../support/conversations';

// 2026-12-02 is a Wednesday: its week runs Monday 11-30 to Sunday 12-06.
const wednesday = noon('2026-12-02');
const asked = (at: string, i: number) => planWith([entry('asked', at)], { id: `a${i}` });

describe('weekOf', () => {
  test('runs Monday to Sunday on local dates', () => {
    expect(weekOf(wednesday)).toEqual({ start: '2026-11-30', end: '2026-12-06' });
    expect(weekOf(noon('2026-12-06'))).toEqual({ start: '2026-11-30', end: '2026-12-06' });
    expect(weekOf(noon('2026-11-30'))).toEqual({ start: '2026-11-30', end: '2026-12-06' });
  });
});

describe('weeklyPace', () => {
  test('the default goal comes from the one-month plan: ten people in four weeks, three a week', () => {
    expect(defaultPaceGoal).toEqual({ requests: 3, conversations: 1 });
  });

  test('counts requests sent and conversations held this week only', () => {
    const plans = [
      asked('2026-11-29', 0), // last Sunday
      asked('2026-11-30', 1),
      asked('2026-12-06', 2),
      planWith([entry('asked', '2026-11-01'), entry('talked', '2026-12-01T15:00:00Z')], {
        id: 't',
      }),
      // A request marked sent in the outreach tool is in the log like any other.
      planWith([entry('asked', '2026-12-02', { id: 'outreach:sent', channel: 'email' })], {
        id: 'o',
      }),
    ];
    expect(weeklyPace(plans, wednesday)).toMatchObject({
      requests: 3,
      conversations: 1,
      tooMany: false,
    });
  });

  test('warns gently once this week holds more requests than can be followed up', () => {
    expect(followUpCapacity(defaultPaceGoal)).toBe(10);
    const ten = Array.from({ length: 10 }, (_, i) => asked('2026-12-01', i));
    expect(weeklyPace(ten, wednesday).tooMany).toBe(false);
    expect(weeklyPace([...ten, asked('2026-12-02', 10)], wednesday).tooMany).toBe(true);
  });

  test('a student who sets a higher goal can send twice that before the warning', () => {
    const goal = { requests: 8, conversations: 2 };
    expect(followUpCapacity(goal)).toBe(16);
    const sixteen = Array.from({ length: 16 }, (_, i) => asked('2026-12-01', i));
    expect(weeklyPace(sixteen, wednesday, goal).tooMany).toBe(false);
    expect(weeklyPace([...sixteen, asked('2026-12-01', 16)], wednesday, goal).tooMany).toBe(true);
  });
});

describe('parseGoal', () => {
  test('takes whole numbers from 1 to 50, else keeps the fallback', () => {
    expect(parseGoal('5', 3)).toBe(5);
    expect(parseGoal('0', 3)).toBe(3);
    expect(parseGoal('2.5', 3)).toBe(3);
    expect(parseGoal('51', 3)).toBe(3);
    expect(parseGoal('', 3)).toBe(3);
  });
});
