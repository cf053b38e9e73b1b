import { slug as headingId } from 'github-slugger';
import { describe, expect, test } from 'vitest';
import { toolIds } from '../../../src/content.config';
import { englishGuides, spanishGuides, type GuideFile } from '../../support/spanish-guides';

const english = englishGuides();
const spanish = spanishGuides();
const spanishBySlug = new Map(spanish.map((g) => [g.slug, g]));

/** The guide components in the order the page uses them, with the kind of each example. */
const components = (g: GuideFile) =>
  [...g.body.matchAll(/<(Example|Takeaways|Tip)\b([^>]*)>/g)].map(
    (m) => m[1] + (/kind="([^"]+)"/.exec(m[2])?.[1] ? `:${/kind="([^"]+)"/.exec(m[2])?.[1]}` : ''),
  );

/** Heading levels in order ("h2", "h3", ...): the outline of the page. */
const outline = (g: GuideFile) =>
  [...g.body.matchAll(/^(#{2,6}) \S/gm)].map((m) => `h${m[1].length}`);

/** The heading ids Astro gives the page (github-slugger, as Astro's Markdown does). */
const headingIds = (g: GuideFile) =>
  [...g.body.matchAll(/^#{2,6} (.+)$/gm)].map((m) => headingId(m[1].replace(/[*_`]/g, '')));

/** Targets of Markdown links, in order. */
const links = (g: GuideFile) => [...g.body.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
const internal = (g: GuideFile) =>
  links(g).filter((href) => href.startsWith('/') || href.startsWith('#'));
const external = (g: GuideFile) => links(g).filter((href) => /^[a-z]+:/i.test(href));

describe('Spanish guides match the English course', () => {
  test('every English guide has a Spanish twin with the same slug, and no Spanish guide is without one', () => {
    expect(spanish.map((g) => g.slug)).toEqual(english.map((g) => g.slug));
  });

  for (const en of english) {
    describe(en.slug, () => {
      const es = spanishBySlug.get(en.slug);
      const twin = () => {
        expect(es, `src/content/guides/es/${en.slug}.mdx is missing`).toBeDefined();
        return es as GuideFile;
      };

      test('has the same section, order, tools and draft state', () => {
        const { data } = twin();
        for (const key of ['section', 'order', 'tools', 'draft'])
          expect(data[key], `${key} of es/${en.slug}.mdx`).toEqual(en.data[key]);
      });

      test('has a Spanish title and description of the allowed length, and is no older', () => {
        const { data } = twin();
        expect(String(data.title)).not.toBe(en.data.title);
        expect(String(data.title).length).toBeGreaterThanOrEqual(3);
        expect(String(data.description)).not.toBe(en.data.description);
        expect(String(data.description).length).toBeGreaterThanOrEqual(20);
        expect(String(data.description).length).toBeLessThanOrEqual(200);
        expect(
          new Date(String(data.updated)).getTime(),
          'updated: the Spanish text must be checked again after the English one changes',
        ).toBeGreaterThanOrEqual(new Date(String(en.data.updated)).getTime());
      });

      test('uses the same components, in the same order, with the same example kinds', () => {
        expect(components(twin())).toEqual(components(en));
      });

      test('has the same outline of headings', () => {
        expect(outline(twin())).toEqual(outline(en));
      });

      test('links to the Spanish twins of the pages the English guide links to', () => {
        const es = twin();
        expect(
          internal(es).map((href) => href.replace(/^\/es\//, '/').replace(/#.*$/, '')),
        ).toEqual(internal(en).map((href) => href.replace(/#.*$/, '')));
        for (const href of internal(es)) {
          if (href.startsWith('#')) continue;
          expect(href, 'an internal link on a Spanish page stays in Spanish').toMatch(/^\/es\//);
          const guide = /^\/es\/guides\/([^/#]+)\/(?:#.*)?$/.exec(href)?.[1];
          if (guide) expect(spanishBySlug.has(guide), href).toBe(true);
          else
            expect(href, 'a Spanish tool, printable sheet or page for families').toMatch(
              new RegExp(`^/es/((tools|print)/(${toolIds.join('|')}|flyer)|families|privacy)/$`),
            );
        }
        expect(external(es)).toEqual(external(en));
      });

      test('points every anchor at a heading of the Spanish page it links to', () => {
        const es = twin();
        for (const href of internal(es).filter((h) => h.includes('#'))) {
          const [path, anchor] = href.split('#');
          const target = path
            ? spanishBySlug.get(/\/es\/guides\/([^/]+)\//.exec(path)?.[1] ?? '')
            : es;
          expect(target, href).toBeDefined();
          expect(headingIds(target as GuideFile), href).toContain(anchor);
        }
      });
    });
  }
});
