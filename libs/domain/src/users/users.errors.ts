import { defineDomainErrors } from '../errors';

/** Codes of the users module (UNKNOWN_USER and UNKNOWN_ORGANISATION are core: other modules throw them too). */
export const usersErrors = defineDomainErrors({
  CANNOT_DEACTIVATE_SELF: { kind: 'INVALID' },
  CANNOT_DEMOTE_SELF: { kind: 'INVALID' },
  EMAIL_IN_USE: { kind: 'CONFLICT' },
});
