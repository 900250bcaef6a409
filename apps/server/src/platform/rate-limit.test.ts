/**
 * Rate limits across several app servers (issue 9, item 5): with REDIS_URL the servers count in one
 * Redis, so a visitor gets the limit once in total, not once per server. Needs Debian redis-server.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { buildTestApp, freshDb, type TestApp } from '../test/helpers';

const REDIS = '/usr/bin/redis-server';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe.skipIf(!existsSync(REDIS))('rate limits shared through Redis', () => {
  let redis: ChildProcess;
  let servers: TestApp[];

  beforeAll(async () => {
    const port = await freePort();
    redis = spawn(REDIS, ['--port', String(port), '--save', '', '--bind', '127.0.0.1'], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 300));
    const env = { REDIS_URL: `redis://127.0.0.1:${port}`, RATE_LIMIT_PER_MINUTE: '7' };
    servers = [await buildTestApp(env), await buildTestApp(env)];
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    redis.kill();
  });

  it('two servers together allow the limit once: 7 of 20 alternating requests pass', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const server = servers[i % 2] as TestApp;
      statuses.push((await server.app.inject({ method: 'GET', url: '/api/units' })).statusCode);
    }
    expect(statuses.filter((s) => s !== 429)).toHaveLength(7);
    expect(statuses.slice(7).every((s) => s === 429)).toBe(true);
  });
});

describe('without Redis, and behind a proxy', () => {
  it('counts per process when REDIS_URL is unset', async () => {
    const t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await t.app.inject({ method: 'GET', url: '/api/units' })).statusCode);
    await t.close();
    expect(statuses.filter((s) => s === 429)).toHaveLength(2);
  });

  it('warns once when a request arrives through a proxy while TRUST_PROXY is off', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const { config, db } = await freshDb();
    const { app } = await buildApp({ config, db, logger: { level: 'warn', stream } });
    const forwarded = { 'x-forwarded-for': '203.0.113.9' };
    await app.inject({ method: 'GET', url: '/api/health' });
    expect(lines.join('')).not.toContain('TRUST_PROXY');
    await app.inject({ method: 'GET', url: '/api/health', headers: forwarded });
    await app.inject({ method: 'GET', url: '/api/health', headers: forwarded });
    await app.close();
    await db.destroy();
    expect(lines.filter((l) => l.includes('TRUST_PROXY is off'))).toHaveLength(1);
  });
});
