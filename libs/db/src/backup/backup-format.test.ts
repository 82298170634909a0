import { describe, expect, it } from 'vitest';
import { headerChecksum, orderTablesByDependency, TableHasher, sha256Hex } from './backup-format';

describe('orderTablesByDependency', () => {
  it('puts referenced tables first, whatever order they come in', () => {
    const order = orderTablesByDependency(
      ['memberships', 'users', 'working_groups', 'organisations'],
      [
        { from: 'memberships', to: 'users' },
        { from: 'memberships', to: 'working_groups' },
        { from: 'users', to: 'organisations' },
        { from: 'working_groups', to: 'users' },
      ],
    );
    expect(order).toEqual(['organisations', 'users', 'working_groups', 'memberships']);
  });

  it('ignores self-references and breaks a cycle by name', () => {
    expect(
      orderTablesByDependency(
        ['b', 'a', 'c'],
        [
          { from: 'a', to: 'a' },
          { from: 'a', to: 'b' },
          { from: 'b', to: 'a' },
          { from: 'c', to: 'a' },
        ],
      ),
    ).toEqual(['a', 'b', 'c']);
  });
});

describe('checksums', () => {
  it('hashes the lines of a table as they are written', () => {
    const hasher = new TableHasher();
    hasher.add('{"id":1}');
    hasher.add('{"id":2}');
    expect(hasher.count).toBe(2);
    expect(hasher.digest()).toBe(sha256Hex('{"id":1}\n{"id":2}\n'));
  });

  it('changes the header checksum when anything in the header changes', () => {
    const header = {
      format: 'samenwerkingsruimte-backup' as const,
      formatVersion: 1,
      schemaVersion: { tag: '0010_backup_runs', when: 1 },
      createdAt: '2026-12-06T10:00:00.000Z',
      engine: 'pglite' as const,
      tables: [{ name: 'users', rowCount: 2, sha256: 'x' }],
      sequences: [],
    };
    const sum = headerChecksum(header);
    expect(headerChecksum({ ...header })).toBe(sum);
    expect(headerChecksum({ ...header, tables: [{ name: 'users', rowCount: 3, sha256: 'x' }] })).not.toBe(sum);
  });
});
