import { fillSegments, type PlaceholderValues } from '../../../lib/questions/bank';

/** Shows a question with its placeholders filled; a blank one is flagged as "[organization]". */
export function Filled({
  text,
  values,
  articles,
}: {
  text: string;
  values: PlaceholderValues;
  /** Whether the page's language fits English articles before a slot (BuilderText.articles). */
  articles: boolean;
}) {
  return (
    <>
      {fillSegments(text, values, articles).map((s) =>
        'text' in s ? s.text : <mark class="qb-missing">[{s.missing}]</mark>,
      )}
    </>
  );
}
