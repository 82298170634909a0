import { defineDomainErrors } from '../errors';

/** Codes of the working-groups module (GROUP_ARCHIVED and INVALID_STATUS_TRANSITION are core: other modules throw them too). */
export const workingGroupsErrors = defineDomainErrors({
  ORGANISATION_HAS_MEMBERS: { kind: 'INVALID' },
});
