import { listRecommendations, type RecommendationSummary } from '@srw/db';
import {
  addresseeStateLabels,
  classificationLabels,
  exportWords,
  highestClassification,
  recommendationLevelLabels,
  recommendationLevels,
  recommendationSourceLabels,
  recommendationSourceTypes,
  recommendationStatusLabels,
  todayInNetherlands,
  type Actor,
  type ExportLocale,
  type ProgressSummary,
  type RecommendationDashboardInput,
  type RecommendationLevel,
  type RecommendationSourceType,
} from '@srw/domain';
import type { ServiceContext } from '../../context';
import { tableCsv } from '../../csv';
import {
  addTableSheet,
  calendarDateCell,
  classificationMarking,
  newWorkbook,
  workbookBytes,
  type ExportTable,
} from '../../xlsx';
import { loadGroupAccess } from '../working-groups/working-groups-access';
import { recommendationScopeOf } from './recommendations-access';
import { recommendationDashboard } from './recommendations-dashboard.service';

/** Every visible recommendation matching the filter, for the XLSX/CSV export (bounded). */
export async function exportRecommendationRegister(
  ctx: ServiceContext,
  actor: Actor,
  input: RecommendationDashboardInput,
) {
  if (input.groupId && input.groupId !== 'none') await loadGroupAccess(ctx.db, actor, input.groupId);
  const page = await listRecommendations(ctx.db, {
    ...input,
    scope: recommendationScopeOf(actor),
    today: todayInNetherlands(),
    limit: 5000,
  });
  return page.items;
}

function isRecommendationLevel(key: string): key is RecommendationLevel {
  return (recommendationLevels as readonly string[]).includes(key);
}

function isRecommendationSource(key: string): key is RecommendationSourceType {
  return (recommendationSourceTypes as readonly string[]).includes(key);
}

const figureWords = {
  nl: {
    sheet: 'Cijfers',
    asOf: 'Stand per',
    total: 'Totaal',
    all: 'Alle aanbevelingen',
    byOrganisation: 'Per organisatie',
    byLevel: 'Per niveau',
    bySource: 'Per bron',
    byGroup: 'Per werkgroep',
    byCondition: 'Per categorie (Triade)',
    trend: 'Trend (eind van de maand)',
    month: 'Maand',
    open: 'Open',
    implemented: 'Uitgevoerd',
    columns: ['Naam', 'Totaal', 'Open', 'Uitgevoerd', 'Vervallen of niet aanvaard', 'Over de termijn', '% uitgevoerd'],
  },
  en: {
    sheet: 'Figures',
    asOf: 'As of',
    total: 'Total',
    all: 'All recommendations',
    byOrganisation: 'By organisation',
    byLevel: 'By level',
    bySource: 'By source',
    byGroup: 'By working group',
    byCondition: 'By category (Triade)',
    trend: 'Trend (end of month)',
    month: 'Month',
    open: 'Open',
    implemented: 'Implemented',
    columns: ['Name', 'Total', 'Open', 'Implemented', 'Lapsed or not accepted', 'Overdue', '% implemented'],
  },
};

/** The register as one export table, in the actor's language, with the UI's labels. */
export function registerTable(items: readonly RecommendationSummary[], locale: ExportLocale): ExportTable {
  const w = exportWords[locale];
  return {
    name: w.register,
    locale,
    classification: highestClassification(items.map((r) => r.classification)),
    columns: [
      { header: w.code },
      { header: w.title },
      { header: w.status },
      { header: w.level },
      { header: w.source },
      { header: w.group },
      { header: w.owner },
      { header: w.dueDate, kind: 'date' },
      { header: w.overdue },
      { header: w.priority },
      { header: w.addressees },
      { header: w.conditions },
      { header: w.proposedOn, kind: 'date' },
      { header: w.classification },
    ],
    rows: items.map((r) => [
      r.code,
      r.title,
      recommendationStatusLabels[locale][r.status],
      recommendationLevelLabels[locale][r.level],
      recommendationSourceLabels[locale][r.sourceType],
      r.groupName ?? w.managementLevel,
      r.ownerName ?? '',
      r.dueDate,
      r.overdue ? w.yes : w.no,
      r.priority ? w.yes : w.no,
      r.addressees.map((a) => `${a.code}: ${addresseeStateLabels[locale][a.state]}`).join(', '),
      r.conditionIds.join(', '),
      r.proposedOn,
      classificationLabels[locale][r.classification],
    ]),
  };
}

function figureRows(
  locale: ExportLocale,
  title: string,
  rows: readonly ProgressSummary[],
  labelOf: (row: ProgressSummary) => string,
): (string | number | Date | null)[][] {
  return [
    [title],
    figureWords[locale].columns,
    ...rows.map((r) => [labelOf(r), r.total, r.open, r.implemented, r.dropped, r.overdue, r.percentImplemented]),
    [],
  ];
}

/** The register as the CSV export answers it: every recommendation the actor sees that matches the filter. */
export async function recommendationRegisterCsv(
  ctx: ServiceContext,
  actor: Actor,
  filter: RecommendationDashboardInput,
  locale: ExportLocale,
): Promise<string> {
  const items = await exportRecommendationRegister(ctx, actor, filter);
  return tableCsv(registerTable(items, locale));
}

/** The register with the dashboard figures as an Excel workbook, for the actor's view. */
export async function recommendationRegisterXlsx(
  ctx: ServiceContext,
  actor: Actor,
  filter: RecommendationDashboardInput,
  locale: ExportLocale,
): Promise<Uint8Array<ArrayBuffer>> {
  const items = await exportRecommendationRegister(ctx, actor, filter);
  const dashboard = await recommendationDashboard(ctx, actor, filter);
  const workbook = newWorkbook();
  const table = registerTable(items, locale);
  addTableSheet(workbook, table);
  const f = figureWords[locale];
  const marking = classificationMarking(locale, table.classification);
  const figures = workbook.addWorksheet(f.sheet, {
    headerFooter: { oddHeader: `&C${marking}`, oddFooter: `&C${marking}` },
  });
  const rows = [
    [marking],
    [f.asOf, calendarDateCell(dashboard.today)],
    [],
    ...figureRows(locale, f.total, [dashboard.total], () => f.all),
    ...figureRows(locale, f.byOrganisation, dashboard.byOrganisation, (r) => r.label),
    ...figureRows(locale, f.byLevel, dashboard.byLevel, (r) =>
      isRecommendationLevel(r.key) ? recommendationLevelLabels[locale][r.key] : r.label,
    ),
    ...figureRows(locale, f.bySource, dashboard.bySource, (r) =>
      isRecommendationSource(r.key) ? recommendationSourceLabels[locale][r.key] : r.label,
    ),
    ...figureRows(locale, f.byGroup, dashboard.byGroup, (r) =>
      r.key === 'none' ? exportWords[locale].managementLevel : r.label,
    ),
    ...figureRows(
      locale,
      f.byCondition,
      dashboard.conditions.map((c) => ({ ...c.summary, label: `${c.id}. ${locale === 'nl' ? c.labelNl : c.labelEn}` })),
      (r) => r.label,
    ),
    [f.trend],
    [f.month, f.open, f.implemented],
    ...dashboard.trend.map((p) => [p.month, p.open, p.implemented]),
  ];
  for (const row of rows) figures.addRow(row);
  figures.getCell('B2').numFmt = locale === 'nl' ? 'dd-mm-yyyy' : 'yyyy-mm-dd';
  figures.getColumn(1).width = 40;
  return workbookBytes(workbook);
}
