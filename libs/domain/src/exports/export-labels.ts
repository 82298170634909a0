import type { Classification } from '../common/classification';
import { classificationRank } from '../common/classification';
import type {
  AddresseeState,
  RecommendationLevel,
  RecommendationSourceType,
  RecommendationStatus,
} from '../recommendations/recommendations.schema';

/**
 * The labels exports write, in the UI's two languages. The web messages carry
 * the same words under the same keys (`apps/web/src/i18n/export-labels.test.ts`
 * fails when they drift), so a file says what the screen says.
 */
export const exportLocales = ['nl', 'en'] as const;
export type ExportLocale = (typeof exportLocales)[number];

export function isExportLocale(value: unknown): value is ExportLocale {
  return typeof value === 'string' && (exportLocales as readonly string[]).includes(value);
}

/** `?taal=` / `?lang=` first, then the `NEXT_LOCALE` cookie, then Dutch. */
export function exportLocaleFrom(query: { taal?: string | null; lang?: string | null }, cookieLocale?: string | null) {
  for (const candidate of [query.taal, query.lang, cookieLocale]) if (isExportLocale(candidate)) return candidate;
  return 'nl' satisfies ExportLocale;
}

type Labels<K extends string> = Record<ExportLocale, Record<K, string>>;

/** `common.classification` in the web messages. */
export const classificationLabels: Labels<Classification> = {
  nl: { ONGERUBRICEERD: 'Ongerubriceerd', DEPARTEMENTAAL_VERTROUWELIJK: 'Departementaal vertrouwelijk' },
  en: { ONGERUBRICEERD: 'Unclassified', DEPARTEMENTAAL_VERTROUWELIJK: 'Departmental confidential' },
};

/** The highest classification among the rows (unclassified when there are none). */
export function highestClassification(levels: Iterable<Classification>): Classification {
  let highest: Classification = 'ONGERUBRICEERD';
  for (const level of levels) if (classificationRank(level) > classificationRank(highest)) highest = level;
  return highest;
}

/** `recommendations.status` in the web messages. */
export const recommendationStatusLabels: Labels<RecommendationStatus> = {
  nl: {
    voorgesteld: 'Voorgesteld',
    aanvaard: 'Aanvaard',
    niet_aanvaard: 'Niet aanvaard',
    in_uitvoering: 'In uitvoering',
    uitgevoerd: 'Uitgevoerd',
    geverifieerd: 'Geverifieerd',
    vervallen: 'Vervallen',
  },
  en: {
    voorgesteld: 'Proposed',
    aanvaard: 'Accepted',
    niet_aanvaard: 'Not accepted',
    in_uitvoering: 'In progress',
    uitgevoerd: 'Implemented',
    geverifieerd: 'Verified',
    vervallen: 'Lapsed',
  },
};

/** `recommendations.level` in the web messages. */
export const recommendationLevelLabels: Labels<RecommendationLevel> = {
  nl: { bestuurlijk: 'Bestuurlijk', operationeel: 'Operationeel' },
  en: { bestuurlijk: 'Governance', operationeel: 'Operational' },
};

/** `recommendations.source` in the web messages. */
export const recommendationSourceLabels: Labels<RecommendationSourceType> = {
  nl: {
    thesis: 'Scriptie',
    exercise_evaluation: 'Oefenevaluatie',
    liaison_debrief: 'Liaison-evaluatie',
    legal_decision: 'Juridisch besluit',
    working_group: 'Werkgroep',
    audit: 'Audit',
    other: 'Overig',
  },
  en: {
    thesis: 'Thesis',
    exercise_evaluation: 'Exercise evaluation',
    liaison_debrief: 'Liaison debrief',
    legal_decision: 'Legal decision',
    working_group: 'Working group',
    audit: 'Audit',
    other: 'Other',
  },
};

/** `recommendations.addresseeState` in the web messages. */
export const addresseeStateLabels: Labels<AddresseeState> = {
  nl: { open: 'Nog niet gestart', in_uitvoering: 'In uitvoering', uitgevoerd: 'Uitgevoerd' },
  en: { open: 'Not started', in_uitvoering: 'In progress', uitgevoerd: 'Implemented' },
};

/** Words of the export files themselves (column headings, yes/no, the management level). */
export const exportWords = {
  nl: {
    yes: 'ja',
    no: 'nee',
    managementLevel: 'Bestuurlijk',
    classification: 'Rubricering',
    code: 'Code',
    title: 'Titel',
    status: 'Status',
    level: 'Niveau',
    source: 'Bron',
    group: 'Werkgroep',
    owner: 'Eigenaar',
    dueDate: 'Termijn',
    overdue: 'Over de termijn',
    priority: 'Prioriteit',
    addressees: 'Geadresseerden',
    conditions: 'Voorwaarden',
    proposedOn: 'Voorgesteld op',
    register: 'Register',
  },
  en: {
    yes: 'yes',
    no: 'no',
    managementLevel: 'Governance',
    classification: 'Classification',
    code: 'Code',
    title: 'Title',
    status: 'Status',
    level: 'Level',
    source: 'Source',
    group: 'Working group',
    owner: 'Owner',
    dueDate: 'Due date',
    overdue: 'Overdue',
    priority: 'Priority',
    addressees: 'Addressees',
    conditions: 'Conditions',
    proposedOn: 'Proposed on',
    register: 'Register',
  },
} as const satisfies Labels<string>;
