import { describe, expect, it } from 'vitest';
import type { Executor } from '../client';
import { preparedPerDatabase, shapeKey } from './prepared';

// Stand-ins for two databases: the cache keys on the object, never reads it.
const first = {} as Executor;
const second = {} as Executor;

describe('preparedPerDatabase', () => {
  it('builds a statement once per database and name, from the shape it is given', () => {
    const built: string[] = [];
    const statement = preparedPerDatabase((_db, name, shape: readonly boolean[]) => {
      built.push(`${name}:${shape.join(',')}`);
      return { name, shape };
    });
    const a = statement(first, shapeKey('list', [true, false]), [true, false]);
    expect(statement(first, shapeKey('list', [true, false]), [true, false])).toBe(a);
    const b = statement(first, shapeKey('list', [false, false]), [false, false]);
    expect(b).not.toBe(a);
    expect(b.shape).toEqual([false, false]);
    const c = statement(second, shapeKey('list', [true, false]), [true, false]);
    expect(c).not.toBe(a);
    expect(built).toEqual(['list_10:true,false', 'list_00:false,false', 'list_10:true,false']);
  });
});

describe('shapeKey', () => {
  it('names each combination of optional parts differently', () => {
    expect(shapeKey('scenario_list', [true, false, false, true])).toBe('scenario_list_1001');
    expect(shapeKey('scenario_list', [true, false, true, false])).not.toBe(
      shapeKey('scenario_list', [true, false, false, true]),
    );
  });
});
