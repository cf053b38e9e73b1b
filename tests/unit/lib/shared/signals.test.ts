import { describe, expect, it, vi } from 'vitest';
import { batch, computed, effect, signal } from '../../../../src/lib/shared/signals';

describe('signal', () => {
  it('reads and writes its value; peek reads it too', () => {
    const s = signal(1);
    s.value = 2;
    expect(s.value).toBe(2);
    expect(s.peek()).toBe(2);
  });

  it('runs an effect once now and once per change', () => {
    const s = signal('a');
    const seen: string[] = [];
    effect(() => {
      seen.push(s.value);
    });
    s.value = 'b';
    s.value = 'b';
    s.value = 'c';
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('does not subscribe on peek', () => {
    const s = signal(0);
    const run = vi.fn(() => s.peek());
    effect(run);
    s.value = 1;
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe('computed', () => {
  it('works its value out when read, and again only after a change', () => {
    const s = signal(2);
    const work = vi.fn(() => s.value * 10);
    const c = computed(work);
    expect(work).not.toHaveBeenCalled();
    expect(c.value).toBe(20);
    expect(c.value).toBe(20);
    expect(work).toHaveBeenCalledTimes(1);
    s.value = 3;
    expect(c.value).toBe(30);
    expect(work).toHaveBeenCalledTimes(2);
  });

  it('follows what it read last time only (a branch not taken does not subscribe)', () => {
    const useA = signal(true);
    const a = signal('a');
    const b = signal('b');
    const work = vi.fn(() => (useA.value ? a.value : b.value));
    const c = computed(work);
    const seen: string[] = [];
    effect(() => {
      seen.push(c.value);
    });
    b.value = 'b2';
    expect(seen).toEqual(['a']);
    useA.value = false;
    a.value = 'a2';
    expect(seen).toEqual(['a', 'b2']);
  });

  it('never shows an effect a value older than its signals (diamond)', () => {
    const first = signal('Ada');
    const last = signal('Lovelace');
    const full = computed(() => `${first.value} ${last.value}`);
    const initial = computed(() => first.value[0]);
    const seen: string[] = [];
    effect(() => {
      seen.push(`${initial.value}: ${full.value}`);
    });
    first.value = 'Grace';
    expect(seen).toEqual(['A: Ada Lovelace', 'G: Grace Lovelace']);
  });

  it('chains through computed values', () => {
    const s = signal(1);
    const double = computed(() => s.value * 2);
    const plusOne = computed(() => double.value + 1);
    const seen: number[] = [];
    effect(() => {
      seen.push(plusOne.value);
    });
    s.value = 5;
    expect(seen).toEqual([3, 11]);
  });
});

describe('batch', () => {
  it('runs effects once after several writes, and returns what the function returns', () => {
    const a = signal(1);
    const b = signal(1);
    const seen: number[] = [];
    effect(() => {
      seen.push(a.value + b.value);
    });
    const out = batch(() => {
      a.value = 2;
      b.value = 3;
      expect(seen).toEqual([2]);
      return 'done';
    });
    expect(out).toBe('done');
    expect(seen).toEqual([2, 5]);
  });

  it('still runs the effects when the batch throws', () => {
    const s = signal(0);
    const seen: number[] = [];
    effect(() => {
      seen.push(s.value);
    });
    expect(() =>
      batch(() => {
        s.value = 1;
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(seen).toEqual([0, 1]);
  });
});

describe('effect', () => {
  it('stops on disposal and runs its clean-up before each run and at the end', () => {
    const s = signal(0);
    const log: string[] = [];
    const stop = effect(() => {
      const v = s.value;
      log.push(`run ${v}`);
      return () => log.push(`clean ${v}`);
    });
    s.value = 1;
    stop();
    s.value = 2;
    expect(log).toEqual(['run 0', 'clean 0', 'run 1', 'clean 1']);
  });

  it('lets an effect write a signal another effect reads', () => {
    const source = signal(1);
    const copy = signal(0);
    const seen: number[] = [];
    effect(() => {
      copy.value = source.value * 2;
    });
    effect(() => {
      seen.push(copy.value);
    });
    source.value = 4;
    expect(seen).toEqual([2, 8]);
  });

  it('stops a loop of effects that never settles, with an error', () => {
    const s = signal(0);
    expect(() =>
      effect(() => {
        s.value = s.value + 1;
      }),
    ).toThrow(/keep changing/);
  });
});
