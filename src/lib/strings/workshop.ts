/**
 * Wording of the workshop page (/workshop/) around its outline. The parts themselves (what to
 * say, what the group does) are content, in src/content/workshop/parts.yaml.
 */
import { WORKSHOP_MINUTES } from '../workshop/outline';

export const workshopText = {
  title: 'Run a workshop on informational interviews',
  description: `A ${WORKSHOP_MINUTES}-minute session plan for career advisers: what to say, which guide and tool go with each part, and the sheets to hand out.`,
  lead: `A plan for one ${WORKSHOP_MINUTES}-minute class period with a group of students. Each part says what to tell the group, what they do, and which guide and tool go with it. The tools are free and need no account.`,
  beforeTitle: 'Before the session',
  before: [
    'Print a copy of each sheet below for every student.',
    'Open the tools on the screen at the front of the room, so the group sees how they work.',
    'Ask students to bring a phone or a laptop if they can. The sheets work without one.',
    'Every sheet also comes in Spanish, for students and families who read Spanish first. The Spanish flyer’s QR code opens the toolkit in Spanish.',
  ],
  handoutsTitle: 'Sheets to hand out',
  /** Before the link to a sheet's Spanish twin, named by its Spanish title. */
  inSpanish: 'in Spanish:',
  outlineTitle: 'The session, part by part',
  /** Heading of a part, before its title: "Minutes 0 to 5". */
  time: (start: number, end: number) => `Minutes ${start} to ${end}`,
  say: 'What to say',
  activity: 'What the group does',
  guides: 'Guides to point to',
  tool: 'Tool',
  handouts: 'Hand out',
  afterTitle: 'After the session',
  /** Each line: text, a link, then text that starts with its own space if it needs one. */
  after: {
    guides: {
      before: 'Point students to',
      link: { label: 'the guides', href: '/guides/' },
      after: ' for anything there was no time for, and to the checklist for what comes next.',
    },
    embed: {
      before:
        "To put the tools on your career center's own pages, or print the flyer with your name on it, see",
      link: { label: 'embed the tools on your site', href: '/embed/' },
      after: '.',
    },
  },
} as const;
