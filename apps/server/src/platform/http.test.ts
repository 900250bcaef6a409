import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, call, type TestApp } from '../test/helpers';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('HTTP platform', () => {
  it('GET /api/health answers ok with the engine and version', async () => {
    const res = await call(t.app, 'GET', '/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: t.ctx.engine, version: t.config.version });
  });

  it('sets security headers on every response', async () => {
    const res = await call(t.app, 'GET', '/api/health');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers an unknown API path with a problem+json 404 in Chinese', async () => {
    const res = await call(t.app, 'GET', '/api/nope');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 404, code: 'route.not_found', title: '未找到' });
  });

  it('answers in English for Accept-Language: en', async () => {
    const res = await call(t.app, 'GET', '/api/nope', { headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(res.json()).toMatchObject({ title: 'Not found' });
    expect(res.headers['content-language']).toBe('en');
  });

  it('answers malformed JSON with 400 problem+json', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'tuoyu' },
      payload: '{"username": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'request.malformed', status: 400 });
  });

  it('lists every invalid field with its path, worded in the caller language', async () => {
    const zh = await call(t.app, 'POST', '/api/auth/login', { body: { username: 5 } });
    expect(zh.statusCode).toBe(400);
    const body = zh.json();
    expect(body.code).toBe('request.invalid');
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['password', 'username']);
    expect(body.errors[0].message).toMatch(/[\u4e00-\u9fa5]/);
    const en = await call(t.app, 'POST', '/api/auth/login', {
      body: { username: 5 },
      headers: { 'accept-language': 'en' },
    });
    expect(en.json().errors[0].message).toMatch(/expected string/);
  });

  it('serves the OpenAPI document generated from the route schemas, and its UI', async () => {
    const doc = await call(t.app, 'GET', '/api/openapi.json');
    expect(doc.statusCode).toBe(200);
    const paths = Object.keys(doc.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/users', '/api/audit', '/api/health']),
    );
    expect(doc.json().paths['/api/auth/login'].post.requestBody).toBeDefined();
    const ui = await call(t.app, 'GET', '/api/docs/');
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toContain('text/html');
  });
});

describe('rate limits', () => {
  it('answers 429 problem+json with Retry-After once an address exceeds the login limit', async () => {
    const limited = await buildTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const r = await call(limited.app, 'POST', '/api/auth/login', {
          body: { username: 'nobody', password: 'x' },
        });
        statuses.push(r.statusCode);
        if (r.statusCode === 429) {
          expect(r.json()).toMatchObject({ code: 'rate_limited', status: 429 });
          expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
        }
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});
