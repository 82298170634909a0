import { defineDomainErrors } from '../errors';

/** Codes of scenarios and of what scenarios and exercises share (the group's organisations, known references). */
export const scenariosErrors = defineDomainErrors({
  SCENARIO_ARCHIVED: { kind: 'CONFLICT' },
  SCENARIO_NOT_READY: { kind: 'CONFLICT' },
  SCENARIO_HAS_EXERCISES: { kind: 'CONFLICT' },
  ORGANISATION_OUTSIDE_GROUP: { kind: 'INVALID' },
  UNKNOWN_REFERENCE: { kind: 'INVALID' },
});
