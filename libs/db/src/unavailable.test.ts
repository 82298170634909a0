import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './unavailable';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    withCode('ECONNREFUSED'),
    withCode('CONNECT_TIMEOUT'),
    withCode('57P01', 'terminating connection due to administrator command'),
    withCode('08006'),
    withCode('55000', 'database "srw" is not currently accepting connections'),
    new Error('Failed query', { cause: withCode('CONNECTION_CLOSED') }),
    Object.assign(new Error('connect'), { errors: [withCode('ECONNREFUSED'), withCode('ECONNREFUSED')] }),
  ])('knows an unreachable database: %s', (error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    withCode('23505'),
    withCode('22P02'),
    withCode('55000', 'cannot do that in this state'),
    new Error('plain'),
    null,
    'ECONNREFUSED',
  ])('leaves query faults alone: %s', (error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
