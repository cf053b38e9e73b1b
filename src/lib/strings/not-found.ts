/** Wording of the page shown for an address that does not exist (404). */
export const notFoundText = {
  title: 'Page not found',
  description: 'This page does not exist. Find your way back to the guides and tools.',
  heading: 'We could not find that page',
  lead: 'The link may be old, or the address may have a typo.',
  /** Where to go instead. */
  links: [
    { label: 'Go to the home page', href: '/' },
    { label: 'Browse the guides', href: '/guides/' },
    { label: 'Search the site', href: '/search/' },
  ],
} as const;
