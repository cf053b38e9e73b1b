import { describe, expect, test } from 'vitest';
import { createEmbedConfigurator } from '../../../../src/lib/embed/configurator';
import { configuratorLabels } from '../../../../src/lib/strings/embed-configurator';

const { linkTexts } = configuratorLabels;

describe('createEmbedConfigurator', () => {
  test('starts with the first tool, default colour and theme, and a plain snippet', () => {
    const c = createEmbedConfigurator('https://kit.example/', 'Kit', linkTexts);
    expect(c.previewSrc.value).toBe('/embed/question-builder/');
    expect(c.scriptSnippet.value).toBe(
      '<script src="https://kit.example/embed.js" data-tool="question-builder" async></script>',
    );
    expect(c.accentCheck.value.input).toBeNull();
  });
  test('follows every choice into the preview and both snippets', () => {
    const c = createEmbedConfigurator('https://kit.example', 'Kit', linkTexts);
    c.tool.value = 'question-builder';
    c.accent.value = '#8C1515';
    c.theme.value = 'dark';
    c.org.value = 'Riverside College';
    expect(c.previewSrc.value).toBe(
      '/embed/question-builder/?accent=%238c1515&theme=dark&org=Riverside+College',
    );
    expect(c.scriptSnippet.value).toContain('data-tool="question-builder" data-accent="#8c1515"');
    expect(c.iframeSnippet.value).toContain('title="Question builder (Kit)"');
    expect(c.accentCheck.value.light).toBe('#8c1515');
  });
  test('writes snippets for the origin the page runs on once it is known', () => {
    const c = createEmbedConfigurator('https://kit.example', 'Kit', linkTexts);
    c.host.value = 'https://careers.riverside.edu';
    expect(c.scriptSnippet.value).toContain('src="https://careers.riverside.edu/embed.js"');
  });
  test('in Spanish: the Spanish embed, its title and link text, data-lang and the Spanish flyer', () => {
    const titles = { ...linkTexts, checklist: 'Lista de pasos (Kit)' };
    const spanishLinks = { ...linkTexts, checklist: 'Prepara tu entrevista informativa' };
    const c = createEmbedConfigurator('https://kit.example', 'Kit', linkTexts, {
      titles,
      linkTexts: spanishLinks,
    });
    c.tool.value = 'checklist';
    c.lang.value = 'es';
    expect(c.previewSrc.value).toBe('/es/embed/checklist/');
    expect(c.scriptSnippet.value).toContain('data-lang="es"');
    expect(c.iframeSnippet.value).toContain('src="https://kit.example/es/embed/checklist/"');
    expect(c.iframeSnippet.value).toContain('title="Lista de pasos (Kit)"');
    expect(c.linkSnippet.value).toBe(
      '<a href="https://kit.example/es/embed/checklist/">Prepara tu entrevista informativa</a>',
    );
    expect(c.flyerHref.value).toBe('/es/print/flyer/');
  });
  test('offers a plain link and the flyer with the same checked choices', () => {
    const c = createEmbedConfigurator('https://kit.example', 'Kit', linkTexts);
    c.tool.value = 'outreach';
    c.accent.value = '#8C1515';
    c.org.value = 'Riverside "College" <b>';
    expect(c.linkAddress.value).toBe(
      'https://kit.example/embed/outreach/?accent=%238c1515&org=Riverside+%22College%22+%3Cb%3E',
    );
    expect(c.linkSnippet.value).toBe(
      '<a href="https://kit.example/embed/outreach/?accent=%238c1515&amp;org=Riverside+%22College%22+%3Cb%3E">' +
        `${linkTexts.outreach}</a>`,
    );
    expect(c.flyerHref.value).toBe('/print/flyer/?org=Riverside+%22College%22+%3Cb%3E');
    c.org.value = '';
    expect(c.flyerHref.value).toBe('/print/flyer/');
  });
});
