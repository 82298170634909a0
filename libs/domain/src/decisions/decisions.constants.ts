/** What the framework rules on a question; separate from where the record is in its lifecycle. */
export const decisionOutcomes = ['ALLOWED', 'ALLOWED_WITH_CONDITIONS', 'NOT_ALLOWED', 'UNCLEAR'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

export const decisionStatuses = ['concept', 'voorgesteld', 'vastgesteld', 'vervangen', 'ingetrokken'] as const;
export type DecisionStatus = (typeof decisionStatuses)[number];

export const decisionLevels = ['operationeel', 'tactisch', 'bestuurlijk', 'politiek'] as const;
export type DecisionLevel = (typeof decisionLevels)[number];

/** Whether a category of information may be shared: yes, no, or only under conditions. */
export const sharingVerdicts = ['YES', 'NO', 'UNDER_CONDITIONS'] as const;
export type SharingVerdict = (typeof sharingVerdicts)[number];

/** Lifecycle moves a user asks for; `vervangen` only happens through a successor. */
export const requestableDecisionStatuses = ['concept', 'voorgesteld', 'vastgesteld', 'ingetrokken'] as const;
export type RequestableDecisionStatus = (typeof requestableDecisionStatuses)[number];
