import { DomainError } from '../errors';

/** Ordered from lowest to highest. */
export const classificationLevels = ['ONGERUBRICEERD', 'DEPARTEMENTAAL_VERTROUWELIJK'] as const;
export type Classification = (typeof classificationLevels)[number];

export const DEFAULT_CLASSIFICATION: Classification = 'ONGERUBRICEERD';

export function classificationRank(level: Classification): number {
  return classificationLevels.indexOf(level);
}

export function isWithinCeiling(level: Classification, ceiling: Classification): boolean {
  return classificationRank(level) <= classificationRank(ceiling);
}

/** A record marked above the deployment's ceiling must not be stored here at all. */
export function assertWithinCeiling(level: Classification, ceiling: Classification): void {
  if (!isWithinCeiling(level, ceiling)) {
    throw new DomainError('CLASSIFICATION_ABOVE_CEILING', { field: 'classification' });
  }
}
