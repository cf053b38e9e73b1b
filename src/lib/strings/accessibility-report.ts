/** Wording of the Accessibility Conformance Report page (/accessibility/report/). */
export const reportText = {
  title: 'Accessibility Conformance Report',
  description:
    'How {siteName} meets each WCAG 2.2 level A and AA success criterion, in the VPAT 2.5 format, and which test checks it.',
  lead: 'Every WCAG 2.2 level A and AA success criterion, answered in the terms of the VPAT® 2.5 WCAG edition, with how each was checked: the automated test in the project that covers it, or what was checked by hand and what it found.',
  factsLabel: 'About this report',
  facts: {
    product: 'Product',
    version: 'Version',
    reportDate: 'Report date',
    standard: 'Standard',
    format: 'Format',
    contact: 'Questions and problems',
  },
  formatValue: 'VPAT® 2.5 WCAG edition',
  contactValue: 'the accessibility page',
  download: 'Download this report as OpenACR YAML',
  downloadNote:
    "OpenACR is GSA's machine-readable format for conformance reports; the file holds the same answers as this page.",
  summaryHeading: 'Summary',
  summary: (count: number, label: string) => `${label}: ${count}`,
  aaaNote: 'Level AAA criteria are not evaluated.',
  methodsHeading: 'Evaluation methods',
  enginesLead: 'The automated tests run in these browser engines on every change:',
  notesHeading: 'Scope',
  termsHeading: 'Conformance terms',
  columns: {
    criterion: 'Criteria',
    level: 'Conformance Level',
    remarks: 'Remarks and Explanations',
  },
  testsLabel: 'Tests:',
  obsolete: 'Obsolete and removed in WCAG 2.2',
  backLink: 'Back to the accessibility statement',
} as const;
