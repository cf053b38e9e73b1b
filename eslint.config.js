// @ts-check
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

/** No @preact/signals anywhere in src or tests (a later block's patterns replace, not add to, these). */
const signalsImports = {
  group: ['@preact/signals', '@preact/signals-core', '@preact/signals/*'],
  message:
    'Use src/lib/shared/signals (and useSignals in islands): the same API for a third of the bytes.',
};

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'reports/',
    ],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx,astro}', 'tests/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [signalsImports],
        },
      ],
    },
  },
  {
    // Browser code: the island views and page scripts. Wording reaches them as props in the
    // page's HTML, never through the table of every language's strings.
    files: ['src/client/**/*.{ts,js}', 'src/components/islands/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            signalsImports,
            {
              group: ['**/lib/strings/es/*.json'],
              message:
                'Browser code gets its wording as props from the page, in the page’s language, never from a translation file.',
            },
            {
              group: ['**/lib/i18n/strings', '**/lib/i18n/strings.ts'],
              message:
                'Browser code gets its wording as props from the page (strings(module, lang) runs at build time only); import type is fine.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test'],
              message:
                'Import test from tests/support/site: its fixture records every page and fails the test on a CSP violation.',
            },
          ],
        },
      ],
    },
  },
);
