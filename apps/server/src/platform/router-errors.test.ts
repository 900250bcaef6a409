/**
 * Requests that never reach a route, over a real socket (inject skips Node's HTTP parser): each
 * answers problem+json with the security headers of every other answer.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test/helpers';

let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await buildTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  port = address.port;
});
afterAll(() => t.close());

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends `request` byte for byte and reads the answer until the server closes or it is complete. */
function raw(request: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const finish = () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = text.slice(0, split).split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: text.slice(split + 4) });
    };
    socket.on('data', (c) => {
      chunks.push(c);
      const text = Buffer.concat(chunks).toString('utf8');
      const length = /content-length: (\d+)/i.exec(text)?.[1];
      const split = text.indexOf('\r\n\r\n');
      if (length && split >= 0 && Buffer.byteLength(text.slice(split + 4)) >= Number(length)) {
        socket.destroy();
        finish();
      }
    });
    socket.on('close', () => (chunks.length ? finish() : reject(new Error('closed without an answer'))));
    socket.on('error', () => {});
    socket.write(request);
  });
}

const get = (path: string, extraHeaders = '') =>
  raw(`GET ${path} HTTP/1.1\r\nHost: localhost\r\n${extraHeaders}Connection: close\r\n\r\n`);

function expectProblem(answer: RawAnswer, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toContain('application/problem+json');
  expect(JSON.parse(answer.body)).toMatchObject({ status, code, title: expect.any(String) });
  expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
  expect(answer.headers['x-frame-options']).toBe('SAMEORIGIN');
  expect(answer.headers['referrer-policy']).toBe('same-origin');
}

describe('router-level errors over HTTP', () => {
  it('a URL with broken percent-encoding → 400 route.bad_url', async () => {
    const answer = await get('/api/providers/%E0%A4%A');
    expectProblem(answer, 400, 'route.bad_url');
    expect(answer.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(answer.body).title).toBe('网址有误');
  });

  it('words the bad-URL answer in English for Accept-Language: en', async () => {
    const answer = await get('/api/providers/%E0%A4%A', 'Accept-Language: en\r\n');
    expect(JSON.parse(answer.body)).toMatchObject({ title: 'Bad URL' });
    expect(answer.headers['content-language']).toBe('en');
  });

  it('an unknown route → 404 route.not_found', async () => {
    expectProblem(await get('/api/no-such-thing'), 404, 'route.not_found');
  });

  it('a URL longer than 8 KiB → 414, and so is an over-long path segment', async () => {
    expectProblem(await get(`/api/health?pad=${'a'.repeat(9000)}`), 414, 'route.url_too_long');
    expectProblem(await get(`/api/providers/${'1'.repeat(150)}`), 414, 'route.url_too_long');
  });

  it('a request line longer than Node accepts at all → 414', async () => {
    expectProblem(await get(`/api/health?pad=${'a'.repeat(20_000)}`), 414, 'route.url_too_long');
  });

  it('headers larger than Node accepts → 431', async () => {
    const answer = await get('/api/health', `Cookie: tuoyu_sid=${'x'.repeat(20_000)}\r\n`);
    expectProblem(answer, 431, 'request.headers_too_large');
  });

  it('a request that is not HTTP → 400 request.bad_http', async () => {
    expectProblem(await raw('HELLO THERE\r\n\r\n'), 400, 'request.bad_http');
  });

  it('a normal request still answers on the same server', async () => {
    const answer = await get('/api/health');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
  });
});
