import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/roles';
import { assertCanMaintainLegalBases, canMaintainLegalBases } from './legal-bases.permissions';

const actor = (globalRole: Actor['globalRole']): Actor => ({ userId: 'u', organisationId: 'def', globalRole });

describe('the legal-basis catalogue', () => {
  it('is maintained by admins only', () => {
    expect(canMaintainLegalBases(actor('admin'))).toBe(true);
    expect(canMaintainLegalBases(actor('management'))).toBe(false);
    expect(canMaintainLegalBases(actor('member'))).toBe(false);
    expect(() => assertCanMaintainLegalBases(actor('management'))).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(() => assertCanMaintainLegalBases(actor('admin'))).not.toThrow();
  });
});
