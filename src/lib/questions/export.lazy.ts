/**
 * Exports of the student's question list as plain text and Markdown. Kept apart from
 * questions.ts so the builder loads this code only when the student copies or downloads.
 */
import type { ListItem } from './bank';

/** Turns a question's wording into the text to print (fills placeholders). */
export type Fill = (text: string) => string;

/** Wording used by the exports, from the strings module. */
export interface ExportWords {
  title: string;
  mustAsk: string;
  notes: string;
}

/** The list as plain text: numbered questions, must-ask marked, notes indented below. */
export function toPlainText(items: readonly ListItem[], fill: Fill, words: ExportWords): string {
  const lines = [words.title, ''];
  items.forEach((item, i) => {
    lines.push(`${i + 1}. ${item.mustAsk ? `(${words.mustAsk}) ` : ''}${fill(item.text)}`);
    if (item.notes.trim())
      for (const line of item.notes.trim().split('\n')) lines.push(`   ${line}`);
  });
  return lines.join('\n') + '\n';
}

/** Escapes characters Markdown would read as formatting at the start of or inside a line. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>#])/g, '\\$1');
}

/** The list as Markdown: a heading, a numbered list, notes as quoted lines under each question. */
export function toMarkdown(items: readonly ListItem[], fill: Fill, words: ExportWords): string {
  const lines = [`# ${md(words.title)}`, ''];
  items.forEach((item, i) => {
    const must = item.mustAsk ? `**${md(words.mustAsk)}:** ` : '';
    lines.push(`${i + 1}. ${must}${md(fill(item.text))}`);
    if (item.notes.trim()) {
      lines.push('');
      for (const line of item.notes.trim().split('\n')) lines.push(`   > ${md(line)}`);
      lines.push('');
    }
  });
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
