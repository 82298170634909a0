import { listWorkingGroups, type WorkingGroupSummary } from '@srw/db';
import {
  classificationLabels,
  exportWords,
  groupRoleLabels,
  highestClassification,
  readsEveryGroup,
  workingGroupStatusLabels,
  type Actor,
  type ExportLocale,
  type WorkingGroupStatus,
} from '@srw/domain';
import type { ServiceContext } from '../../context';
import type { ExportTable } from '../../xlsx';

const EXPORT_LIMIT = 5000;
const PAGE = 200;

/** The working groups the list shows this reader (their own, or all for management and admins), as one table. */
export async function workingGroupsExportTable(
  ctx: ServiceContext,
  actor: Actor,
  filter: { scope: 'mine' | 'all'; status?: WorkingGroupStatus | undefined },
  locale: ExportLocale,
): Promise<ExportTable> {
  const groups: WorkingGroupSummary[] = [];
  let cursor: string | null = null;
  do {
    const page = await listWorkingGroups(ctx.db, {
      userId: actor.userId,
      allGroups: filter.scope === 'all' && readsEveryGroup(actor),
      status: filter.status,
      cursor,
      limit: PAGE,
    });
    groups.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && groups.length < EXPORT_LIMIT);
  const w = exportWords[locale];
  return {
    name: w.workingGroups,
    locale,
    classification: highestClassification(groups.map((g) => g.classification)),
    columns: [
      { header: w.name },
      { header: w.theme },
      { header: w.status },
      { header: w.organisations },
      { header: w.members },
      { header: w.yourRole },
      { header: w.updatedAt, kind: 'dateTime' },
      { header: w.classification },
    ],
    rows: groups.map((g) => [
      g.name,
      g.theme,
      workingGroupStatusLabels[locale][g.status],
      g.organisationCodes.join(', '),
      g.memberCount,
      g.myRole ? groupRoleLabels[locale][g.myRole] : '',
      g.updatedAt.toISOString(),
      classificationLabels[locale][g.classification],
    ]),
  };
}
