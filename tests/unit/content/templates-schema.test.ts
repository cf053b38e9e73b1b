import { describe, expect, test } from 'vitest';
import { syncWithFile } from '../../support/content-sync';

/** Syncs the project with one extra template file. */
const syncWithTemplate = (file: string, yaml: string) =>
  syncWithFile(`src/content/templates/${file}`, yaml);

const base = `label: Test channel
order: 99
when: Only in this test, never on the site.
medium: email
stage: first
maxWords: 100
warm:
  subject: Advice on {interest}
`;

describe('templates collection schema', () => {
  test('a template with an unknown placeholder fails the build, naming the file and the placeholder', () => {
    const { status, output } = syncWithTemplate(
      'typo.yaml',
      `${base}  body: Hi {theirname}, would you be open to {ask} sometime soon?\n`,
    );
    expect(status).not.toBe(0);
    expect(output).toContain('typo.yaml');
    expect(output).toContain('{theirname}');
  }, 120_000);

  test('a template with known placeholders passes', () => {
    const { status } = syncWithTemplate(
      'fine.yaml',
      `${base}  body: Hi {theirName}, would you be open to {ask} sometime soon?\n`,
    );
    expect(status).toBe(0);
  }, 120_000);
});
