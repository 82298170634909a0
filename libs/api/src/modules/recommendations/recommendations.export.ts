import ExcelJS from 'exceljs';
import type { RecommendationSummary } from '@srw/db';
import {
  invalidRecommendationFilterNames,
  isDomainError,
  parseRecommendationFilterQuery,
  toRecommendationFilter,
  type Actor,
  type ProgressSummary,
  type RecommendationDashboardInput,
} from '@srw/domain';
import { createContext, type ServiceContext } from '../../context';
import { getRuntime } from '../../runtime';
import { exportRecommendationRegister, recommendationDashboard } from './recommendations.service';

const registerHeader = ['Code', 'Titel', 'Status', 'Niveau', 'Bron', 'Werkgroep', 'Eigenaar', 'Termijn', 'Over de termijn', 'Prioriteit', 'Geadresseerden', 'Voorwaarden', 'Voorgesteld op', 'Rubricering'];

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

/** CSV as Dutch spreadsheet programs read it: semicolons, quoted where needed, with a BOM for the accents. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const cell = (value: string) => {
    // A leading =, +, - or @ would be run as a formula by spreadsheet programs.
    const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
    return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}

function figureRows(title: string, rows: readonly ProgressSummary[], labelOf: (row: ProgressSummary) => string): (string | number)[][] {
  return [
    [title],
    ['Naam', 'Totaal', 'Open', 'Uitgevoerd', 'Vervallen of niet aanvaard', 'Over de termijn', '% uitgevoerd'],
    ...rows.map((r) => [labelOf(r), r.total, r.open, r.implemented, r.dropped, r.overdue, r.percentImplemented]),
    [],
  ];
}

/** The register as the CSV export answers it: every recommendation the actor sees that matches the filter. */
export async function recommendationRegisterCsv(ctx: ServiceContext, actor: Actor, filter: RecommendationDashboardInput): Promise<string> {
  const items = await exportRecommendationRegister(ctx, actor, filter);
  return toCsv([registerHeader, ...registerRows(items)]);
}

/**
 * GET /api/export/aanbevelingen?format=csv|xlsx&<filters>: the register (CSV),
 * or the register with the dashboard figures (XLSX), for the signed-in user's view.
 */
export async function handleRecommendationExport(req: Request): Promise<Response> {
  const runtime = await getRuntime();
  const ctx = await createContext({
    headers: req.headers,
    resHeaders: new Headers(),
    db: runtime.handle.db,
    auth: runtime.auth,
    classificationCeiling: runtime.config.classificationCeiling,
  });
  if (!ctx.user) return new Response('Je bent niet (meer) ingelogd.', { status: 401 });
  const url = new URL(req.url);
  const format = url.searchParams.get('format') === 'xlsx' ? 'xlsx' : 'csv';
  // The same Dutch filter names as the dashboard's address (`?voorwaarde=3&niveau=…`).
  const params = Object.fromEntries(url.searchParams.entries());
  const invalid = invalidRecommendationFilterNames(params);
  if (invalid.length > 0) return new Response(`Ongeldige filters: ${invalid.join(', ')}.`, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const filter = { data: toRecommendationFilter(parseRecommendationFilterQuery(params)) };
  try {
    const stamp = new Date().toISOString().slice(0, 10);
    if (format === 'csv') {
      return new Response(await recommendationRegisterCsv(ctx, ctx.user, filter.data), {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="aanbevelingen-${stamp}.csv"`,
          'cache-control': 'no-store',
        },
      });
    }
    const items = await exportRecommendationRegister(ctx, ctx.user, filter.data);
    const dashboard = await recommendationDashboard(ctx, ctx.user, filter.data);
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
      ...figureRows('Per categorie (Triade)', dashboard.conditions.map((c) => ({ ...c.summary, label: `${c.id}. ${c.labelNl}` })), (r) => r.label),
      ['Trend (eind van de maand)'],
      ['Maand', 'Open', 'Uitgevoerd'],
      ...dashboard.trend.map((p) => [p.month, p.open, p.implemented]),
    ];
    for (const row of rows) figures.addRow(row);
    figures.getColumn(1).width = 40;
    const buffer = await workbook.xlsx.writeBuffer();
    return new Response(new Uint8Array(buffer), {
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="aanbevelingen-${stamp}.xlsx"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    if (isDomainError(error) && error.kind === 'NOT_FOUND') return new Response(error.message, { status: 404 });
    throw error;
  }
}
