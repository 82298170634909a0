import { describe, expect, it } from 'vitest';
import { toAuditSnapshot } from './audit.rules';

describe('toAuditSnapshot', () => {
  it('leaves secrets out and writes dates as ISO text', () => {
    const at = new Date('2026-03-01T09:30:00Z');
    expect(
      toAuditSnapshot({
        name: 'Anna',
        password: 'p',
        passwordHash: 'h',
        token: 't',
        createdAt: at,
        count: 2,
        tags: ['a'],
      }),
    ).toEqual({
      name: 'Anna',
      createdAt: '2026-03-01T09:30:00.000Z',
      count: 2,
      tags: ['a'],
    });
  });

  it('records no snapshot for a missing record', () => {
    expect(toAuditSnapshot(null)).toBeNull();
    expect(toAuditSnapshot(undefined)).toBeNull();
  });
});
