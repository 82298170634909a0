export const placementStatuses = ['voorgesteld', 'goedgekeurd', 'actief', 'afgerond', 'afgebroken'] as const;
export type PlacementStatus = (typeof placementStatuses)[number];

/** Screening level the host side requires (A is the heaviest). */
export const clearanceLevels = ['geen', 'C', 'B', 'A'] as const;
export type ClearanceLevel = (typeof clearanceLevels)[number];
