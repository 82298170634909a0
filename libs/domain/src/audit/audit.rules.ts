/** Fields that never go into an audit snapshot. */
const redactedFields = new Set(['password', 'passwordHash', 'token']);

export function toAuditSnapshot(record: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!record) return null;
  const snapshot: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (redactedFields.has(key)) continue;
    snapshot[key] = value instanceof Date ? value.toISOString() : value;
  }
  return snapshot;
}
