import type { QuestionBuilder as Builder } from '../../../lib/questions/builder';
import { fillText, shareKey } from '../../../lib/questions/bank';
import type { BuilderText } from '../../../lib/strings/question-builder';
import { copyText } from '../runtime/actions/clipboard';
import { downloadFile } from '../runtime/actions/download';

/** Export code loads when the student first copies or downloads the list. */
const exporter = () => import('../../../lib/questions/export.lazy');

/** Copy, download, print and share the list. */
export function Exports({
  b,
  t,
  say,
}: {
  b: Builder;
  t: BuilderText;
  say: (message: string) => void;
}) {
  const ui = t.ui;
  const words = { title: ui.exportTitle, mustAsk: ui.mustAsk, notes: ui.notes };
  // Read when the student asks, so the export is of the list as it is then.
  const list = () => b.items.value;
  const fillIn = (q: string) => fillText(q, b.values.value, t.articles);
  /** Copies text that may still be loading (see copyText), then says how it went. */
  const copy = (text: Promise<string>, done = ui.copied) =>
    copyText(text).then((ok) => say(ok ? done : ui.copyFailed));
  const download = async () => {
    const { toMarkdown } = await exporter();
    downloadFile('questions.md', toMarkdown(list(), fillIn, words), 'text/markdown');
  };
  return (
    <div class="qb-export no-print">
      <button
        type="button"
        onClick={() => copy(exporter().then((e) => e.toPlainText(list(), fillIn, words)))}
      >
        {ui.copyText}
      </button>
      <button
        type="button"
        onClick={() => copy(exporter().then((e) => e.toMarkdown(list(), fillIn, words)))}
      >
        {ui.copyMarkdown}
      </button>
      <button type="button" onClick={download}>
        {ui.download}
      </button>
      <button type="button" onClick={() => print()}>
        {ui.print}
      </button>
      <button
        type="button"
        onClick={() =>
          copy(
            b
              .shareCode()
              .then((code) => `${location.origin}${location.pathname}#${shareKey}=${code}`),
            ui.linkCopied,
          )
        }
      >
        {ui.share}
      </button>
    </div>
  );
}
