export const scenarioStatuses = ['concept', 'gereed', 'gearchiveerd'] as const;
export type ScenarioStatus = (typeof scenarioStatuses)[number];

/** Kinds of security issue a scenario can be about. */
export const threatTypes = [
  'vermissing',
  'openbare_orde',
  'terrorisme',
  'ondermijning',
  'natuurramp',
  'cyber',
  'grensbewaking',
  'overig',
] as const;
export type ThreatType = (typeof threatTypes)[number];

/** The codes of the cooperation-levels reference table. */
export const cooperationLevelCodes = ['TRAINING', 'ASSISTANCE', 'PARTNERSHIP'] as const;
export type CooperationLevelCode = (typeof cooperationLevelCodes)[number];
