import { describe, expect, test } from 'vitest';
import {
  inputPlaceholders,
  templatePlaceholders,
  unknownPlaceholders,
} from '../../../../src/lib/outreach/placeholders';
import { loadPhrases, loadTemplates } from '../../../support/outreach-data';

describe('unknownPlaceholders', () => {
  test('names every placeholder that is not allowed, and only those', () => {
    expect(unknownPlaceholders('Hi {theirName}, {name} and {Org}', templatePlaceholders)).toEqual([
      'name',
      'Org',
    ]);
    expect(unknownPlaceholders('No braces, or {} empty ones', templatePlaceholders)).toEqual([]);
  });

  test('every template uses only known placeholders', () => {
    for (const t of loadTemplates())
      for (const text of [t.warm, t.formal])
        if (text)
          expect(
            unknownPlaceholders(`${text.subject ?? ''} ${text.body}`, templatePlaceholders),
          ).toEqual([]);
  });

  test("phrases use only the student's details, never other phrases", () => {
    for (const phrases of Object.values(loadPhrases()))
      for (const group of Object.values(phrases))
        for (const text of Object.values(group as Record<string, string>))
          expect(unknownPlaceholders(text, inputPlaceholders)).toEqual([]);
  });
});
