import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { readError } from './errors';

function clientError(message: string, data: Record<string, unknown>) {
  return TRPCClientError.from({ error: { message, code: -32600, data } });
}

const dictionary: Record<string, string> = {
  'errors.generic': 'Something went wrong on our side.',
  'errors.VERSION_CONFLICT': 'Someone else changed this in the meantime.',
  'validation.required': 'This field is required.',
};
const translate = (key: string) => dictionary[key] ?? null;

describe('readError', () => {
  it('shows the server’s specific Dutch message in the Dutch UI', () => {
    const error = clientError('Er bestaat al een account met dit e-mailadres.', { domainCode: 'DUPLICATE', httpStatus: 409, fieldErrors: { email: ['Er bestaat al een account met dit e-mailadres.'] } });
    const info = readError(error, translate, 'nl');
    expect(info.message).toBe('Er bestaat al een account met dit e-mailadres.');
    expect(info.fieldErrors).toEqual({ email: ['Er bestaat al een account met dit e-mailadres.'] });
    expect(info.isConflict).toBe(false);
  });

  it('translates known codes and validation keys in English', () => {
    const conflict = readError(clientError('Iemand anders…', { domainCode: 'VERSION_CONFLICT', httpStatus: 409 }), translate, 'en');
    expect(conflict).toMatchObject({ message: 'Someone else changed this in the meantime.', isConflict: true });
    const invalid = readError(clientError('Controleer…', { domainCode: 'VALIDATION', httpStatus: 400, fieldErrors: { name: ['validation.required'] } }), translate, 'en');
    expect(invalid.fieldErrors).toEqual({ name: ['This field is required.'] });
  });

  it('falls back to the generic message for server faults and network errors', () => {
    expect(readError(clientError('Er ging iets mis aan onze kant.', { domainCode: null, httpStatus: 500 }), translate, 'en').message).toBe(
      'Something went wrong on our side.',
    );
    expect(readError(new Error('fetch failed'), translate, 'nl').message).toBe('Something went wrong on our side.');
  });
});
