import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  HEIGHT_MESSAGE,
  ORG_MAX,
  parseEmbedParams,
  parseFrameId,
  parseOrg,
  parseTheme,
} from '../../../../src/lib/embed/params';
import { readHeightMessage } from '../../../../src/lib/embed/messages';
import { hostName, storageSituation } from '../../../../src/lib/embed/storage-note';
import {
  embedQuery,
  escapeAttribute,
  escapeText,
  iframeSnippet,
  linkAddress,
  linkSnippet,
  scriptSnippet,
} from '../../../../src/lib/embed/snippets';

describe('parseEmbedParams', () => {
  test('reads a valid accent (its contrast is checked in accent.ts), theme, org and frame', () => {
    expect(
      parseEmbedParams('?accent=%238c1515&theme=dark&org=Riverside+College&frame=iikab12'),
    ).toEqual({
      accent: '#8c1515',
      theme: 'dark',
      org: 'Riverside College',
      frame: 'iikab12',
    });
  });
  test('falls back to every default for an empty or hostile query', () => {
    const defaults = { accent: null, theme: 'auto', org: null, frame: null };
    expect(parseEmbedParams('')).toEqual(defaults);
    expect(
      parseEmbedParams('?accent=red;background:url(x)&theme=neon&org=%20%20&frame=a%22b'),
    ).toEqual(defaults);
  });
  test('never throws, whatever the query', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const p = parseEmbedParams(s);
        expect(['auto', 'light', 'dark']).toContain(p.theme);
      }),
    );
  });
});

describe('parseTheme', () => {
  test('accepts light, dark and auto only', () => {
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('DARK')).toBe('auto');
    expect(parseTheme(null)).toBe('auto');
  });
});

describe('parseOrg', () => {
  test('collapses white space and keeps markup as plain text', () => {
    expect(parseOrg('  Riverside \n College ')).toBe('Riverside College');
    expect(parseOrg('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
  test('removes control characters and bidirectional overrides', () => {
    expect(parseOrg('Evil\u202Eegelloc\u0000 U')).toBe('Evil egelloc U');
  });
  test(`cuts long names to ${ORG_MAX} characters without splitting an emoji`, () => {
    const long = '🎓'.repeat(100);
    const out = parseOrg(long)!;
    expect(Array.from(out)).toHaveLength(ORG_MAX);
    expect(out).toBe('🎓'.repeat(ORG_MAX));
  });
  test('returns null for empty or non-string values', () => {
    expect(parseOrg('   ')).toBeNull();
    expect(parseOrg(undefined)).toBeNull();
  });
});

describe('parseFrameId', () => {
  test('accepts short word tokens only', () => {
    expect(parseFrameId('iik3k9z')).toBe('iik3k9z');
    expect(parseFrameId('a b')).toBeNull();
    expect(parseFrameId('x'.repeat(65))).toBeNull();
  });
});

describe('readHeightMessage', () => {
  test('reads a well-formed message and rounds the height up', () => {
    expect(readHeightMessage({ type: HEIGHT_MESSAGE, frame: 'f1', height: 640.2 })).toEqual({
      type: HEIGHT_MESSAGE,
      frame: 'f1',
      height: 641,
    });
  });
  test('ignores other types, missing or absurd heights', () => {
    expect(readHeightMessage('hello')).toBeNull();
    expect(readHeightMessage({ type: 'other', height: 10 })).toBeNull();
    expect(readHeightMessage({ type: HEIGHT_MESSAGE, height: '10' })).toBeNull();
    expect(readHeightMessage({ type: HEIGHT_MESSAGE, height: -1 })).toBeNull();
    expect(readHeightMessage({ type: HEIGHT_MESSAGE, height: Infinity })).toBeNull();
  });
});

describe('snippets', () => {
  const choice = {
    tool: 'question-builder' as const,
    accent: '#8C1515',
    theme: 'auto' as const,
    org: 'Riverside "Tigers" <College> & Co',
  };
  test('scriptSnippet writes one async tag with escaped data attributes', () => {
    expect(scriptSnippet('https://kit.example', choice)).toBe(
      '<script src="https://kit.example/embed.js" data-tool="question-builder" data-accent="#8c1515" ' +
        'data-org="Riverside &quot;Tigers&quot; &lt;College&gt; &amp; Co" async></script>',
    );
  });
  test('scriptSnippet leaves out defaults', () => {
    expect(
      scriptSnippet('https://kit.example', {
        tool: 'question-builder',
        accent: '',
        theme: 'auto',
        org: '',
      }),
    ).toBe(
      '<script src="https://kit.example/embed.js" data-tool="question-builder" async></script>',
    );
  });
  test('iframeSnippet encodes the query and escapes the title', () => {
    const html = iframeSnippet('https://kit.example', { ...choice, theme: 'dark' }, 'A "B"');
    expect(html).toContain(
      'src="https://kit.example/embed/question-builder/?accent=%238c1515&amp;theme=dark&amp;org=Riverside',
    );
    expect(html).toContain('title="A &quot;B&quot;"');
    expect(html).not.toMatch(/<College>/);
  });
  test('linkSnippet is a bare <a>: escaped address and text, no script, style or target', () => {
    const html = linkSnippet(
      'https://kit.example',
      { ...choice, tool: 'checklist' },
      'Prep <now> & "go"',
    );
    expect(html).toBe(
      '<a href="https://kit.example/embed/checklist/?accent=%238c1515&amp;org=Riverside+%22Tigers%22+%3CCollege%3E+%26+Co">' +
        'Prep &lt;now&gt; &amp; "go"</a>',
    );
    expect(html).not.toMatch(/style=|target=|<script|<iframe/);
  });
  test('linkAddress leaves out defaults and drops a colour that is not one', () => {
    expect(
      linkAddress('https://kit.example', {
        tool: 'outreach',
        accent: 'red',
        theme: 'auto',
        org: '',
      }),
    ).toBe('https://kit.example/embed/outreach/');
  });
  test('escapeText escapes what could start markup in element content', () => {
    expect(escapeText(`<b>&"'`)).toBe(`&lt;b&gt;&amp;"'`);
  });
  test('embedQuery is empty when everything is default', () => {
    expect(embedQuery({ tool: 'question-builder', accent: 'nope', theme: 'auto', org: ' ' })).toBe(
      '',
    );
  });
  test('escapeAttribute escapes the four HTML-significant characters', () => {
    expect(escapeAttribute(`&"<>'`)).toBe(`&amp;&quot;&lt;&gt;'`);
  });
});

describe('storageSituation', () => {
  test('memory mode wins, then framed, then standalone', () => {
    expect(storageSituation(true, 'memory')).toBe('memory');
    expect(storageSituation(false, 'memory')).toBe('memory');
    expect(storageSituation(true, 'local')).toBe('framed');
    expect(storageSituation(false, 'local')).toBe('standalone');
  });
});

describe('hostName', () => {
  test('names the host of a web origin and nothing else', () => {
    expect(hostName('https://careers.riverside.edu/page')).toBe('careers.riverside.edu');
    expect(hostName('http://127.0.0.1:4415')).toBe('127.0.0.1:4415');
    expect(hostName('file:///x')).toBeNull();
    expect(hostName('not a url')).toBeNull();
    expect(hostName('')).toBeNull();
  });
});
