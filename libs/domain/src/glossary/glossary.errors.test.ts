import { describe, expect, it } from 'vitest';
import { coreErrors } from '../errors';
import { glossaryErrors } from './glossary.errors';

describe('glossary error codes', () => {
  it('share a core code only with the same kind, so one text and one status fit both', () => {
    const shared = Object.values(glossaryErrors).filter((definition) => definition.code in coreErrors);
    expect(shared.map((definition) => definition.code)).toEqual(['ORGANISATION_NOT_IN_GROUP']);
    for (const definition of shared)
      expect(definition.kind).toBe(coreErrors[definition.code as keyof typeof coreErrors].kind);
  });

  it('send a refused approval or an edit of a retired term as a conflict', () => {
    for (const code of [
      'NOT_APPROVABLE',
      'ALREADY_APPROVED',
      'RETIRED_NOT_EDITABLE',
      'DUPLICATE_LABEL',
      'COMMENT_ALREADY_RESOLVED',
    ] as const) {
      expect(glossaryErrors[code].kind).toBe('CONFLICT');
    }
    expect(glossaryErrors.ORGANISATION_NOT_INVOLVED.kind).toBe('FORBIDDEN');
  });
});
