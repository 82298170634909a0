import type { GroupRole } from '../access/roles';
import type { AuditAction, AuditEntityType } from '../audit/audit.schema';
import type { Classification } from '../common/classification';
import type { DecisionLevel, DecisionOutcome, DecisionStatus } from '../decisions/decisions.constants';
import type { WorkingGroupStatus } from '../working-groups/working-groups.schema';
import { classificationRank } from '../common/classification';
import type {
  AddresseeState,
  RecommendationLevel,
  RecommendationSourceType,
  RecommendationStatus,
} from '../recommendations/recommendations.constants';

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

/** `workingGroups.status` in the web messages. */
export const workingGroupStatusLabels: Labels<WorkingGroupStatus> = {
  nl: {
    actief: 'Actief',
    afgerond: 'Afgerond',
    gearchiveerd: 'Gearchiveerd',
  },
  en: {
    actief: 'Active',
    afgerond: 'Completed',
    gearchiveerd: 'Archived',
  },
};

/** `roles.group` in the web messages. */
export const groupRoleLabels: Labels<GroupRole> = {
  nl: {
    chair: 'Voorzitter',
    member: 'Lid',
    observer: 'Waarnemer',
  },
  en: {
    chair: 'Chair',
    member: 'Member',
    observer: 'Observer',
  },
};

/** `decisions.outcome` in the web messages. */
export const decisionOutcomeLabels: Labels<DecisionOutcome> = {
  nl: {
    ALLOWED: 'Toegestaan',
    ALLOWED_WITH_CONDITIONS: 'Toegestaan onder voorwaarden',
    NOT_ALLOWED: 'Niet toegestaan',
    UNCLEAR: 'Onduidelijk, uitzoeken',
  },
  en: {
    ALLOWED: 'Allowed',
    ALLOWED_WITH_CONDITIONS: 'Allowed under conditions',
    NOT_ALLOWED: 'Not allowed',
    UNCLEAR: 'Unclear, to be investigated',
  },
};

/** `decisions.status` in the web messages. */
export const decisionStatusLabels: Labels<DecisionStatus> = {
  nl: {
    concept: 'Concept',
    voorgesteld: 'Voorgesteld',
    vastgesteld: 'Vastgesteld',
    vervangen: 'Vervangen',
    ingetrokken: 'Ingetrokken',
  },
  en: {
    concept: 'Draft (concept)',
    voorgesteld: 'Proposed (voorgesteld)',
    vastgesteld: 'Adopted (vastgesteld)',
    vervangen: 'Superseded (vervangen)',
    ingetrokken: 'Withdrawn (ingetrokken)',
  },
};

/** `decisions.level` in the web messages. */
export const decisionLevelLabels: Labels<DecisionLevel> = {
  nl: {
    operationeel: 'Operationeel',
    tactisch: 'Tactisch',
    bestuurlijk: 'Bestuurlijk',
    politiek: 'Politiek',
  },
  en: {
    operationeel: 'Operational',
    tactisch: 'Tactical',
    bestuurlijk: 'Administrative',
    politiek: 'Political',
  },
};

/** `workingGroups.audit.actions` in the web messages. */
export const auditActionLabels: Labels<AuditAction> = {
  nl: {
    create: 'aangemaakt',
    update: 'gewijzigd',
    delete: 'verwijderd',
    status: 'status gewijzigd',
    activate: 'geactiveerd',
    deactivate: 'gedeactiveerd',
    sign_in: 'ingelogd',
    sign_in_failed: 'inlogpoging mislukt',
    sign_in_throttled: 'inlogpoging geweigerd (te veel pogingen)',
    sign_in_refused: 'inloggen via organisatie geweigerd',
    sign_out: 'uitgelogd',
    approve: 'goedgekeurd',
    mfa_enrolled: 'tweestapsverificatie ingesteld',
    mfa_disabled: 'tweestapsverificatie uitgezet',
    mfa_reset: 'tweestapsverificatie gewist door beheer',
    mfa_recovery_codes_regenerated: 'nieuwe herstelcodes gemaakt',
    recovery_code_used: 'ingelogd met een herstelcode',
    session_ended: 'sessie beëindigd',
    sessions_ended_by_admin: 'alle sessies beëindigd door beheer',
  },
  en: {
    create: 'created',
    update: 'changed',
    delete: 'deleted',
    status: 'status changed',
    activate: 'activated',
    deactivate: 'deactivated',
    sign_in: 'signed in',
    sign_in_failed: 'sign-in failed',
    sign_in_throttled: 'sign-in refused (too many attempts)',
    sign_in_refused: 'sign-in through organisation refused',
    sign_out: 'signed out',
    approve: 'approved',
    mfa_enrolled: 'two-step verification set up',
    mfa_disabled: 'two-step verification switched off',
    mfa_reset: 'two-step verification reset by an admin',
    mfa_recovery_codes_regenerated: 'new recovery codes made',
    recovery_code_used: 'signed in with a recovery code',
    session_ended: 'session ended',
    sessions_ended_by_admin: 'all sessions ended by an admin',
  },
};

/** `workingGroups.audit.entities` in the web messages. */
export const auditEntityLabels: Labels<AuditEntityType> = {
  nl: {
    working_group: 'Werkgroep',
    membership: 'Lidmaatschap',
    user: 'Gebruiker',
    organisation: 'Organisatie',
    scenario: 'Scenario',
    exercise: 'Oefening',
    exercise_inject: 'Inject',
    exercise_observation: 'Observatie',
    improvement_action: 'Verbeteractie',
    calendar_feed: 'Agenda-abonnement',
    glossary_term: 'Begrip',
    glossary_comment: 'Opmerking bij begrip',
    decision: 'Besluit',
    legal_basis: 'Grondslag',
    placement: 'Liaisonplaatsing',
    placement_debrief: 'Debriefing',
    placement_extension: 'Verlengingsverzoek',
    placement_lesson: 'Les uit debriefing',
    recommendation: 'Aanbeveling',
    condition_assessment: 'Samenwerkingsscan',
    login_attempt: 'Inlogpoging',
    backup: 'Back-up',
    session: 'Sessie',
    identity_provider: 'Inlogprovider',
  },
  en: {
    working_group: 'Working group',
    membership: 'Membership',
    user: 'User',
    organisation: 'Organisation',
    scenario: 'Scenario',
    exercise: 'Exercise',
    exercise_inject: 'Inject',
    exercise_observation: 'Observation',
    improvement_action: 'Improvement action',
    calendar_feed: 'Calendar subscription',
    glossary_term: 'Term',
    glossary_comment: 'Comment on a term',
    decision: 'Decision',
    legal_basis: 'Legal basis',
    placement: 'Liaison placement',
    placement_debrief: 'Debrief',
    placement_extension: 'Extension request',
    placement_lesson: 'Debrief lesson',
    recommendation: 'Recommendation',
    condition_assessment: 'Cooperation scan',
    login_attempt: 'Sign-in attempt',
    backup: 'Backup',
    session: 'Session',
    identity_provider: 'Sign-in provider',
  },
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
    // Decisions (afwegingskader)
    decisions: 'Afwegingskader',
    question: 'Vraag',
    topic: 'Onderwerp',
    cooperationLevel: 'Samenwerkingsniveau',
    outcome: 'Uitkomst',
    decisionConditions: 'Voorwaarden',
    decisionLevel: 'Besluitniveau',
    decidedBy: 'Besloten door',
    decisionDate: 'Datum besluit',
    reviewDate: 'Herzien uiterlijk',
    legalBases: 'Grondslagen',
    tags: 'Trefwoorden',
    // Working groups
    workingGroups: 'Werkgroepen',
    name: 'Naam',
    theme: 'Vraagstuk',
    organisations: 'Organisaties',
    members: 'Leden',
    yourRole: 'Jouw rol',
    updatedAt: 'Laatst gewijzigd',
    // Audit trail
    auditTrail: 'Audittrail',
    when: 'Wanneer',
    who: 'Wie',
    action: 'Handeling',
    entity: 'Soort record',
    entityId: 'Record (id)',
    changes: 'Wijzigingen',
    originIp: 'IP-adres',
    system: 'Systeem',
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
    decisions: 'Decision framework',
    question: 'Question',
    topic: 'Topic',
    cooperationLevel: 'Cooperation level',
    outcome: 'Outcome',
    decisionConditions: 'Conditions',
    decisionLevel: 'Decision level',
    decidedBy: 'Decided by',
    decisionDate: 'Decision date',
    reviewDate: 'Review by',
    legalBases: 'Legal bases',
    tags: 'Tags',
    workingGroups: 'Working groups',
    name: 'Name',
    theme: 'Issue',
    organisations: 'Organisations',
    members: 'Members',
    yourRole: 'Your role',
    updatedAt: 'Last changed',
    auditTrail: 'Audit trail',
    when: 'When',
    who: 'Who',
    action: 'Action',
    entity: 'Kind of record',
    entityId: 'Record (id)',
    changes: 'Changes',
    originIp: 'IP address',
    system: 'System',
  },
} as const satisfies Labels<string>;
