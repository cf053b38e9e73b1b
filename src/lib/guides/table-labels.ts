/**
 * Gives every data cell of a rendered HTML table its column's heading as `data-label`, so CSS can
 * show a row as a list of labelled values on a narrow screen (Spanish guide tables at 320 px,
 * src/styles/guide.css). For the tables Markdown writes: one header row of `<th>`, then rows of
 * `<td>`; the headings' text is escaped for an attribute. A table without headings is unchanged.
 */
export function labelTableCells(html: string): string {
  const head = /<thead[^>]*>([\s\S]*?)<\/thead>/.exec(html)?.[1] ?? '';
  const labels = [...head.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((m) =>
    m[1]
      .replace(/<[^>]*>/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .replaceAll('"', '&quot;'),
  );
  if (!labels.length) return html;
  return html.replace(/<tr\b[^>]*>[\s\S]*?<\/tr>/g, (row) => {
    let column = 0;
    return row.replace(/<td\b/g, () => {
      const label = labels[column++];
      return label ? `<td data-label="${label}"` : '<td';
    });
  });
}
