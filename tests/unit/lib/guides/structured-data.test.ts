import { describe, expect, test } from 'vitest';
import { article, breadcrumbList, toJsonLd } from '../../../../src/lib/guides/structured-data';

describe('breadcrumbList', () => {
  test('numbers the trail from 1 in the order given', () => {
    const list = breadcrumbList([
      { name: 'Guides', url: 'https://x.org/guides/' },
      { name: 'Who to talk to', url: 'https://x.org/guides/section/who/' },
    ]);
    expect(list['@type']).toBe('BreadcrumbList');
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Guides', item: 'https://x.org/guides/' },
      {
        '@type': 'ListItem',
        position: 2,
        name: 'Who to talk to',
        item: 'https://x.org/guides/section/who/',
      },
    ]);
  });
});

describe('article', () => {
  test('dates the article by its last edit and states the reading time as a duration', () => {
    const data = article({
      headline: 'Preparing',
      description: 'How to prepare.',
      url: 'https://x.org/guides/preparing/',
      modified: new Date('2026-11-25T00:00:00Z'),
      section: 'How to do it well',
      minutes: 5,
      publisher: 'Toolkit',
    });
    expect(data).toMatchObject({
      '@type': 'Article',
      headline: 'Preparing',
      dateModified: '2026-11-25',
      timeRequired: 'PT5M',
      publisher: { '@type': 'Organization', name: 'Toolkit' },
    });
  });
});

describe('toJsonLd', () => {
  test('escapes < so a title cannot close the script element', () => {
    const out = toJsonLd({ headline: 'A </script><script>alert(1)</script> title' });
    expect(out).not.toContain('<');
    expect(out).toContain('\\u003c/script>');
    expect(JSON.parse(out).headline).toBe('A </script><script>alert(1)</script> title');
  });
});
