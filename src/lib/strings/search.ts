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

/** Placeholder of Pagefind's search box (kept apart: the page script ships only this). */
export const searchPlaceholder = 'Search the guides';
