/**
 * The embed configurator: pick a tool, a colour, a theme and the institution name, see the
 * embed live, copy a snippet. A thin view over createEmbedConfigurator (src/lib).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createEmbedConfigurator } from '../../../lib/embed/configurator';
import { ORG_MAX, embedThemes, type EmbedTool } from '../../../lib/embed/params';
import { embedTools } from '../../../lib/embed/tools';
import { readHeightMessage } from '../../../lib/embed/messages';
import {
  configuratorText as t,
  themeNames,
  type ConfiguratorLabels,
} from '../../../lib/strings/embed-configurator';
import { toolNames } from '../../../lib/strings/embed';
import './EmbedConfigurator.css';
import { defineIsland } from '../runtime/define';
import { useSignals } from '../runtime/useSignals';
import { copyText } from '../runtime/actions/clipboard';
import { Select, Snippet } from './Fields';

interface Props {
  /** Public origin of the toolkit, used in the snippets until the page knows its own. */
  origin: string;
  /** Site name, for iframe titles. */
  siteName: string;
  /** The site's own accent, shown in the colour picker until another is chosen. */
  defaultAccent: string;
  /** Labels and headings (src/lib/strings/embed-configurator.ts). */
  labels: ConfiguratorLabels;
  /** The Spanish tool's frame titles and plain-link texts. */
  spanish: { titles: Record<EmbedTool, string>; linkTexts: Record<EmbedTool, string> };
}

export default function EmbedConfigurator({
  origin,
  siteName,
  defaultAccent,
  labels: l,
  spanish,
}: Props) {
  const c = useMemo(
    () => createEmbedConfigurator(origin, siteName, l.linkTexts, spanish),
    [origin, siteName, l.linkTexts, spanish],
  );
  const v = useSignals(() => ({
    tool: c.tool.value,
    accent: c.accent.value,
    theme: c.theme.value,
    org: c.org.value,
    lang: c.lang.value,
    check: c.accentCheck.value,
    previewSrc: c.previewSrc.value,
    title: c.title.value,
    scriptSnippet: c.scriptSnippet.value,
    iframeSnippet: c.iframeSnippet.value,
    linkSnippet: c.linkSnippet.value,
    linkAddress: c.linkAddress.value,
    flyerHref: c.flyerHref.value,
  }));

  const [status, setStatus] = useState('');
  const [preview, setPreview] = useState(v.previewSrc);
  // The preview is a whole tool page: load it once its place is on screen, so it does not compete
  // with this page's own first paint (on a phone it sits below the form). Until then a box of the
  // same size holds the place: an iframe without an address would hold an empty document with no
  // language and be a Tab stop that leads nowhere.
  const [shown, setShown] = useState(false);
  const [height, setHeight] = useState(600);
  const frame = useRef<HTMLIFrameElement>(null);
  const place = useRef<HTMLDivElement>(null);
  const check = v.check;

  useEffect(() => {
    const seen = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setShown(true);
        seen.disconnect();
      }
    });
    if (place.current) seen.observe(place.current);
    return () => seen.disconnect();
  }, []);

  useEffect(() => {
    c.host.value = location.origin;
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== location.origin || event.source !== frame.current?.contentWindow) return;
      const m = readHeightMessage(event.data);
      if (m) setHeight(m.height);
    };
    addEventListener('message', onMessage);
    return () => removeEventListener('message', onMessage);
  }, [c]);

  // Reloading the preview on every keystroke would flicker: wait for a pause in typing.
  useEffect(() => {
    const timer = setTimeout(() => setPreview(v.previewSrc), 400);
    return () => clearTimeout(timer);
  }, [v.previewSrc]);

  // A snippet the browser would not copy is selected instead, for the user to copy by hand.
  const copy = async (text: string, what: string, field: HTMLTextAreaElement | null) => {
    if (await copyText(text)) setStatus(t.copied(what));
    else {
      field?.select();
      setStatus(t.copyFailed);
    }
  };

  const accentNote = !v.accent.trim()
    ? null
    : !check.input
      ? t.accentInvalid
      : check.light
        ? t.accentOk(check.lightContrast.toFixed(1))
        : t.accentLow(check.lightContrast.toFixed(1));

  return (
    <div class="configurator">
      <form class="choices" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{l.tool}</legend>
          {embedTools.map((tool) => (
            <label key={tool} class="choice">
              <input
                type="radio"
                name="tool"
                value={tool}
                checked={v.tool === tool}
                onChange={() => (c.tool.value = tool as EmbedTool)}
              />
              {toolNames[tool]}
            </label>
          ))}
        </fieldset>

        <div class="field">
          <label for="embed-accent">{l.accent}</label>
          <div class="colour-row">
            <input
              id="embed-accent"
              type="text"
              inputMode="text"
              autoComplete="off"
              spellcheck={false}
              maxLength={7}
              value={v.accent}
              aria-describedby="embed-accent-note"
              onInput={(e) => (c.accent.value = e.currentTarget.value)}
            />
            <input
              type="color"
              aria-label={l.accentPicker}
              value={check.input ?? defaultAccent}
              onInput={(e) => (c.accent.value = e.currentTarget.value)}
            />
          </div>
          <p id="embed-accent-note" class="hint" aria-live="polite">
            {accentNote ?? l.accentEmpty}
            {check.dark && check.dark !== check.input && <> {t.darkShade(check.dark)}</>}
          </p>
        </div>

        <div class="field">
          <label for="embed-org">{l.org}</label>
          <input
            id="embed-org"
            type="text"
            autoComplete="organization"
            maxLength={ORG_MAX}
            value={v.org}
            onInput={(e) => (c.org.value = e.currentTarget.value)}
          />
        </div>

        <Select
          id="embed-lang"
          label={l.language}
          value={v.lang}
          options={[
            ['en', l.languages.en],
            ['es', l.languages.es, 'es'],
          ]}
          set={(lang) => (c.lang.value = lang)}
        />
        <Select
          id="embed-theme"
          label={l.theme}
          value={v.theme}
          options={embedThemes.map((theme) => [theme, themeNames[theme]] as const)}
          set={(theme) => (c.theme.value = theme)}
        />
      </form>

      <section class="snippets" aria-labelledby="snippets-title">
        <h2 id="snippets-title">{l.snippets}</h2>
        {(
          [
            ['script', 3, v.scriptSnippet],
            ['iframe', 4, v.iframeSnippet],
            ['link', 3, v.linkSnippet],
            ['address', 2, v.linkAddress],
          ] as const
        ).map(([way, rows, value], i) => (
          <Snippet
            key={way}
            id={`snippet-${way}`}
            words={l.ways[way]}
            rows={rows}
            value={value}
            primary={i === 0}
            copy={(field) => copy(value, l.ways[way].name, field)}
          />
        ))}
        <p role="status" class="copy-status">
          {status}
        </p>
        <h3 class="flyer-title">{l.flyer}</h3>
        <p class="hint">{l.flyerNote}</p>
        <p>
          <a href={v.flyerHref}>{l.openFlyer}</a>
        </p>
      </section>

      <section class="preview" aria-labelledby="preview-title">
        <h2 id="preview-title">{l.preview}</h2>
        {shown ? (
          <iframe
            ref={frame}
            src={preview}
            title={t.previewTitle(v.title)}
            height={height}
            class="preview-frame"
          />
        ) : (
          <div ref={place} class="preview-frame preview-place" />
        )}
      </section>
    </div>
  );
}

/** The embed-configurator island: its name on the page and its component, written once. */
export const embedConfiguratorIsland = defineIsland('embed-configurator', EmbedConfigurator);
