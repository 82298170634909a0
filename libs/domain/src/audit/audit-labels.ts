import type { ExportLocale } from '../exports/export-labels';
import type { AuditEntityType } from './audit.schema';

/** Labels of the fields that recur in snapshots and version histories; others fall back to `humaniseFieldKey`. */
export const auditFieldLabels: Record<ExportLocale, Record<string, string>> = {
  nl: {
    name: 'Naam',
    title: 'Titel',
    theme: 'Thema',
    description: 'Beschrijving',
    status: 'Status',
    classification: 'Rubricering',
    role: 'Rol',
    globalRole: 'Rol in de applicatie',
    organisationId: 'Organisatie',
    organisationIds: 'Organisaties',
    email: 'E-mailadres',
    active: 'Actief',
    question: 'Vraag',
    topic: 'Onderwerp',
    context: 'Context',
    options: 'Opties',
    outcome: 'Uitspraak',
    conditions: 'Voorwaarden',
    consequences: 'Gevolgen',
    cooperationLevel: 'Samenwerkingsniveau',
    decisionLevel: 'Besluitniveau',
    decisionDate: 'Besluitdatum',
    decidedBy: 'Besloten door',
    reviewDate: 'Herzieningsdatum',
    reviewReason: 'Reden voor herziening',
    withdrawnReason: 'Reden van intrekking',
    tags: 'Trefwoorden',
    prefLabel: 'Voorkeursterm',
    scopeNote: 'Toelichting',
    definitions: 'Definities',
    jointDefinition: 'Gezamenlijke definitie',
    jointDefinitionSource: 'Bron gezamenlijke definitie',
    divergent: 'Afwijkend',
    divergenceNote: 'Toelichting op de afwijking',
    abbreviations: 'Afkortingen',
    synonyms: 'Synoniemen',
    hiddenLabels: 'Verborgen zoektermen',
    validFrom: 'Geldig vanaf',
    validUntil: 'Geldig tot',
    startDate: 'Begindatum',
    endDate: 'Einddatum',
    dueDate: 'Streefdatum',
    location: 'Locatie',
    notes: 'Notities',
  },
  en: {
    name: 'Name',
    title: 'Title',
    theme: 'Theme',
    description: 'Description',
    status: 'Status',
    classification: 'Classification',
    role: 'Role',
    globalRole: 'Application role',
    organisationId: 'Organisation',
    organisationIds: 'Organisations',
    email: 'Email address',
    active: 'Active',
    question: 'Question',
    topic: 'Topic',
    context: 'Context',
    options: 'Options',
    outcome: 'Decision',
    conditions: 'Conditions',
    consequences: 'Consequences',
    cooperationLevel: 'Cooperation level',
    decisionLevel: 'Decision level',
    decisionDate: 'Decision date',
    decidedBy: 'Decided by',
    reviewDate: 'Review date',
    reviewReason: 'Reason for review',
    withdrawnReason: 'Reason for withdrawal',
    tags: 'Tags',
    prefLabel: 'Preferred term',
    scopeNote: 'Scope note',
    definitions: 'Definitions',
    jointDefinition: 'Joint definition',
    jointDefinitionSource: 'Source of the joint definition',
    divergent: 'Divergent',
    divergenceNote: 'Note on the divergence',
    abbreviations: 'Abbreviations',
    synonyms: 'Synonyms',
    hiddenLabels: 'Hidden search terms',
    validFrom: 'Valid from',
    validUntil: 'Valid until',
    startDate: 'Start date',
    endDate: 'End date',
    dueDate: 'Due date',
    location: 'Location',
    notes: 'Notes',
  },
};

/** `scopeNote` → "Scope note", `review_date` → "Review date": a readable name for a field without a label. */
export function humaniseFieldKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A field's label; `definitions.DEFENSIE` becomes "Definities (DEFENSIE)". */
export function auditFieldLabel(key: string, locale: ExportLocale): string {
  const [head = key, ...rest] = key.split('.');
  const label = auditFieldLabels[locale][head] ?? humaniseFieldKey(head);
  return rest.length > 0 ? `${label} (${rest.join('.')})` : label;
}

const recordRoutes: Partial<Record<AuditEntityType, string>> = {
  working_group: '/werkgroepen',
  scenario: '/scenarios',
  exercise: '/oefeningen',
  glossary_term: '/begrippenlijst',
  decision: '/afwegingskader',
  placement: '/liaisons',
  recommendation: '/aanbevelingen',
};

const listRoutes: Partial<Record<AuditEntityType, string>> = {
  user: '/beheer/gebruikers',
  organisation: '/beheer/organisaties',
  legal_basis: '/beheer/grondslagen',
  backup: '/beheer/back-up',
  identity_provider: '/beheer/inlogproviders',
};

/** Where an audited record can be opened: its own page, else its list or its group's page; null when nowhere. */
export function auditEntityHref(entityType: AuditEntityType, entityId: string, groupId: string | null): string | null {
  const record = recordRoutes[entityType];
  if (record) return `${record}/${entityId}`;
  const list = listRoutes[entityType];
  if (list) return list;
  return groupId ? `/werkgroepen/${groupId}` : null;
}
