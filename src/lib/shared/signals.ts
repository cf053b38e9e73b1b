/**
 * Reactive values for the toolkit's state: `signal`, `computed`, `effect` and `batch`, the part
 * of @preact/signals-core that the toolkit uses, in a fraction of its size (README, "How the
 * tools stay under their JavaScript budget").
 *
 * The rules, the same as that library's for what the toolkit does with it:
 * - Reading `.value` inside a `computed` or an `effect` subscribes it; `peek()` reads without.
 * - A computed value is worked out when read, and again only after something it read changed.
 * - Effects run once every write in progress is done (a `batch` is one write), so an effect
 *   never sees a computed value older than the signals it comes from.
 * - Writing the value a signal already has changes nothing.
 * One difference: a computed value that comes out the same still re-runs the effects reading it.
 */

/** A value to read; `.value` subscribes the running computed or effect. */
export interface ReadonlySignal<T> {
  readonly value: T;
  /** The value, without subscribing. */
  peek(): T;
}

/** A value to read and write. */
export interface Signal<T> extends ReadonlySignal<T> {
  value: T;
}

/** Something that reads signals and must hear when they change: a computed value or an effect. */
interface Reader {
  /** What it read last time it ran. */
  from: Set<Source>;
  /** Called when something it read changed. */
  stale(): void;
}

/** Something readers subscribe to: a signal or a computed value. */
interface Source {
  to: Set<Reader>;
}

/** The computed value or effect running now, which a read subscribes. */
let running: Reader | undefined;
/** How many writes are in progress; effects wait until none is. */
let writing = 0;
/** Effects to run once the writes in progress are done. */
const due = new Set<{ run(): void }>();

function read(source: Source): void {
  if (running) {
    source.to.add(running);
    running.from.add(source);
  }
}

function unsubscribe(reader: Reader): void {
  for (const source of reader.from) source.to.delete(reader);
  reader.from.clear();
}

/** Runs `fn` as `reader`, so what it reads subscribes `reader` (and only that). */
function track<T>(reader: Reader, fn: () => T): T {
  unsubscribe(reader);
  const outer = running;
  running = reader;
  try {
    return fn();
  } finally {
    running = outer;
  }
}

function changed(source: Source): void {
  batch(() => {
    for (const reader of [...source.to]) reader.stale();
  });
}

/**
 * Makes several writes one change: effects run once, after `fn` returns. Returns what `fn`
 * returns.
 */
export function batch<T>(fn: () => T): T {
  writing++;
  try {
    return fn();
  } finally {
    if (--writing === 0) {
      // An effect that writes adds more effects to run; a loop that never settles is a bug.
      for (let rounds = 0; due.size; rounds++) {
        if (rounds > 100) {
          due.clear();
          throw new Error('Effects keep changing what they read.');
        }
        const now = [...due];
        due.clear();
        writing++;
        try {
          for (const effect of now) effect.run();
        } finally {
          writing--;
        }
      }
    }
  }
}

/** A value that tells its readers when it changes. */
export function signal<T>(initial: T): Signal<T> {
  let current = initial;
  const source: Source = { to: new Set() };
  return {
    get value() {
      read(source);
      return current;
    },
    set value(next: T) {
      if (Object.is(next, current)) return;
      current = next;
      changed(source);
    },
    peek: () => current,
  };
}

/** A value worked out from signals, cached until one of them changes. */
export function computed<T>(fn: () => T): ReadonlySignal<T> {
  let current: T;
  let fresh = false;
  const self: Reader & Source = {
    from: new Set(),
    to: new Set(),
    stale() {
      if (!fresh) return;
      fresh = false;
      for (const reader of [...self.to]) reader.stale();
    },
  };
  const peek = () => {
    if (!fresh) {
      current = track(self, fn);
      fresh = true;
    }
    return current;
  };
  return {
    get value() {
      read(self);
      return peek();
    },
    peek,
  };
}

/**
 * Runs `fn` now and again after each change to what it read. `fn` may return a clean-up
 * function, called before the next run and on disposal. Returns the function that stops it.
 */
export function effect(fn: () => unknown): () => void {
  let cleanup: unknown;
  let stopped = false;
  const clean = () => typeof cleanup === 'function' && cleanup();
  const self: Reader & { run(): void } = {
    from: new Set(),
    stale: () => due.add(self),
    run() {
      if (stopped) return;
      clean();
      cleanup = track(self, fn);
    },
  };
  batch(() => self.run());
  return () => {
    stopped = true;
    due.delete(self);
    unsubscribe(self);
    clean();
  };
}
