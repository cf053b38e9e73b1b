/**
 * Share links: a question list encoded in the link's fragment (`#share=...`), with no server.
 * Loaded by the builder when the student shares a list or opens a shared link.
 */
import { timing } from './bank';
import { base64UrlToText, textToBase64Url } from '../shared/base64url';

/** Most questions a share link may carry. */
const shareMax = 60;

/** A shared list: questions (bank id, wording, must-ask) and the planned minutes. */
export interface SharedList {
  minutes: number;
  items: { sourceId: string | null; text: string; mustAsk: boolean }[];
}

/**
 * Encodes a list for a link fragment: base64url of compact JSON. A bank question asked as
 * written is just its id; edited or own questions carry their text; notes are never shared.
 */
export function encodeShare(
  list: SharedList,
  bankText: (id: string) => string | undefined,
): string {
  const q = list.items.map((item) => {
    const edited = !item.sourceId || bankText(item.sourceId) !== item.text;
    if (!edited && !item.mustAsk) return item.sourceId;
    const entry: { s?: string; t?: string; m?: 1 } = {};
    if (item.sourceId) entry.s = item.sourceId;
    if (edited) entry.t = item.text;
    if (item.mustAsk) entry.m = 1;
    return entry;
  });
  return textToBase64Url(JSON.stringify({ v: 1, n: list.minutes, q }));
}

/** Why a share link could not be read; the island shows the matching message. */
export type ShareError = 'malformed' | 'unknown-question' | 'empty';

/** Reads a shared list from a fragment code; nothing about it is trusted. */
export function decodeShare(
  code: string,
  bankText: (id: string) => string | undefined,
): { ok: true; list: SharedList } | { ok: false; error: ShareError } {
  let data: unknown;
  try {
    if (!code) return { ok: false, error: 'malformed' };
    data = JSON.parse(base64UrlToText(code));
  } catch {
    return { ok: false, error: 'malformed' };
  }
  if (typeof data !== 'object' || data === null) return { ok: false, error: 'malformed' };
  const { v, n, q } = data as { v?: unknown; n?: unknown; q?: unknown };
  if (v !== 1 || !Array.isArray(q) || q.length > shareMax) return { ok: false, error: 'malformed' };
  const minutes =
    typeof n === 'number' && (timing.lengths as readonly number[]).includes(n) ? n : 20;
  const items: SharedList['items'] = [];
  for (const raw of q) {
    const entry: unknown = typeof raw === 'string' ? { s: raw } : raw;
    if (typeof entry !== 'object' || entry === null) return { ok: false, error: 'malformed' };
    const { s, t, m } = entry as { s?: unknown; t?: unknown; m?: unknown };
    if (s !== undefined && typeof s !== 'string') return { ok: false, error: 'malformed' };
    if (t !== undefined && (typeof t !== 'string' || !t.trim() || t.length > 500))
      return { ok: false, error: 'malformed' };
    const bank = s === undefined ? undefined : bankText(s);
    if (s !== undefined && bank === undefined) return { ok: false, error: 'unknown-question' };
    const text = (t as string | undefined) ?? bank;
    if (text === undefined) return { ok: false, error: 'malformed' };
    items.push({ sourceId: (s as string | undefined) ?? null, text, mustAsk: m === 1 });
  }
  if (items.length === 0) return { ok: false, error: 'empty' };
  return { ok: true, list: { minutes, items } };
}
