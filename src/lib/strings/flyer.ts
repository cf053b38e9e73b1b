/**
 * Wording of the printable flyer (/print/flyer/): the poster itself, and the notes shown on
 * screen above it (never printed) when the career center's name in the address needed fixing.
 */
import type { FlyerNameProblem } from '../embed/flyer';

export const flyerText = {
  title: 'Flyer for notice boards and workshops',
  description:
    "A one-page flyer with a QR code to the toolkit, for notice boards, classes and workshops. Add your career center's name.",
  /** On screen only, above the flyer. */
  intro:
    'Print this page (Ctrl+P or ⌘P) for a notice board, a class or a workshop. It fits on one Letter or A4 page.',
  /** On screen only: how to put a name on it. */
  nameHint: {
    before: "To put your career center's name on it, type the name on the",
    link: { label: 'embed page', href: '/embed/' },
    after: 'and follow its flyer link.',
  },
  /** Without JavaScript the name in the address cannot be read. */
  noscript:
    'Without JavaScript this page cannot show the name in its address, so it prints the flyer without a name.',
  /** Notes on screen when the name in the address could not be used as given. */
  problems: {
    empty:
      "The name in this page's address is empty, so the flyer prints without a name. Add one on the embed page.",
    'too-long':
      "The name in this page's address is longer than {max} characters, so the flyer shows only its first {max}. Try a shorter name on the embed page.",
    'hidden-characters':
      "The name in this page's address had invisible characters in it. They were left out; check the name below before you print.",
  } satisfies Record<Exclude<FlyerNameProblem, null>, string>,

  /** The flyer. */
  heading: 'Curious about a career? Ask someone who does it.',
  lead: 'An informational interview is a short conversation, often 20 minutes, where you ask someone about their work, their path and their advice. You are there to learn, not to ask for a job.',
  listTitle: 'The free toolkit helps you',
  list: [
    'Find people to talk to, starting with the ones who already know you.',
    'Write a short, friendly request of about 75 words.',
    'Choose 5 to 10 good questions to ask.',
    'Get ready step by step, and say thank you within a day.',
  ],
  privacy: 'No account. Nothing you type leaves your browser.',
  scan: 'Scan to start',
  /** Under the QR code, before the address spelled out. */
  orType: 'or type',
  /** Accessible name of the QR code, before the address it opens. */
  qrLabel: 'QR code that opens',
} as const;
