import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DomainError } from '@srw/domain';
import { formatErrorData, GENERIC_ERROR_MESSAGE, toTrpcError } from './errors';

describe('error formatter', () => {
  it('maps domain errors to transport codes with their code, parameters and field', () => {
    const mapped = toTrpcError(new DomainError('VERSION_CONFLICT'));
    expect(mapped?.code).toBe('CONFLICT');
    const formatted = formatErrorData(
      toTrpcError(new DomainError('CLASSIFICATION_ABOVE_CEILING', { field: 'classification' })) ??
        new TRPCError({ code: 'INTERNAL_SERVER_ERROR' }),
      { httpStatus: 400 },
    );
    expect(formatted.data.domainCode).toBe('CLASSIFICATION_ABOVE_CEILING');
    expect(formatted.data.fieldErrors).toEqual({ classification: ['errors.CLASSIFICATION_ABOVE_CEILING'] });
    const withParams = formatErrorData(
      toTrpcError(new DomainError('CODE_IN_USE', { field: 'code', params: { code: 'R-4' } })) ??
        new TRPCError({ code: 'INTERNAL_SERVER_ERROR' }),
      { httpStatus: 409 },
    );
    expect(withParams).toMatchObject({
      message: 'CODE_IN_USE',
      data: { domainCode: 'CODE_IN_USE', params: { code: 'R-4' } },
    });
  });

  it('maps unique violations anywhere in the cause chain to DUPLICATE', () => {
    const pgError = Object.assign(new Error('duplicate key value violates unique constraint "users_email_unique"'), {
      code: '23505',
    });
    const wrapped = new Error('Failed query: insert into users ...', { cause: pgError });
    const mapped = toTrpcError(wrapped);
    expect(mapped?.code).toBe('CONFLICT');
    expect(mapped?.message).toBe('DUPLICATE');
    expect(mapped?.message).not.toContain('users_email');
  });

  it('turns zod errors into per-field message keys', () => {
    const parsed = z.object({ name: z.string().min(1, { error: 'validation.required' }) }).safeParse({ name: '' });
    const error = new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error });
    const formatted = formatErrorData(error, { httpStatus: 400 });
    expect(formatted.message).toBe('VALIDATION');
    expect(formatted.data.fieldErrors).toEqual({ name: ['validation.required'] });
  });

  it('never passes on the text of an unexpected error', () => {
    const error = new TRPCError({
      code: 'INTERNAL_SERVER_ERROR',
      message: 'relation "secret" does not exist at select * from secret',
      cause: new Error('boom'),
    });
    const formatted = formatErrorData(error, { httpStatus: 500 });
    expect(formatted.message).toBe(GENERIC_ERROR_MESSAGE);
    expect(JSON.stringify(formatted)).not.toContain('secret');
    expect(toTrpcError(new Error('boom'))).toBeNull();
  });

  it('maps data exceptions (SQLSTATE 22xxx) that slip past the schemas to a 400 VALIDATION, without the driver text', () => {
    for (const code of ['22P02', '22021', '22008', '22001', '22003', '22007', '22P05']) {
      const driverError = Object.assign(new Error('invalid input syntax for type uuid: "abc" in select * from users'), {
        code,
      });
      const mapped = toTrpcError(new Error('Failed query: select * from users', { cause: driverError }));
      expect(mapped?.code, code).toBe('BAD_REQUEST');
      const formatted = formatErrorData(mapped ?? new TRPCError({ code: 'INTERNAL_SERVER_ERROR' }), {
        httpStatus: 400,
      });
      expect(formatted.message).toBe('VALIDATION');
      expect(formatted.data.domainCode).toBe('VALIDATION');
      expect(JSON.stringify(formatted)).not.toContain('users');
    }
    // Other classes stay unexpected: a 500 with the generic code.
    expect(toTrpcError(Object.assign(new Error('deadlock detected'), { code: '40P01' }))).toBeNull();
  });

  it('never passes on the text of a parse error either: one generic message plus the code', () => {
    const error = new TRPCError({
      code: 'BAD_REQUEST',
      message: 'Maximum call stack size exceeded',
      cause: new RangeError('Maximum call stack size exceeded'),
    });
    const formatted = formatErrorData(error, { httpStatus: 400 });
    expect(formatted.message).toBe('BAD_REQUEST');
    expect(formatted.data.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(formatted)).not.toContain('Maximum call stack');
    const parseError = formatErrorData(
      new TRPCError({ code: 'PARSE_ERROR', message: 'Unexpected token } in JSON at position 7' }),
      { httpStatus: 400 },
    );
    expect(parseError.message).toBe('PARSE_ERROR');
  });
});
