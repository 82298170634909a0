import type { AuditEventView } from '@srw/db';
import {
  auditActionLabels,
  auditEntityLabels,
  changedFields,
  classificationSchema,
  exportWords,
  highestClassification,
  type Actor,
  type AuditExportFilter,
  type Classification,
  type ExportLocale,
} from '@srw/domain';
import type { ServiceContext } from '../../context';
import type { ExportTable } from '../../xlsx';
import { listAudit } from './audit-read.service';

const EXPORT_LIMIT = 10_000;
const PAGE = 500;

function labelOf(labels: Record<string, string>, key: string): string {
  return labels[key] ?? key;
}

/** The classifications named in the events' snapshots: the trail is as sensitive as what it records. */
function snapshotClassifications(events: readonly AuditEventView[]): Classification[] {
  return events.flatMap((e) =>
    [e.before?.['classification'], e.after?.['classification']].flatMap((value) => {
      const parsed = classificationSchema.safeParse(value);
      return parsed.success ? [parsed.data] : [];
    }),
  );
}

/** The audit trail as `/beheer/audittrail` (admins) or a group's page (its chairs) shows it, newest first. */
export async function auditExportTable(
  ctx: ServiceContext,
  actor: Actor,
  filter: AuditExportFilter,
  locale: ExportLocale,
): Promise<ExportTable> {
  const events: AuditEventView[] = [];
  let cursor: string | null = null;
  do {
    // Through the list's own service, so the export has exactly its access rules (and its filters).
    const page = await listAudit(ctx, actor, {
      ...filter,
      includeSignIns: filter.includeSignIns ?? false,
      cursor,
      limit: PAGE,
    });
    events.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && events.length < EXPORT_LIMIT);
  const w = exportWords[locale];
  return {
    name: w.auditTrail,
    locale,
    classification: highestClassification(snapshotClassifications(events)),
    columns: [
      { header: w.when, kind: 'dateTime' },
      { header: w.who },
      { header: w.action },
      { header: w.entity },
      { header: w.entityId },
      { header: w.changes },
      { header: w.originIp },
    ],
    rows: events.map((e) => [
      e.occurredAt.toISOString(),
      e.actorName ?? w.system,
      labelOf(auditActionLabels[locale], e.action),
      labelOf(auditEntityLabels[locale], e.entityType),
      e.entityId,
      changedFields(e.before, e.after)
        .map((c) => `${c.key}: ${c.before} → ${c.after}`)
        .join('\n'),
      e.originIp ?? '',
    ]),
  };
}
