/** The workflow of a recommendation; see `recommendations.rules.ts` for the transitions. */
export const recommendationStatuses = [
  'voorgesteld',
  'aanvaard',
  'niet_aanvaard',
  'in_uitvoering',
  'uitgevoerd',
  'geverifieerd',
  'vervallen',
] as const;
export type RecommendationStatus = (typeof recommendationStatuses)[number];

export const recommendationLevels = ['bestuurlijk', 'operationeel'] as const;
export type RecommendationLevel = (typeof recommendationLevels)[number];

/**
 * Where a recommendation comes from. Records from other modules (exercise
 * evaluations, liaison debriefs, legal decisions) carry the id of their source.
 */
export const recommendationSourceTypes = [
  'thesis',
  'exercise_evaluation',
  'liaison_debrief',
  'legal_decision',
  'working_group',
  'audit',
  'other',
] as const;
export type RecommendationSourceType = (typeof recommendationSourceTypes)[number];

/** Each addressee organisation records its own implementation state. */
export const addresseeStates = ['open', 'in_uitvoering', 'uitgevoerd'] as const;
export type AddresseeState = (typeof addresseeStates)[number];

export const evidenceKinds = ['exercise', 'decision', 'document'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

/** Kinds of entries in a recommendation's history. */
export const recommendationEventKinds = ['status', 'progress', 'addressee'] as const;
export type RecommendationEventKind = (typeof recommendationEventKinds)[number];
