/**
 * Wording of the offline page (/offline/), which the service worker shows when a page that was
 * never saved for offline use is opened without a connection.
 */
export const offlineText = {
  title: 'You are offline',
  description: 'This page is not saved on this device. Here is what works without a connection.',
  heading: 'You are offline, and this page is not saved here',
  lead: 'The address you opened was never saved on this device, so it needs a connection. Everything below works offline, including your saved plans.',
  tools: 'Tools',
  guides: 'Guides',
  more: 'Also available',
  home: 'Home page',
  sheets: 'Printable sheets',
  retry: 'When you are back online, reload the page to try the address again.',
} as const;
