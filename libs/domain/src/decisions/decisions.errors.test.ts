import { describe, expect, it } from 'vitest';
import { coreErrors, DomainError } from '../errors';
import { decisionsErrors } from './decisions.errors';

describe('decision error codes', () => {
  it('reuse no core code, so each has one text in the message files', () => {
    expect(Object.keys(decisionsErrors).filter((code) => code in coreErrors)).toEqual([]);
  });

  it('send a lifecycle refusal as a conflict and bad content as invalid input', () => {
    const kinds = (codes: (keyof typeof decisionsErrors)[]) => [
      ...new Set(codes.map((code) => new DomainError(decisionsErrors[code]).kind)),
    ];
    expect(
      kinds([
        'DECISION_CLOSED',
        'NOT_PROPOSED',
        'ALREADY_SIGNED',
        'SIGN_OFFS_MISSING',
        'ALREADY_SUPERSEDED',
        'NO_REVIEW_NEEDED',
      ]),
    ).toEqual(['CONFLICT']);
    expect(
      kinds([
        'CONDITIONS_REQUIRED',
        'UNKNOWN_LEGAL_BASIS',
        'SHARING_SAME_ORGANISATION',
        'WITHDRAWAL_REASON_REQUIRED',
        'ONE_TEST_TARGET',
      ]),
    ).toEqual(['INVALID']);
    expect(kinds(['ORGANISATION_NOT_CONCERNED', 'OBSERVER_CANNOT_SIGN'])).toEqual(['FORBIDDEN']);
  });
});
