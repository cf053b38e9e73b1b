import { fillSegments, type PlaceholderValues } from '../../../lib/questions/bank';
import type { BuilderText } from '../../../lib/strings/question-builder';

/** Shows a question with its placeholders filled; a blank one is flagged as "[organization]". */
export function Filled({
  text,
  values,
  t,
}: {
  text: string;
  values: PlaceholderValues;
  /** The island's wording: `articles` says whether the page's language fits English articles. */
  t: Pick<BuilderText, 'articles'>;
}) {
  return (
    <>
      {fillSegments(text, values, t.articles).map((s) =>
        'text' in s ? s.text : <mark class="qb-missing">[{s.missing}]</mark>,
      )}
    </>
  );
}
