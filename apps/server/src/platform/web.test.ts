/** The built web app as the server sends it: content-hashed assets cached for a year, pages never. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, call, type TestApp } from '../test/helpers';

let t: TestApp;
beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'tuoyu-web-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>托育</title><div id="root"></div>');
  writeFileSync(join(dist, 'assets', 'index-B2x9Qk1a.js'), 'console.log("app")');
  writeFileSync(join(dist, 'assets', 'index-Cf83hZ0e.css'), 'body{margin:0}');
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  t = await buildTestApp({ WEB_DIST: dist });
});
afterAll(() => t.close());

const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('web app delivery', () => {
  it.each(['/assets/index-B2x9Qk1a.js', '/assets/index-Cf83hZ0e.css'])(
    'sends the content-hashed %s cacheable for a year, immutable',
    async (path) => {
      const res = await call(t.app, 'GET', path);
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe(IMMUTABLE);
    },
  );

  it.each([
    ['index.html', '/index.html'],
    ['the SPA fallback for a deep link', '/providers/42'],
    ['the SPA fallback for the root', '/'],
    ['an unhashed file beside index.html', '/favicon.svg'],
  ])('sends %s with no-cache', async (_label, path) => {
    const res = await call(t.app, 'GET', path);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('serves the SPA fallback as the HTML page, with the security headers', async () => {
    const res = await call(t.app, 'GET', '/console/filings');
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('<div id="root">');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('a missing asset is a problem+json 404, not the page (and not cached for a year)', async () => {
    const res = await call(t.app, 'GET', '/assets/index-gone0000.js');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['cache-control']).not.toBe(IMMUTABLE);
  });
});
