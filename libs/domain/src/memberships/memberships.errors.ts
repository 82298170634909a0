import { defineDomainErrors } from '../errors';

/** Codes of the memberships module (USER_INACTIVE and ORGANISATION_NOT_IN_GROUP are core: other modules throw them too). */
export const membershipsErrors = defineDomainErrors({
  LAST_CHAIR: { kind: 'CONFLICT' },
  ALREADY_MEMBER: { kind: 'CONFLICT' },
});
