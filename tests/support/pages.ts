import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Window } from 'happy-dom';

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

/** A built page's HTML as the server sends it (its file in dist/ or another build folder). */
export function builtHtml(path: string, dir = 'dist'): string {
  return readFileSync(join(dir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
}

/**
 * A built page's HTML as a document to query: for checks of static markup that need no browser
 * visit.
 */
export function builtDocument(path: string, dir = 'dist'): Document {
  const window = new Window({ url: `http://localhost${path}` });
  window.document.write(builtHtml(path, dir));
  return window.document as unknown as Document;
}
