import fc from 'fast-check';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../root';
import type { SessionUser } from '../context';
import { createTestHarness, type TestHarness } from '../testing';

/**
 * The same promise over HTTP, where the body is parsed: malformed JSON, bad
 * superjson metadata and deeply nested input are the client's fault (4xx), and no
 * answer carries the parser's own text.
 */

let h: TestHarness;
let admin: SessionUser;

beforeAll(async () => {
  h = await createTestHarness();
  admin = await h.createUser({ name: 'Admin Anja', organisation: 'DEFENSIE', globalRole: 'admin' });
});

afterAll(async () => {
  await h.close();
});

/** POST `body` to a mutation, or GET a query with `body` as its `input` (signed in as an admin, so input is parsed). */
async function send(
  path: string,
  body: string,
  method: 'POST' | 'GET' = 'POST',
): Promise<{ status: number; text: string }> {
  const address = `http://localhost:3000/api/trpc/${path}`;
  const request =
    method === 'GET'
      ? new Request(`${address}?input=${encodeURIComponent(body)}`)
      : new Request(address, { method, headers: { 'content-type': 'application/json' }, body });
  const response = await fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router: appRouter,
    createContext: async () => ({ ...(await h.contextFromHeaders({})), user: admin }),
  });
  return { status: response.status, text: await response.text() };
}

const deep = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('hostile request bodies', () => {
  it('are never answered with 5xx, nor with the parser text', async () => {
    const bodies = [
      '{',
      'null',
      '"\\u0000"',
      '{"json":{"email":"\\ud800","password":"x"}}',
      '{"json":{"email":"a@b.nl","password":"x"},"meta":{"values":{"email":["Date"]}}}',
      '{"json":{"email":"a@b.nl","password":"x"},"meta":{"values":{"__proto__":["map"]}}}',
      `{"json":${deep(20_000)}}`,
      `{"json":${deepArray(100_000)}}`,
      `{"json":{"a":1},"meta":{"values":${deep(20_000)}}}`,
    ];
    for (const body of bodies) {
      for (const [path, method] of [
        ['auth.signIn', 'POST'],
        ['organisations.create', 'POST'],
        ['users.list', 'GET'],
      ] as const) {
        const { status, text } = await send(path, body, method);
        expect(status, `${path} ${body.slice(0, 80)}`).toBeLessThan(500);
        expect(text).not.toMatch(
          /Maximum call stack|Unexpected token|JSON at position|Unexpected end|is not valid JSON/,
        );
      }
    }
  });

  it('holds for generated bodies on a list and a mutation', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(['users.list', 'GET'] as const, ['organisations.create', 'POST'] as const),
        fc.oneof(fc.string(), fc.json({ maxDepth: 4 })),
        async ([path, method], body) => {
          const { status } = await send(path, body, method);
          expect(status).toBeLessThan(500);
        },
      ),
      { seed: 20261206, numRuns: 40 },
    );
  });
});
