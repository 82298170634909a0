import { describe, expect, it } from 'vitest';
import { bodyLimitFor, DEFAULT_BODY_LIMIT_BYTES, IMPORT_BODY_LIMIT_BYTES, limitRequestBody } from './body-limit';

const endpoint = '/api/trpc';
const url = (path: string) => `http://localhost:3000${endpoint}/${path}?batch=1`;

function streamOf(size: number, chunk = 64 * 1024): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= size) return controller.close();
      const next = Math.min(chunk, size - sent);
      sent += next;
      controller.enqueue(new Uint8Array(next).fill(120));
    },
  });
}

function post(path: string, body: BodyInit | ReadableStream<Uint8Array>, headers: HeadersInit = {}): Request {
  return new Request(url(path), { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

async function statusOf(result: Request | Response): Promise<number | 'passed'> {
  return result instanceof Response ? result.status : 'passed';
}

describe('request body limit', () => {
  it('allows 1 MB, and more only when every call of the batch is an import', () => {
    expect(bodyLimitFor(url('glossary.create'), endpoint)).toBe(DEFAULT_BODY_LIMIT_BYTES);
    expect(bodyLimitFor(url('glossary.importCsv'), endpoint)).toBe(IMPORT_BODY_LIMIT_BYTES);
    expect(bodyLimitFor(url('glossary.importCsv,exercises.importInjects'), endpoint)).toBe(IMPORT_BODY_LIMIT_BYTES);
    expect(bodyLimitFor(url('glossary.importCsv,users.create'), endpoint)).toBe(DEFAULT_BODY_LIMIT_BYTES);
    expect(bodyLimitFor('http://localhost/elsewhere/glossary.importCsv', endpoint)).toBe(DEFAULT_BODY_LIMIT_BYTES);
  });

  it('passes a body within the limit on, unchanged', async () => {
    const body = JSON.stringify({ 0: { json: { name: 'Werkgroep Zuid' } } });
    const result = await limitRequestBody(post('workingGroups.create', body), endpoint);
    expect(result).toBeInstanceOf(Request);
    expect(await (result as Request).text()).toBe(body);
    const get = new Request(url('users.list'));
    expect(await limitRequestBody(get, endpoint)).toBe(get);
  });

  it('answers 413 to a declared length over the limit without reading it', async () => {
    const request = post('users.create', 'x', { 'content-length': String(DEFAULT_BODY_LIMIT_BYTES + 1) });
    const result = await limitRequestBody(request, endpoint);
    expect(await statusOf(result)).toBe(413);
    const body = (await (result as Response).json()) as { error: { json: { message: string; data: unknown } } };
    expect(body.error.json.message).toBe('PAYLOAD_TOO_LARGE');
    expect(body.error.json.data).toMatchObject({ httpStatus: 413, domainCode: 'PAYLOAD_TOO_LARGE' });
  });

  it('counts the bytes of a body without a length (chunked), and stops at the limit', async () => {
    expect(
      await statusOf(await limitRequestBody(post('users.create', streamOf(DEFAULT_BODY_LIMIT_BYTES + 1)), endpoint)),
    ).toBe(413);
    expect(
      await statusOf(await limitRequestBody(post('users.create', streamOf(DEFAULT_BODY_LIMIT_BYTES)), endpoint)),
    ).toBe('passed');
    expect(await statusOf(await limitRequestBody(post('glossary.importCsv', streamOf(3_000_000)), endpoint))).toBe(
      'passed',
    );
    expect(
      await statusOf(
        await limitRequestBody(post('glossary.importCsv', streamOf(IMPORT_BODY_LIMIT_BYTES + 1)), endpoint),
      ),
    ).toBe(413);
  });
});
