import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { fieldErrorsBesideAlert, readError, type Translate } from './errors';

function clientError(message: string, data: Record<string, unknown>) {
  return TRPCClientError.from({ error: { message, code: -32600, data } });
}

const dictionary: Record<string, string> = {
  'errors.generic': 'Something went wrong on our side.',
  'errors.VERSION_CONFLICT': 'Someone else changed this in the meantime.',
  'errors.EMAIL_IN_USE': 'An account with this e-mail address already exists.',
  'errors.PLACEMENT_NOT_STARTED': 'This placement starts on {startDate}.',
  'validation.required': 'This field is required.',
};
const translate: Translate = (key, values) => {
  const text = dictionary[key];
  if (text === undefined) return null;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values?.[name];
    return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  });
};

describe('readError', () => {
  it('says a domain error and its field in the user’s language from the code', () => {
    const error = clientError('EMAIL_IN_USE', {
      domainCode: 'EMAIL_IN_USE',
      httpStatus: 409,
      fieldErrors: { email: ['errors.EMAIL_IN_USE'] },
    });
    const info = readError(error, translate);
    expect(info.message).toBe('An account with this e-mail address already exists.');
    expect(info.fieldErrors).toEqual({ email: ['An account with this e-mail address already exists.'] });
    expect(info.isConflict).toBe(false);
  });

  it('fills the message with the parameters, dates as dates', () => {
    const error = clientError('PLACEMENT_NOT_STARTED', {
      domainCode: 'PLACEMENT_NOT_STARTED',
      httpStatus: 409,
      params: { startDate: '2026-03-01' },
    });
    expect(readError(error, translate).message).toBe('This placement starts on 2026-03-01.');
  });

  it('translates conflicts and validation keys', () => {
    const conflict = readError(
      clientError('VERSION_CONFLICT', { domainCode: 'VERSION_CONFLICT', httpStatus: 409 }),
      translate,
    );
    expect(conflict).toMatchObject({ message: 'Someone else changed this in the meantime.', isConflict: true });
    const invalid = readError(
      clientError('VALIDATION', {
        domainCode: 'VALIDATION',
        httpStatus: 400,
        fieldErrors: { name: ['validation.required'] },
      }),
      translate,
    );
    expect(invalid.fieldErrors).toEqual({ name: ['This field is required.'] });
  });

  it('falls back to the generic message for server faults, unknown codes and network errors', () => {
    expect(readError(clientError('INTERNAL_ERROR', { domainCode: null, httpStatus: 500 }), translate).message).toBe(
      'Something went wrong on our side.',
    );
    expect(readError(clientError('NEW_CODE', { domainCode: 'NEW_CODE', httpStatus: 409 }), translate).message).toBe(
      'Something went wrong on our side.',
    );
    expect(readError(new Error('fetch failed'), translate).message).toBe('Something went wrong on our side.');
  });
});

describe('fieldErrorsBesideAlert', () => {
  it('leaves out beside a field what the form alert already says, and keeps the rest', () => {
    const alert = readError(
      clientError('EMAIL_IN_USE', {
        domainCode: 'EMAIL_IN_USE',
        httpStatus: 409,
        fieldErrors: { email: ['errors.EMAIL_IN_USE'] },
      }),
      translate,
    );
    expect(fieldErrorsBesideAlert(alert.fieldErrors.email, alert)).toBeUndefined();
    expect(fieldErrorsBesideAlert(['This field is required.'], alert)).toEqual(['This field is required.']);
    expect(fieldErrorsBesideAlert(['This field is required.'], null)).toEqual(['This field is required.']);
    expect(fieldErrorsBesideAlert(undefined, alert)).toBeUndefined();
  });
});
