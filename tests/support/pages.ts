import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every HTML page of a built site as a URL path (`/guides/x/`), from dist/ or another build
 * folder. Kept apart from the Playwright fixture so Vitest tests can use it too.
 */
export function builtPages(dir = 'dist'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) {
        const rel = '/' + relative(dir, p).replaceAll('\\', '/');
        out.push(rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dir);
  return out.sort();
}
