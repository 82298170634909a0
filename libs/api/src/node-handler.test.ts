import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { acceptsGzip, toFetchRequest, writeFetchResponse } from './node-handler';

/** What the fetch-style handler saw of the last request. */
let seen: { method: string; url: string; headers: Headers; body: string } | null = null;

/** A bare Node server that converts like the production server's tRPC path does. */
const server = http.createServer((req, res) => {
  void (async () => {
    const request = toFetchRequest(req, res);
    seen = {
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: request.body ? await request.text() : '',
    };
    const headers = new Headers({ 'content-type': 'application/json', 'x-content-type-options': 'nosniff' });
    headers.append('set-cookie', 'a=1; Path=/');
    headers.append('set-cookie', 'b=2; Path=/; HttpOnly');
    const big = 'x'.repeat(200_000);
    if (req.url?.includes('stream')) headers.set('content-type', 'application/jsonl');
    const body = req.url?.includes('empty') ? null : JSON.stringify({ ok: true, big });
    const status = req.url?.includes('teapot') ? 418 : 200;
    await writeFetchResponse(new Response(body, { status, headers }), res, req.headers['accept-encoding']);
  })();
});
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the tRPC path of the production server (Node request ↔ fetch Request/Response)', () => {
  it('passes method, path with query, host and headers through, and a POST body whole', async () => {
    const response = await fetch(`${base}/api/trpc/glossary.list?input=%7B%7D`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://app.example', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ json: { term: 'ä'.repeat(70_000) } }),
    });
    expect(response.status).toBe(200);
    expect(seen?.method).toBe('POST');
    expect(seen?.url).toBe(`${base}/api/trpc/glossary.list?input=%7B%7D`);
    expect(seen?.headers.get('origin')).toBe('http://app.example');
    expect(seen?.headers.get('x-forwarded-proto')).toBe('https');
    expect(JSON.parse(seen?.body ?? '')).toEqual({ json: { term: 'ä'.repeat(70_000) } });
  });

  it('gives a GET no body', async () => {
    await fetch(`${base}/api/trpc/glossary.list`);
    expect(seen?.method).toBe('GET');
    expect(seen?.body).toBe('');
  });

  it('writes status, headers, every cookie and the whole body', async () => {
    const response = await fetch(`${base}/teapot`, { headers: { 'accept-encoding': 'identity' } });
    expect(response.status).toBe(418);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-length')).toBe(
      String(JSON.stringify({ ok: true, big: 'x'.repeat(200_000) }).length),
    );
    expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/; HttpOnly']);
    const answer = (await response.json()) as { ok: boolean; big: string };
    expect(answer.big).toHaveLength(200_000);
  });

  it('gzips a JSON answer for a client that accepts it, as Next did', async () => {
    const response = await new Promise<http.IncomingMessage>((resolve) =>
      http.get(`${base}/teapot`, { headers: { 'accept-encoding': 'br, gzip' } }, resolve),
    );
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect((JSON.parse(gunzipSync(Buffer.concat(chunks)).toString()) as { big: string }).big).toHaveLength(200_000);
    expect(acceptsGzip('gzip;q=0, deflate')).toBe(false);
    expect(acceptsGzip('deflate, *')).toBe(true);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  it('streams an answer that is not plain JSON', async () => {
    const response = await fetch(`${base}/stream`);
    expect(response.headers.get('content-type')).toBe('application/jsonl');
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    expect(((await response.json()) as { big: string }).big).toHaveLength(200_000);
  });

  it('ends an answer without a body', async () => {
    const response = await fetch(`${base}/empty`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});
