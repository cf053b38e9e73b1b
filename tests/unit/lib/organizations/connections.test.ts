import { expect, test } from 'vitest';
import {
  decodeConnections,
  rankConnections,
} from '../../../../src/lib/organizations/connections.lazy';
import { connectionsExport } from '../../../support/organizations';

const linkedin = `Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing."

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Ana,Souza,https://www.linkedin.com/in/ana-souza,,"River Health, Inc.",Nurse manager,12 Mar 2025
Luis,Ortega,https://www.linkedin.com/in/luis,,River Health,"Analyst, data",01 Feb 2024
Mei,Chen,javascript:alert(1),,Acme,Designer,01 Feb 2024
Sam,Lee,,,,,01 Feb 2024
`;

test('ranks organizations by connections there, one organization however it is spelled', () => {
  const r = rankConnections(linkedin);
  if (!r.ok) throw new Error(r.error);
  expect(r.rows).toBe(3);
  expect(r.orgs.map((o) => [o.name, o.people.length])).toEqual([
    ['River Health, Inc.', 2],
    ['Acme', 1],
  ]);
  expect(r.orgs[0].people[1]).toEqual({
    name: 'Luis Ortega',
    position: 'Analyst, data',
    url: 'https://www.linkedin.com/in/luis',
  });
  // Only https profile addresses are kept as links.
  expect(r.orgs[1].people[0].url).toBe('');
});

test('reads Spanish headings too', () => {
  const r = rankConnections('Nombre,Apellidos,URL,Empresa,Cargo\nAna,Souza,,Banco Sol,Cajera\n');
  expect(r.ok && r.orgs[0]).toMatchObject({
    name: 'Banco Sol',
    people: [{ name: 'Ana Souza', position: 'Cajera' }],
  });
});

test('a file without a Company column says so', () => {
  expect(rankConnections('First Name,Last Name,URL\nAna,Souza,\n')).toEqual({
    ok: false,
    error: 'noCompany',
  });
  expect(rankConnections('  \n')).toEqual({ ok: false, error: 'empty' });
  expect(rankConnections('First Name,Company\n,\n')).toEqual({ ok: false, error: 'noRows' });
});

test('refuses a workbook and decodes Windows-1252', () => {
  expect(decodeConnections(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toEqual({
    ok: false,
    error: 'binary',
  });
  const latin = new Uint8Array([
    ...new TextEncoder().encode('Company,Name\nTelef'),
    0xf3,
    ...new TextEncoder().encode('nica,Ana\n'),
  ]);
  const d = decodeConnections(latin);
  expect(d.ok && rankConnections(d.text)).toMatchObject({
    ok: true,
    orgs: [{ name: 'Telefónica' }],
  });
});

test('a 5,000-row export ranks with the most connected organization first', () => {
  const r = rankConnections(connectionsExport(5000));
  if (!r.ok) throw new Error(r.error);
  expect(r.rows).toBe(4900);
  const counts = r.orgs.map((o) => o.people.length);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(4900);
});
