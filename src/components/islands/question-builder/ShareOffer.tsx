import type { QuestionBuilder as Builder } from '../../../lib/questions/builder';
import type { PlaceholderValues } from '../../../lib/questions/bank';
import { fill } from '../../../lib/shared/fill';
import type { BuilderText } from '../../../lib/strings/question-builder';
import { useSignals } from '../runtime/useSignals';
import { Filled } from './Filled';

/** Removes the share code from the address once the student has answered the offer. */
const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

/**
 * A list opened from a share link: what it holds and the choice to take it or keep one's own;
 * or, for a damaged link, why nothing was loaded.
 */
export function ShareOffer({
  b,
  t,
  values,
  say,
}: {
  b: Builder;
  t: BuilderText;
  values: PlaceholderValues;
  say: (message: string) => void;
}) {
  const ui = t.ui;
  const { pending, error } = useSignals(
    () => ({ pending: b.pendingShare.value, error: b.shareError.value }),
    [b],
  );
  return (
    (pending || error) && (
      <div class={`notice no-print ${error ? 'notice-error' : ''}`} role="alert">
        {error ? (
          <p>{t.shareErrors[error]}</p>
        ) : (
          <>
            <p>
              {fill(ui.shared, { n: pending!.items.length })} {ui.sharedAsk}
            </p>
            <ol>
              {pending!.items.map((i) => (
                <li>
                  <Filled text={i.text} values={values} t={t} />
                </li>
              ))}
            </ol>
            <button
              type="button"
              class="button-primary"
              onClick={() => {
                b.acceptShare();
                clearHash();
                say(ui.accepted);
              }}
            >
              {ui.replace}
            </button>{' '}
          </>
        )}
        <button
          type="button"
          onClick={() => {
            b.dismissShare();
            clearHash();
          }}
        >
          {error ? ui.dismiss : ui.keep}
        </button>
      </div>
    )
  );
}
