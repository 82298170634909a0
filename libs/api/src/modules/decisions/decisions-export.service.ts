import { listDecisionsForOverview } from '@srw/db';
import {
  classificationLabels,
  decisionLevelLabels,
  decisionOutcomeLabels,
  decisionStatusLabels,
  exportWords,
  highestClassification,
  type Actor,
  type DecisionFilters,
  type ExportLocale,
} from '@srw/domain';
import type { ServiceContext } from '../../context';
import type { ExportTable } from '../../xlsx';
import { readCooperationLevels } from '../reference/reference-read.service';
import { decisionReaderOf } from './decisions-access';
import { OVERVIEW_LIMIT } from './decisions-read.service';

/** The framework as the overview shows it to this reader, with the overview's filters, as one table. */
export async function decisionsExportTable(
  ctx: ServiceContext,
  actor: Actor,
  filters: DecisionFilters,
  locale: ExportLocale,
): Promise<ExportTable> {
  const [rows, levels] = await Promise.all([
    listDecisionsForOverview(ctx.db, { reader: decisionReaderOf(ctx, actor), filters, limit: OVERVIEW_LIMIT }),
    readCooperationLevels(ctx),
  ]);
  const levelLabel = new Map(levels.map((l) => [l.code, locale === 'nl' ? l.labelNl : l.labelEn]));
  const w = exportWords[locale];
  return {
    name: w.decisions,
    locale,
    classification: highestClassification(rows.map((r) => r.classification)),
    columns: [
      { header: w.question },
      { header: w.group },
      { header: w.cooperationLevel },
      { header: w.topic },
      { header: w.outcome },
      { header: w.decisionConditions },
      { header: w.status },
      { header: w.decisionLevel },
      { header: w.decidedBy },
      { header: w.decisionDate, kind: 'date' },
      { header: w.reviewDate, kind: 'date' },
      { header: w.legalBases },
      { header: w.tags },
      { header: w.classification },
    ],
    rows: rows.map((d) => [
      d.question,
      d.groupName,
      levelLabel.get(d.cooperationLevel) ?? d.cooperationLevel,
      d.topic,
      decisionOutcomeLabels[locale][d.outcome],
      d.conditions.map((c) => (c.code ? `${c.code}: ${c.text}` : c.text)).join('\n'),
      decisionStatusLabels[locale][d.status],
      d.decisionLevel ? decisionLevelLabels[locale][d.decisionLevel] : '',
      d.decidedBy,
      d.decisionDate,
      d.reviewDate,
      d.legalBases.map((b) => `${b.code} ${b.title}`).join('\n'),
      d.tags.join(', '),
      classificationLabels[locale][d.classification],
    ]),
  };
}
