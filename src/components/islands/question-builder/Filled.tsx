import { fillSegments, type PlaceholderValues } from '../../../lib/questions/bank';

/** Shows a question with its placeholders filled; a blank one is flagged as "[organization]". */
export function Filled({ text, values }: { text: string; values: PlaceholderValues }) {
  return (
    <>
      {fillSegments(text, values).map((s) =>
        'text' in s ? s.text : <mark class="qb-missing">[{s.missing}]</mark>,
      )}
    </>
  );
}
