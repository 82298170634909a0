import { describe, expect, it } from 'vitest';
import { decideExtensionSchema, requestExtensionSchema } from './placement-extensions.schema';

const id = '6f1c2d7e-0000-4000-8000-000000000042';

describe('requestExtensionSchema', () => {
  it('takes a blank override reason as none', () => {
    const base = { id, version: 1, newEndDate: '2027-01-31', rationale: ' Project loopt door. ' };
    expect(requestExtensionSchema.parse({ ...base, overrideReason: '   ' })).toEqual({
      ...base,
      rationale: 'Project loopt door.',
      overrideReason: null,
    });
    expect(requestExtensionSchema.parse(base).overrideReason).toBeNull();
    expect(requestExtensionSchema.parse({ ...base, overrideReason: ' Oefening ' }).overrideReason).toBe('Oefening');
  });

  it('needs a real date and a rationale', () => {
    const result = requestExtensionSchema.safeParse({ id, version: 1, newEndDate: '2027-02-29', rationale: ' ' });
    expect(Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]))).toEqual({
      newEndDate: 'validation.date',
      rationale: 'validation.required',
    });
  });
});

describe('decideExtensionSchema', () => {
  it('needs an explicit approve or reject, the note is optional', () => {
    expect(decideExtensionSchema.safeParse({ extensionId: id, version: 1, organisationId: id }).success).toBe(false);
    expect(decideExtensionSchema.safeParse({ extensionId: id, version: 1, approve: true }).success).toBe(false);
    expect(decideExtensionSchema.parse({ extensionId: id, version: 1, organisationId: id, approve: false })).toEqual({
      extensionId: id,
      version: 1,
      organisationId: id,
      approve: false,
      note: '',
      onBehalfReason: '',
    });
  });
});
