import { describe, expect, test } from 'vitest';
import { labelTableCells } from '../../../../src/lib/guides/table-labels';

describe('labelTableCells', () => {
  test("labels every data cell with its column's heading, row by row", () => {
    const html =
      '<thead><tr><th>Persona</th><th>Por <em>dónde</em></th></tr></thead>' +
      '<tbody><tr><td>Tía Rosa</td><td>Mensaje</td></tr><tr><td>Dev</td><td>Correo</td></tr></tbody>';
    expect(labelTableCells(html)).toBe(
      '<thead><tr><th>Persona</th><th>Por <em>dónde</em></th></tr></thead>' +
        '<tbody><tr><td data-label="Persona">Tía Rosa</td><td data-label="Por dónde">Mensaje</td></tr>' +
        '<tr><td data-label="Persona">Dev</td><td data-label="Por dónde">Correo</td></tr></tbody>',
    );
  });

  test('escapes quotes in a heading and leaves cells past the last heading unlabelled', () => {
    const html =
      '<thead><tr><th>Say "hi"</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody>';
    expect(labelTableCells(html)).toContain('<td data-label="Say &quot;hi&quot;">a</td><td>b</td>');
  });

  test('leaves a table without headings as it is', () => {
    const html = '<tbody><tr><td>a</td></tr></tbody>';
    expect(labelTableCells(html)).toBe(html);
  });
});
