import { describe, expect, test } from 'vitest';
import { createEmbedConfigurator } from '../../../../src/lib/embed/configurator';

describe('createEmbedConfigurator', () => {
  test('starts with the first tool, default colour and theme, and a plain snippet', () => {
    const c = createEmbedConfigurator('https://kit.example/', 'Kit');
    expect(c.previewSrc.value).toBe('/embed/question-builder/');
    expect(c.scriptSnippet.value).toBe(
      '<script src="https://kit.example/embed.js" data-tool="question-builder" async></script>',
    );
    expect(c.accentCheck.value.input).toBeNull();
  });
  test('follows every choice into the preview and both snippets', () => {
    const c = createEmbedConfigurator('https://kit.example', 'Kit');
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
    const c = createEmbedConfigurator('https://kit.example', 'Kit');
    c.host.value = 'https://careers.riverside.edu';
    expect(c.scriptSnippet.value).toContain('src="https://careers.riverside.edu/embed.js"');
  });
});
