import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages, expect, fileTest as test } from '../support/site';

/** The Nu Html Checker's jar, shipped by the vnu-jar package (its path is the module's value). */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

/**
 * Runs the Nu Html Checker once over every built page and groups its errors by page path.
 * Fails with the install command when no Java runtime is on PATH.
 */
function checkBuiltHtml(dir = 'dist'): Map<string, string[]> {
  const run = spawnSync(
    'java',
    ['-jar', vnuJar, '--errors-only', '--skip-non-html', '--format', 'json', dir],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.error)
    throw new Error(
      'The Nu Html Checker needs Java, and no `java` was found on PATH. Install a Java runtime ' +
        '(Debian/Ubuntu: `sudo apt-get install -y default-jre-headless`; macOS: `brew install openjdk`).',
    );
  const { messages } = JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] };
  const root = resolve(dir);
  const byPage = new Map<string, string[]>();
  for (const m of messages) {
    const file = m.url.startsWith('file:') ? fileURLToPath(m.url) : m.url;
    const rel = file.startsWith(root) ? file.slice(root.length).replaceAll('\\', '/') : file;
    const path = rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel;
    byPage.set(path, [...(byPage.get(path) ?? []), `line ${m.lastLine ?? '?'}: ${m.message}`]);
  }
  return byPage;
}

const pages = builtPages();

test.describe('the Nu Html Checker', () => {
  // One worker for the whole group, so the checker (about 15 s of Java) runs once, not once per
  // worker; a failing page still leaves the others to run.
  test.describe.configure({ mode: 'default' });
  let errors: Map<string, string[]>;
  test.beforeAll(() => {
    test.setTimeout(180_000);
    errors = checkBuiltHtml();
  });

  test('checked every built page', () => {
    expect(pages.length).toBeGreaterThan(10);
    const unknown = [...errors.keys()].filter((p) => !pages.includes(p));
    expect(unknown, 'errors on files that are not built pages').toEqual([]);
  });

  for (const path of pages) {
    test(`finds no error on ${path}`, () => {
      expect(errors.get(path) ?? [], `HTML errors on ${path}`).toEqual([]);
    });
  }
});
