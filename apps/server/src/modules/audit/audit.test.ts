import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../platform/audit';
import { auditCount, buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { CLI_TIMEOUT, cliOn, tamperIn } from './test-setup';

let t: TestApp;
let admin: Awaited<ReturnType<typeof userSession>>;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await userSession(t, { role: 'sysadmin', divisionCode: '150800' });
});
afterAll(() => t.close());

const tamper = (statement: ReturnType<typeof sql>) => tamperIn(t, statement);
const cli = (...args: string[]) => cliOn(t, ...args);

describe('audit viewer', () => {
  it('is open to the system administrator and the city regulator only', async () => {
    const city = await userSession(t, { role: 'city_regulator', divisionCode: '150800' });
    const county = await userSession(t, { role: 'county_regulator', divisionCode: '150802' });
    expect((await call(t.app, 'GET', '/api/audit', { cookie: admin.cookie })).statusCode).toBe(200);
    expect((await call(t.app, 'GET', '/api/audit', { cookie: city.cookie })).statusCode).toBe(200);
    expect((await call(t.app, 'GET', '/api/audit', { cookie: county.cookie })).statusCode).toBe(403);
  });

  it('filters by actor, action and entity, newest first', async () => {
    const created = await call(t.app, 'POST', '/api/users', {
      cookie: admin.cookie,
      body: {
        username: 'audited-user',
        displayName: '被审计',
        role: 'county_regulator',
        divisionCode: '150821',
        password: 'Initial-Passw0rd',
      },
    });
    const res = await call(
      t.app,
      'GET',
      `/api/audit?actor=${admin.username}&action=user.create&entityType=user&entityId=${created.json().id}`,
      { cookie: admin.cookie },
    );
    const body = res.json();
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({
      action: 'user.create',
      actorUsername: admin.username,
      actorRole: 'sysadmin',
      entityType: 'user',
      divisionCode: '150821',
    });
    const all = (await call(t.app, 'GET', '/api/audit?pageSize=5', { cookie: admin.cookie })).json();
    const ids = all.items.map((e: { id: number }) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('filters by date (Beijing day) and rejects a malformed date', async () => {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const res = await call(t.app, 'GET', `/api/audit?from=${today}&to=${today}`, { cookie: admin.cookie });
    expect(res.json().total).toBeGreaterThan(0);
    const none = await call(t.app, 'GET', '/api/audit?from=2000-01-01&to=2000-01-02', {
      cookie: admin.cookie,
    });
    expect(none.json().total).toBe(0);
    expect((await call(t.app, 'GET', '/api/audit?from=yesterday', { cookie: admin.cookie })).statusCode).toBe(
      400,
    );
  });

  it('a failed change writes no audit entry', async () => {
    const before = await auditCount(t.ctx);
    const res = await call(t.app, 'PATCH', '/api/users/999999', {
      cookie: admin.cookie,
      body: { displayName: 'x' },
    });
    expect(res.statusCode).toBe(404);
    expect(await auditCount(t.ctx)).toBe(before);
  });

  it('exports to Excel', async () => {
    const res = await call(t.app, 'GET', '/api/audit/export.xlsx?action=user.create', {
      cookie: admin.cookie,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
  });
});

describe('hash chain', () => {
  it('the database refuses to update or delete audit entries', async () => {
    await expect(sql`update audit_log set action = 'x' where seq = 1`.execute(t.ctx.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_log where seq = 1`.execute(t.ctx.db)).rejects.toThrow(/append-only/);
  });

  it('verifies intact, then finds an altered entry and names it (cli exits 0, then 1)', {
    timeout: CLI_TIMEOUT,
  }, async () => {
    expect(await verifyAuditChain(t.ctx.db, t.ctx.keys)).toMatchObject({ ok: true });
    const ok = await cli('audit', 'verify');
    expect(ok.out).toMatch(/intact: \d+ entries/);
    expect(ok.code).toBe(0);

    await tamper(sql`update audit_log set actor_username = 'someone-else' where seq = 3`);
    const result = await verifyAuditChain(t.ctx.db, t.ctx.keys);
    expect(result).toMatchObject({ ok: false, brokenAt: { seq: 3 } });
    const broken = await cli('audit', 'verify');
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('BROKEN at entry 3');
  });

  it('cli without a known command prints usage and exits 64', { timeout: CLI_TIMEOUT }, async () => {
    const r = await cli('nonsense');
    expect(r.code).toBe(64);
    expect(r.out).toContain('usage');
  });
});
