/** Organizations and LinkedIn exports for the organizations tests and benchmark. */
import type { Organization } from '../../src/lib/organizations/organization';

/** A stored organization with defaults filled. */
export const org = (name: string, extra: Partial<Organization> = {}): Organization => ({
  id: `o-${name}`,
  name,
  motivation: 0,
  postings: 'none',
  removed: false,
  connections: [],
  updatedAt: '2026-11-01T09:00:00.000Z',
  ...extra,
});

/**
 * A LinkedIn Connections.csv of `count` rows, with LinkedIn's notes above the headings, spread
 * over `orgs` organizations so that the first has the most connections (organization i gets
 * about 1/(i+1) of them), some spelled with a legal form and some with no company at all.
 */
export function connectionsExport(count: number, orgs = 400): string {
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 1; i <= count; i++) {
    // A rough power law: low organization numbers come up far more often.
    const o = Math.floor(orgs ** (((i * 7919) % 1000) / 1000)) - 1;
    const company = i % 50 === 0 ? '' : o % 5 === 0 ? `"Company ${o}, Inc."` : `Company ${o}`;
    lines.push(
      [
        'Ana',
        `Souza ${i}`,
        `https://www.linkedin.com/in/ana-${i}`,
        '',
        company,
        `"Analyst, team ${i % 7}"`,
        '12 Mar 2025',
      ].join(','),
    );
  }
  return lines.join('\n');
}
