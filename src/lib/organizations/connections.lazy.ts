/**
 * Who the student already knows: LinkedIn's Connections.csv read on the device and ranked by
 * organization, most connections first. Loaded only when the student opens a file, with the
 * CSV parser (Papa Parse). Nothing here is stored: the tool keeps only the organizations the
 * student picks, with the connections at those.
 */
import Papa from 'papaparse';
import { cleanName, cleanUrl, orgKey, organizationLimits, type Connection } from './organization';

/** Largest file read: 5 MB, some 25,000 connections (as the conversations import). */
export const connectionsLimitBytes = 5 * 1024 * 1024;

/** One organization of the export, with the connections who work there. */
export interface RankedOrg {
  key: string;
  /** The name as most of its connections spell it (the first spelling on a tie). */
  name: string;
  people: Connection[];
}

/** Why a file gave no organizations (the tool words each). */
export type ConnectionsError = 'tooBig' | 'binary' | 'empty' | 'noCompany' | 'noRows';

export type ConnectionsResult =
  { ok: true; orgs: RankedOrg[]; rows: number } | { ok: false; error: ConnectionsError };

/** Headings read, normalized (lower case, no accents or punctuation), English and Spanish. */
const headings: Record<string, 'first' | 'last' | 'name' | 'company' | 'position' | 'url'> = {
  'first name': 'first',
  firstname: 'first',
  nombre: 'first',
  'last name': 'last',
  lastname: 'last',
  apellidos: 'last',
  apellido: 'last',
  name: 'name',
  'full name': 'name',
  'nombre completo': 'name',
  company: 'company',
  empresa: 'company',
  organization: 'company',
  organisation: 'company',
  organizacion: 'company',
  employer: 'company',
  position: 'position',
  title: 'position',
  'job title': 'position',
  cargo: 'position',
  puesto: 'position',
  url: 'url',
  'profile url': 'url',
  perfil: 'url',
};

const normalize = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Text of a file's bytes: UTF-8 (its mark dropped), else Windows-1252; refuses binary files. */
export function decodeConnections(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; error: ConnectionsError } {
  if (bytes.length > connectionsLimitBytes) return { ok: false, error: 'tooBig' };
  const head = bytes.subarray(0, 4096);
  if (
    head.includes(0) ||
    (bytes[0] === 0x50 && bytes[1] === 0x4b) ||
    (bytes[0] === 0x25 && bytes[1] === 0x50)
  )
    return { ok: false, error: 'binary' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes) };
  }
}

/**
 * Reads the export's text and ranks its organizations by how many connections work at each,
 * then by name. LinkedIn's notes above the headings are skipped; a row without a name or a
 * company counts for nothing; a file without a Company column gives `noCompany`.
 */
export function rankConnections(text: string): ConnectionsResult {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { ok: false, error: 'empty' };
  const rows = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy' }).data;
  type Found = Partial<Record<(typeof headings)[string], number>>;
  let at: Found | null = null;
  let start = 0;
  for (let r = 0; r < Math.min(rows.length, 30) && !at; r++) {
    const found: Found = {};
    rows[r].forEach((cell, i) => {
      const key = headings[normalize(cell)];
      if (key && found[key] === undefined) found[key] = i;
    });
    if (found.company !== undefined && (found.first ?? found.last ?? found.name) !== undefined) {
      at = found;
      start = r + 1;
    }
  }
  if (!at) return { ok: false, error: 'noCompany' };
  const cell = (row: string[], i: number | undefined) =>
    i === undefined ? '' : (row[i] ?? '').trim();
  const byKey = new Map<string, { spellings: Map<string, number>; people: Connection[] }>();
  let count = 0;
  for (let r = start; r < rows.length; r++) {
    const row = rows[r];
    const company = cleanName(cell(row, at.company));
    const name = (
      cell(row, at.name) || `${cell(row, at.first)} ${cell(row, at.last)}`.trim()
    ).slice(0, organizationLimits.line);
    if (!company || !name) continue;
    count++;
    const key = orgKey(company);
    let org = byKey.get(key);
    if (!org) byKey.set(key, (org = { spellings: new Map(), people: [] }));
    org.spellings.set(company, (org.spellings.get(company) ?? 0) + 1);
    org.people.push({
      name,
      position: cell(row, at.position).slice(0, organizationLimits.line),
      url: cleanUrl(cell(row, at.url)),
    });
  }
  if (!count) return { ok: false, error: 'noRows' };
  const orgs: RankedOrg[] = [];
  for (const [key, { spellings, people }] of byKey) {
    let name = '';
    let most = 0;
    for (const [spelling, n] of spellings) if (n > most) [name, most] = [spelling, n];
    orgs.push({ key, name, people });
  }
  orgs.sort(
    (a, b) => b.people.length - a.people.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return { ok: true, orgs, rows: count };
}

/** Reads a chosen file: refused unread when too big, decoded, then ranked. */
export async function readConnectionsFile(
  file: Pick<Blob, 'size' | 'arrayBuffer'>,
): Promise<ConnectionsResult> {
  if (file.size > connectionsLimitBytes) return { ok: false, error: 'tooBig' };
  const decoded = decodeConnections(new Uint8Array(await file.arrayBuffer()));
  return decoded.ok ? rankConnections(decoded.text) : decoded;
}
