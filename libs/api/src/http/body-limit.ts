import { coreErrors } from '@srw/domain';

/**
 * A request body larger than this is refused with 413 before tRPC parses it: no
 * form of ours comes near it, and parsing a huge or deeply nested body costs
 * memory and can overflow the parser's stack.
 */
export const DEFAULT_BODY_LIMIT_BYTES = 1_000_000;

/**
 * Imports carry whole files (the glossary's CSV up to 2 million characters,
 * JSON-escaped): their calls may be larger.
 */
export const IMPORT_BODY_LIMIT_BYTES = 10_000_000;

/** The procedures that take a file. */
export const importProcedures: ReadonlySet<string> = new Set(['glossary.importCsv', 'exercises.importInjects']);

/** The limit for a tRPC request: the import limit only when every call of the (batched) path is an import. */
export function bodyLimitFor(url: string, endpoint: string): number {
  const pathname = new URL(url, 'http://localhost').pathname;
  const procedurePath = pathname.startsWith(`${endpoint}/`) ? pathname.slice(endpoint.length + 1) : '';
  const paths = decodeURIComponent(procedurePath).split(',');
  return paths.length > 0 && paths.every((path) => importProcedures.has(path))
    ? IMPORT_BODY_LIMIT_BYTES
    : DEFAULT_BODY_LIMIT_BYTES;
}

/** 413 in the shape of our other errors (superjson-wrapped tRPC error, `domainCode` for the UI). */
export function payloadTooLargeResponse(limit: number): Response {
  const body = {
    error: {
      json: {
        message: coreErrors.PAYLOAD_TOO_LARGE.code,
        code: -32013,
        data: {
          code: 'PAYLOAD_TOO_LARGE',
          httpStatus: 413,
          domainCode: coreErrors.PAYLOAD_TOO_LARGE.code,
          params: { limit },
          fieldErrors: null,
        },
      },
    },
  };
  return new Response(JSON.stringify(body), {
    status: 413,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });
}

/**
 * Reads the body up to `limit` bytes. Content-Length is checked first, but a
 * chunked body has none (and a client may lie), so the bytes are counted too and
 * reading stops at the limit. Returns the request to hand to tRPC (with the body
 * read, as a new Request), or the 413 response.
 */
export async function limitRequestBody(request: Request, endpoint: string): Promise<Request | Response> {
  if (request.method === 'GET' || request.method === 'HEAD' || request.body === null) return request;
  const limit = bodyLimitFor(request.url, endpoint);
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) return payloadTooLargeResponse(limit);

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return payloadTooLargeResponse(limit);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body,
    signal: request.signal,
  });
}
