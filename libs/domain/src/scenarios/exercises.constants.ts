/** Exercise types, from the least to the most demanding (after HSEEP). */
export const exerciseTypes = [
  'werksessie',
  'workshop',
  'tabletop',
  'spel',
  'drill',
  'functionele_oefening',
  'grootschalige_oefening',
] as const;
export type ExerciseType = (typeof exerciseTypes)[number];

export const exerciseStatuses = ['gepland', 'in_voorbereiding', 'uitgevoerd', 'geevalueerd', 'geannuleerd'] as const;
export type ExerciseStatus = (typeof exerciseStatuses)[number];

/**
 * HSEEP ratings: P performed without challenges, S with some challenges,
 * M with major challenges, U unable to be performed.
 */
export const ratings = ['P', 'S', 'M', 'U'] as const;
export type Rating = (typeof ratings)[number];

export const observationKinds = ['strength', 'improvement'] as const;
export type ObservationKind = (typeof observationKinds)[number];

export const exercisePersonRoles = ['participant', 'planner'] as const;
export type ExercisePersonRole = (typeof exercisePersonRoles)[number];

/** The latest an inject may be planned: 30 days after the start. */
export const maxInjectOffsetMinutes = 60 * 24 * 30;
