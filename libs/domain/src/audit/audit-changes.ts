/** Fields that are bookkeeping, not content: left out of the change list. */
const hiddenFields = new Set([
  'id',
  'version',
  'createdAt',
  'updatedAt',
  'createdBy',
  'searchDocument',
  'searchLabels',
]);

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record id: meaningless to a reader, so the trail never shows one as a value. */
export function isRecordId(value: unknown): boolean {
  return typeof value === 'string' && uuidPattern.test(value);
}

/** A record id or a list of them: hidden from the change list. */
function holdsOnlyRecordIds(value: unknown): boolean {
  return isRecordId(value) || (Array.isArray(value) && value.length > 0 && value.every(isRecordId));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A snapshot value as one line of text; empty is an em dash; never a JSON blob. */
export function displayAuditValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) {
    const shown = value.filter((item) => !isPlainObject(item) && !isRecordId(item)).map(displayAuditValue);
    return shown.length > 0 ? shown.join(', ') : value.length > 0 ? String(value.length) : '—';
  }
  if (isPlainObject(value)) {
    const parts = Object.entries(value)
      .filter(([, inner]) => !isPlainObject(inner) && !isRecordId(inner) && inner !== null && inner !== '')
      .map(([key, inner]) => `${key}: ${displayAuditValue(inner)}`);
    return parts.length > 0 ? parts.join('; ') : '—';
  }
  return String(value);
}

/** Objects one level deep become `parent.child` fields, so `definitions.DEFENSIE` is a row of its own. */
function flatten(snapshot: Record<string, unknown> | null): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(snapshot ?? {})) {
    if (isPlainObject(value))
      for (const [inner, innerValue] of Object.entries(value)) flat[`${key}.${inner}`] = innerValue;
    else flat[key] = value;
  }
  return flat;
}

/**
 * What an audit event changed, field by field, as the trail page and its export show it.
 * Bookkeeping fields and fields holding only record ids are left out (ids mean nothing to a reader).
 */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  const flatBefore = flatten(before);
  const flatAfter = flatten(after);
  const keys = new Set([...Object.keys(flatBefore), ...Object.keys(flatAfter)]);
  return [...keys]
    .filter((key) => !hiddenFields.has(key))
    .filter((key) => !holdsOnlyRecordIds(flatBefore[key]) && !holdsOnlyRecordIds(flatAfter[key]))
    .filter((key) => displayAuditValue(flatBefore[key]) !== displayAuditValue(flatAfter[key]))
    .map((key) => ({
      key,
      before: before ? displayAuditValue(flatBefore[key]) : '—',
      after: after ? displayAuditValue(flatAfter[key]) : '—',
    }));
}

/** A snapshot with the record ids it knows a name for (e.g. organisations) replaced by that name. */
export function withRecordNames(
  snapshot: Record<string, unknown> | null,
  names: ReadonlyMap<string, string>,
): Record<string, unknown> | null {
  if (!snapshot) return snapshot;
  const named = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(named) : typeof value === 'string' ? (names.get(value) ?? value) : value;
  return Object.fromEntries(Object.entries(snapshot).map(([key, value]) => [key, named(value)]));
}
