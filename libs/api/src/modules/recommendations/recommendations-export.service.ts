import ExcelJS from 'exceljs';
import { listRecommendations, type RecommendationSummary } from '@srw/db';
import { type Actor, type ProgressSummary, type RecommendationDashboardInput, todayInNetherlands } from '@srw/domain';
import type { ServiceContext } from '../../context';
import { writeCsv } from '../../csv';
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

const registerHeader = [
  'Code',
  'Titel',
  'Status',
  'Niveau',
  'Bron',
  'Werkgroep',
  'Eigenaar',
  'Termijn',
  'Over de termijn',
  'Prioriteit',
  'Geadresseerden',
  'Voorwaarden',
  'Voorgesteld op',
  'Rubricering',
];

export function registerRows(items: readonly RecommendationSummary[]): string[][] {
  return items.map((r) => [
    r.code,
    r.title,
    r.status,
    r.level,
    r.sourceType,
    r.groupName ?? '',
    r.ownerName ?? '',
    r.dueDate ?? '',
    r.overdue ? 'ja' : 'nee',
    r.priority ? 'ja' : 'nee',
    r.addressees.map((a) => `${a.code}: ${a.state}`).join(', '),
    r.conditionIds.join(', '),
    r.proposedOn,
    r.classification,
  ]);
}

function figureRows(
  title: string,
  rows: readonly ProgressSummary[],
  labelOf: (row: ProgressSummary) => string,
): (string | number)[][] {
  return [
    [title],
    ['Naam', 'Totaal', 'Open', 'Uitgevoerd', 'Vervallen of niet aanvaard', 'Over de termijn', '% uitgevoerd'],
    ...rows.map((r) => [labelOf(r), r.total, r.open, r.implemented, r.dropped, r.overdue, r.percentImplemented]),
    [],
  ];
}

/** The register as the CSV export answers it: every recommendation the actor sees that matches the filter. */
export async function recommendationRegisterCsv(
  ctx: ServiceContext,
  actor: Actor,
  filter: RecommendationDashboardInput,
): Promise<string> {
  const items = await exportRecommendationRegister(ctx, actor, filter);
  return writeCsv([registerHeader, ...registerRows(items)]);
}

/** The register with the dashboard figures as an Excel workbook, for the actor's view. */
export async function recommendationRegisterXlsx(
  ctx: ServiceContext,
  actor: Actor,
  filter: RecommendationDashboardInput,
): Promise<Uint8Array<ArrayBuffer>> {
  const items = await exportRecommendationRegister(ctx, actor, filter);
  const dashboard = await recommendationDashboard(ctx, actor, filter);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samenwerkingsruimte';
  const register = workbook.addWorksheet('Register');
  register.addRow(registerHeader).font = { bold: true };
  for (const row of registerRows(items)) register.addRow(row);
  register.columns.forEach((column) => {
    column.width = 18;
  });
  const figures = workbook.addWorksheet('Cijfers');
  const rows = [
    ['Stand per', dashboard.today],
    [],
    ...figureRows('Totaal', [dashboard.total], () => 'Alle aanbevelingen'),
    ...figureRows('Per organisatie', dashboard.byOrganisation, (r) => r.label),
    ...figureRows('Per niveau', dashboard.byLevel, (r) => r.key),
    ...figureRows('Per bron', dashboard.bySource, (r) => r.key),
    ...figureRows('Per werkgroep', dashboard.byGroup, (r) => (r.key === 'none' ? 'Managementniveau' : r.label)),
    ...figureRows(
      'Per categorie (Triade)',
      dashboard.conditions.map((c) => ({ ...c.summary, label: `${c.id}. ${c.labelNl}` })),
      (r) => r.label,
    ),
    ['Trend (eind van de maand)'],
    ['Maand', 'Open', 'Uitgevoerd'],
    ...dashboard.trend.map((p) => [p.month, p.open, p.implemented]),
  ];
  for (const row of rows) figures.addRow(row);
  figures.getColumn(1).width = 40;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
