import { defineDomainErrors } from '../errors';

export const glossaryErrors = defineDomainErrors({
  DUPLICATE_LABEL: { kind: 'CONFLICT' },
  REPLACEMENT_REQUIRED: { kind: 'INVALID' },
  INVALID_REPLACEMENT: { kind: 'INVALID' },
  NOT_APPROVABLE: { kind: 'CONFLICT' },
  ALREADY_APPROVED: { kind: 'CONFLICT' },
  ORGANISATION_NOT_INVOLVED: { kind: 'FORBIDDEN' },
  RETIRED_NOT_EDITABLE: { kind: 'CONFLICT' },
  NOTHING_TO_PROPOSE: { kind: 'INVALID' },
  DIVERGENT_NEEDS_TWO: { kind: 'INVALID' },
  INVALID_PERIOD: { kind: 'INVALID' },
  SELF_RELATION: { kind: 'INVALID' },
  ORGANISATION_NOT_IN_GROUP: { kind: 'INVALID' },
  COMMENT_ALREADY_RESOLVED: { kind: 'CONFLICT' },
  COMMENT_ALREADY_ESCALATED: { kind: 'CONFLICT' },
  UNKNOWN_RELATED_TERM: { kind: 'INVALID' },
});
