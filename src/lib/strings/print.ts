/** Wording of the printable sheets index (/print/). */
export const printText = {
  title: 'Printable sheets',
  description: 'Sheets to print for workshops, classes and your own informational interviews.',
  intro:
    'Each sheet is a plain page made for paper. Open it and print it from your browser (Ctrl+P or ⌘P).',
  /** Sheets by folder under src/pages/print/; the index lists only those that exist. */
  sheets: {
    checklist: {
      title: 'Prep checklist',
      summary:
        'Every step before, during and after the conversation, with tick boxes, and a ruled page for notes. Two pages.',
    },
    conversations: {
      title: 'Conversation tracker',
      summary:
        'A blank table for a workshop: one row per person, with the date of each step from asking to keeping in touch. One landscape page.',
    },
    flyer: {
      title: 'Flyer with a QR code',
      summary:
        "A poster for notice boards and workshops that sends students to the toolkit, with your career center's name if you add it. One page.",
    },
    organizations: {
      title: 'Target organizations list',
      summary:
        'Forty numbered rows to list the organizations you would like to work for, rate each and mark where to start. Two pages.',
    },
    'question-builder': {
      title: 'Question sheet',
      summary: 'Questions to ask, with room to note the answers. Two pages.',
    },
    introduction: {
      title: 'Introduction worksheet',
      summary:
        'The four parts of a 30-second introduction, with examples and lines to write on, and space to time three tries. One page.',
    },
  } as Record<string, { title: string; summary: string }>,
} as const;
