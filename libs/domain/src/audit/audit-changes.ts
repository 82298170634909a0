/** Fields that are bookkeeping, not content: left out of the change list. */
const hiddenFields = new Set(['id', 'version', 'createdAt', 'updatedAt', 'createdBy']);

/** A snapshot value as one line of text; empty is an em dash. */
export function displayAuditValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map(displayAuditValue).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** What an audit event changed, field by field, as the trail page and its export show it. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys]
    .filter((key) => !hiddenFields.has(key))
    .filter((key) => displayAuditValue(before?.[key]) !== displayAuditValue(after?.[key]))
    .map((key) => ({
      key,
      before: before ? displayAuditValue(before[key]) : '—',
      after: after ? displayAuditValue(after[key]) : '—',
    }));
}
