import { z } from 'zod';
import { DomainError } from '../errors';
import { isInstantInRange, isValidIsoDate } from './calendar-date';
import { textString } from './validation';
import { hasOnlyValidCharacters } from './validation.rules';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export const pageInputSchema = /* @__PURE__ */ (() =>
  z.object({
    cursor: textString().max(500).nullish(),
    limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  }))();
export type PageInput = z.infer<typeof pageInputSchema>;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A keyset cursor: the sort value and id of the last row of the previous page. */
export interface KeysetCursor {
  key: string;
  id: string;
}

// btoa/atob exist in browsers and Node alike, so this file stays free of Node APIs.
function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

export function encodeCursor(cursor: KeysetCursor): string {
  return toBase64Url(JSON.stringify([cursor.key, cursor.id]));
}

/**
 * What a list sorts on, so its cursor's key can be checked before it reaches SQL:
 * `text` (a name, title or code), `date` ('YYYY-MM-DD'), `instant` (an ISO
 * timestamp), `offset` (a row count; its id is empty).
 */
export type CursorKeyKind = 'text' | 'date' | 'instant' | 'offset';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isoInstantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const MAX_OFFSET = 1_000_000;

function isValidKey(key: string, kind: CursorKeyKind): boolean {
  switch (kind) {
    case 'text':
      return key.length <= 500 && hasOnlyValidCharacters(key);
    case 'date':
      return isValidIsoDate(key);
    case 'instant': {
      const instant = new Date(key);
      return isoInstantPattern.test(key) && !Number.isNaN(instant.getTime()) && isInstantInRange(instant);
    }
    case 'offset':
      return /^\d{1,7}$/.test(key) && Number(key) <= MAX_OFFSET;
  }
}

function isValidId(id: string, kind: CursorKeyKind): boolean {
  return kind === 'offset' ? id === '' : uuidPattern.test(id);
}

function parseCursor(raw: string): unknown {
  try {
    return JSON.parse(fromBase64Url(raw));
  } catch {
    return null;
  }
}

/**
 * Null for no cursor (the first page). A cursor we did not write — not base64 JSON,
 * a non-uuid id, a key of the wrong kind — is refused with `INVALID_CURSOR` (400)
 * rather than passed to SQL.
 */
export function decodeCursor(raw: string | null | undefined, kind: CursorKeyKind = 'text'): KeysetCursor | null {
  if (!raw) return null;
  const parsed = parseCursor(raw);
  if (
    Array.isArray(parsed) &&
    parsed.length === 2 &&
    typeof parsed[0] === 'string' &&
    typeof parsed[1] === 'string' &&
    isValidKey(parsed[0], kind) &&
    isValidId(parsed[1], kind)
  ) {
    return { key: parsed[0], id: parsed[1] };
  }
  throw new DomainError('INVALID_CURSOR', { field: 'cursor' });
}

/**
 * Callers fetch `limit + 1` rows; the extra row only tells whether another page exists.
 */
export function toPage<T>(rows: T[], limit: number, cursorOf: (row: T) => KeysetCursor): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor(cursorOf(last)) : null;
  return { items, nextCursor };
}
