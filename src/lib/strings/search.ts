/**
 * Wording of the search page (/search/) and of Pagefind's search box on it. The header's search
 * form is worded in site.ts.
 */
export const searchText = {
  title: 'Search',
  description: 'Search every guide on informational interviews.',
  heading: 'Search the guides',
  /** Shown without JavaScript, around its link to the guides page. */
  noscript: {
    before: 'Search needs JavaScript. Every guide is also listed on the',
    link: 'guides page',
    after: '.',
  },
  /**
   * Shown when Pagefind's files are missing (in `astro dev`). The two commands are set as code;
   * the sentence ends with a link to the guides.
   */
  unavailable: {
    before: 'Search is not available here. It works in the built site (',
    built: 'npm start',
    between: '), not in',
    dev: 'astro dev',
    after: '. You can still browse',
    link: 'all guides',
    end: '.',
  },
} as const;

/**
 * Every string of Pagefind's search box and results, handed to it by the page script from the
 * page's HTML (so the script holds no wording and serves every language). `[SEARCH_TERM]`,
 * `[COUNT]` and `[DIFFERENT_TERM]` are filled in by Pagefind. Apart from the placeholder these
 * are Pagefind's own English strings, given in full so that no language falls back to Pagefind's
 * translations (its Spanish mixes tú and usted).
 */
export const pagefindText = {
  placeholder: 'Search the guides',
  clear_search: 'Clear',
  load_more: 'Load more results',
  search_label: 'Search this site',
  filters_label: 'Filters',
  zero_results: 'No results for [SEARCH_TERM]',
  many_results: '[COUNT] results for [SEARCH_TERM]',
  one_result: '[COUNT] result for [SEARCH_TERM]',
  total_zero_results: 'No results',
  total_one_result: '[COUNT] result',
  total_many_results: '[COUNT] results',
  alt_search: 'No results for [SEARCH_TERM]. Showing results for [DIFFERENT_TERM] instead',
  search_suggestion: 'No results for [SEARCH_TERM]. Try one of the following searches:',
  searching: 'Searching for [SEARCH_TERM]...',
  results_label: 'Search results',
  keyboard_navigate: 'navigate',
  keyboard_select: 'select',
  keyboard_clear: 'clear',
  keyboard_close: 'close',
  keyboard_search: 'search',
  error_search: 'Search failed',
  filter_selected_one: '[COUNT] selected',
  filter_selected_many: '[COUNT] selected',
  input_hint: 'Results will appear as you type',
  loading: 'Loading',
} as const;
