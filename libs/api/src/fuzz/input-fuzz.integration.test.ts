import fc from 'fast-check';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { auditEvents } from '@srw/db';
import type { SessionUser } from '../context';
import { appRouter } from '../root';
import { formatErrorData } from '../errors';
import { createTestHarness, seedRoleFixture, type RoleFixture, type TestHarness } from '../testing';
import { inputFor, type ArbitraryPools } from './zod-arbitrary';

/**
 * Issue 12, item 5: no input, however hostile, gets a 5xx, and a refused write
 * stores nothing. Every mutation and every list procedure of the real router is
 * fed generated input (arbitrary JSON, and its own schema's shape with NUL bytes,
 * lone surrogates, 100k strings, huge numbers, year-275760 dates and garbage
 * cursors in its leaves) as an admin and as a plain member, on one database.
 * Reproduce a failure with the seed and path fast-check prints.
 */

const SEED = 20261206;
const RUNS_PER_PROCEDURE = 25;

/** Sign-in audits failed attempts by design: it stores something after a refusal. */
const auditsRefusals = new Set(['auth.signIn', 'auth.signOut']);

interface ProcedureEntry {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  input: z.ZodType | undefined;
}

interface ProcedureDef {
  _def: { type: 'query' | 'mutation' | 'subscription'; inputs: unknown[] };
}

function fuzzedProcedures(): ProcedureEntry[] {
  const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;
  return Object.entries(procedures)
    .map(([path, procedure]) => ({
      path,
      type: procedure._def.type,
      input: procedure._def.inputs[0] as z.ZodType | undefined,
    }))
    .filter(({ path, type, input }) => {
      if (type === 'mutation') return true;
      const name = path.split('.').at(-1) ?? '';
      const takesCursor = Boolean(input && 'shape' in input && 'cursor' in (input as z.ZodObject).shape);
      return type === 'query' && (name.startsWith('list') || takesCursor);
    });
}

function procedureOf(caller: unknown, path: string): (input: unknown) => Promise<unknown> {
  // The caller is a proxy: walk it segment by segment (routers nest, e.g. decisions.legalBases.create).
  let target = caller;
  for (const segment of path.split('.')) target = (target as Record<string, unknown>)[segment];
  if (typeof target !== 'function') throw new Error(`no procedure ${path}`);
  return target as (input: unknown) => Promise<unknown>;
}

let h: TestHarness;
let f: RoleFixture;
let fixtureIds: string[];

beforeAll(async () => {
  h = await createTestHarness();
  f = await seedRoleFixture(h, 'Fuzz');
  const organisations = await h.callerFor(f.admin).organisations.list();
  fixtureIds = [
    f.groupId,
    f.otherGroupId,
    f.admin.userId,
    f.member.userId,
    f.chair.userId,
    ...organisations.slice(0, 3).map((organisation: { id: string }) => organisation.id),
  ];
});

/**
 * Ids that exist: the fixture's, and every record created so far (each is audited),
 * so later procedures (update, remove, consent...) reach past "not found".
 */
async function currentPools(procedurePath: string): Promise<ArbitraryPools> {
  const rows = await h.handle.db
    .selectDistinct({ id: auditEvents.entityId, type: auditEvents.entityType })
    .from(auditEvents)
    .limit(1000);
  const idsByType = new Map<string, string[]>();
  for (const row of rows) idsByType.set(row.type, [...(idsByType.get(row.type) ?? []), row.id]);
  idsByType.set('working_group', [f.groupId, ...(idsByType.get('working_group') ?? [])]);
  return {
    ids: [...fixtureIds, ...rows.map((row) => row.id)],
    // `scenarioId` wants a scenario; `id` in exercises.updateInject an exercise inject.
    idsFor: (field) => {
      const words = wordsOf(field === 'id' || field === 'ids' ? procedurePath : field);
      let best: string[] = [];
      let bestScore = 0;
      for (const [type, ids] of idsByType) {
        const typeWords = type.split('_');
        const score = typeWords.filter((word) => words.has(word)).length / typeWords.length;
        if (score > bestScore) [best, bestScore] = [ids, score];
        else if (score === bestScore && score > 0) best = [...best, ...ids];
      }
      return best.slice(-50);
    },
  };
}

/** 'exercises.updateInject' -> {exercise, update, inject}; 'organisationIds' -> {organisation, id}. */
function wordsOf(name: string): Set<string> {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .map((word) => word.replace(/s$/, ''))
    .map((word) => (word === 'group' ? 'working' : word));
  return new Set([...words, ...words.map((word) => (word === 'working' ? 'group' : word))]);
}

afterAll(async () => {
  await h.close();
});

const auditCount = () => h.handle.db.$count(auditEvents);

describe('input fuzzing: no 5xx for any input, nothing stored after a refusal', () => {
  const procedures = fuzzedProcedures();

  it('covers every mutation and list procedure', () => {
    expect(procedures.filter((p) => p.type === 'mutation').length).toBeGreaterThan(60);
    expect(procedures.filter((p) => p.type === 'query').length).toBeGreaterThan(10);
  });

  for (const role of ['admin', 'member'] as const) {
    describe(`as ${role}`, () => {
      for (const procedure of procedures) {
        it(procedure.path, async () => {
          const user: SessionUser = f[role];
          const call = procedureOf(h.callerFor(user), procedure.path);
          const pools = await currentPools(procedure.path);
          await fc.assert(
            fc.asyncProperty(inputFor(procedure.input, pools), async (input) => {
              const before = await auditCount();
              try {
                await call(input);
                return;
              } catch (error) {
                if (!(error instanceof TRPCError)) {
                  throw new Error(`${procedure.path} threw a non-tRPC error: ${String(error)}`);
                }
                if (error.code === 'INTERNAL_SERVER_ERROR') {
                  const cause = error.cause instanceof Error ? error.cause.message.slice(0, 300) : String(error.cause);
                  throw new Error(`${procedure.path} answered 500: ${cause}`);
                }
              }
              if (!auditsRefusals.has(procedure.path)) {
                expect(await auditCount(), `${procedure.path} stored an audit event after refusing`).toBe(before);
              }
            }),
            { seed: SEED, numRuns: RUNS_PER_PROCEDURE, endOnFailure: true },
          );
        });
      }
    });
  }
});

/** What the client would see: the formatted error of a refused call. */
async function refusal(call: () => Promise<unknown>) {
  try {
    await call();
  } catch (error) {
    if (error instanceof TRPCError) return formatErrorData(error, { httpStatus: 0 });
    throw error;
  }
  throw new Error('not refused');
}

describe('the cases from the issue', () => {
  it('NUL and lone surrogates are a field error, and nothing is stored', async () => {
    const before = await auditCount();
    for (const name of ['Politie\u0000Zuid', 'Politie \uD83D', '\uDC00']) {
      const refused = await refusal(() => h.callerFor(f.admin).organisations.create({ code: 'FUZZ_NUL', name }));
      expect(refused.data).toMatchObject({ httpStatus: 400, domainCode: 'VALIDATION' });
      expect(refused.data.fieldErrors).toEqual({ name: ['validation.invalidCharacters'] });
    }
    expect(await auditCount()).toBe(before);
  });

  it('an edited cursor is a 400 INVALID_CURSOR', async () => {
    const edited = btoa(JSON.stringify(['Anja', 'not-a-uuid']));
    const refused = await refusal(() => h.callerFor(f.admin).users.list({ cursor: edited }));
    expect(refused.data).toMatchObject({ code: 'BAD_REQUEST', domainCode: 'INVALID_CURSOR' });
    const badDate = btoa(JSON.stringify(['+275760-09-13T00:00:00.000Z', f.groupId]));
    const refusedDate = await refusal(() => h.callerFor(f.admin).audit.list({ cursor: badDate }));
    expect(refusedDate.data).toMatchObject({ code: 'BAD_REQUEST', domainCode: 'INVALID_CURSOR' });
  });

  it('an instant in year 275760 is a field error', async () => {
    const refused = await refusal(() =>
      h.callerFor(f.admin).exercises.list({ groupId: f.groupId, from: new Date(8.64e15) }),
    );
    expect(refused.data.fieldErrors).toEqual({ from: ['validation.date'] });
  });
});
