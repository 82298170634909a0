import { defineDomainErrors } from '../errors';

export const authErrors = defineDomainErrors({
  INVALID_CREDENTIALS: { kind: 'UNAUTHENTICATED' },
  TOO_MANY_ATTEMPTS: { kind: 'TOO_MANY_REQUESTS' },
});
