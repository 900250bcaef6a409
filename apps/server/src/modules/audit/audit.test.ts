import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../db';
import { recordAudit, verifyAuditChain } from '../../platform/audit';
import {
  auditCount,
  buildTestApp,
  call,
  loginAs,
  onPostgres,
  TEST_SECRET,
  type TestApp,
  userSession,
} from '../../test/helpers';

const run = promisify(execFile);
/** Tests that start the operator command (a fresh Node process with tsx) need more than the default. */
const CLI_TIMEOUT = 60_000;
const root = join(import.meta.dirname, '..', '..', '..', '..', '..');

let t: TestApp;
let admin: Awaited<ReturnType<typeof userSession>>;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await userSession(t, { role: 'sysadmin', divisionCode: '150800' });
});
afterAll(() => t.close());

/** Simulates someone with database access bypassing the append-only triggers. */
async function tamperIn(app: TestApp, statement: ReturnType<typeof sql>) {
  await app.ctx.db.transaction().execute(async (trx) => {
    if (onPostgres()) {
      await sql`alter table audit_log disable trigger audit_log_no_change`.execute(trx);
      await statement.execute(trx);
      await sql`alter table audit_log enable trigger audit_log_no_change`.execute(trx);
    } else {
      await sql`drop trigger if exists audit_log_no_update`.execute(trx);
      await sql`drop trigger if exists audit_log_no_delete`.execute(trx);
      await statement.execute(trx);
    }
  });
}
const tamper = (statement: ReturnType<typeof sql>) => tamperIn(t, statement);

/** Runs the operator command against the database of `target`. */
async function cliOn(target: TestApp, ...args: string[]) {
  const env = {
    ...process.env,
    DATA_DIR: target.config.dataDir,
    TUOYU_SECRET: TEST_SECRET,
    ...(target.pgSchema
      ? {
          DATABASE_URL: `${process.env.DATABASE_URL}${process.env.DATABASE_URL?.includes('?') ? '&' : '?'}options=-c%20search_path%3D${target.pgSchema}`,
        }
      : {}),
  };
  try {
    const r = await run(
      process.execPath,
      ['--import', 'tsx', join(root, 'apps/server/src/cli.ts'), ...args],
      { env, cwd: root },
    );
    return { code: 0, out: r.stdout + r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}
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

  it('lists every broken entry, not just the first, and the cli exits 1 naming each', {
    timeout: CLI_TIMEOUT,
  }, async () => {
    const fresh = await buildTestApp();
    try {
      const s = await userSession(fresh, { role: 'sysadmin', divisionCode: '150800' });
      for (let i = 0; i < 3; i++) await loginAs(fresh.app, s.username, s.password);
      const n = await auditCount(fresh.ctx);
      expect(n).toBeGreaterThanOrEqual(4);
      const ids = await fresh.ctx.db.selectFrom('audit_log').select(['id', 'seq']).orderBy('seq').execute();
      const [second, last] = [ids[1], ids[n - 1]];
      if (!second || !last) throw new Error('expected entries');
      await tamperIn(fresh, sql`update audit_log set ip = '10.9.9.9' where seq = ${Number(second.seq)}`);
      await tamperIn(
        fresh,
        sql`update audit_log set action = 'auth.nothing' where seq = ${Number(last.seq)}`,
      );

      const result = await verifyAuditChain(fresh.ctx.db, fresh.ctx.keys);
      expect(result.ok).toBe(false);
      expect(result.entries).toBe(n);
      expect(result.broken).toEqual([
        { seq: Number(second.seq), id: second.id, reason: 'content does not match its hash' },
        { seq: Number(last.seq), id: last.id, reason: 'content does not match its hash' },
      ]);
      const out = await cliOn(fresh, 'audit', 'verify');
      expect(out.code).toBe(1);
      expect(out.out).toContain(`BROKEN at entry ${second.seq} (row id ${second.id})`);
      expect(out.out).toContain(`BROKEN at entry ${last.seq} (row id ${last.id})`);
      expect(out.out).toContain(`2 broken of ${n} entries checked`);
    } finally {
      await fresh.close();
    }
  });

  it('refuses the lone-surrogate login with 400 and the chain stays intact (cli exits 0)', {
    timeout: CLI_TIMEOUT,
  }, async () => {
    const fresh = await buildTestApp();
    try {
      const before = await auditCount(fresh.ctx);
      // The exact request of issue 9: a lone UTF-16 surrogate as the username, JSON-escaped.
      const res = await fresh.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json', 'x-requested-with': 'tuoyu' },
        payload: '{"username":"\\ud800","password":"x"}',
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors).toEqual([
        { path: 'username', message: expect.stringContaining('Unicode 代理项') },
      ]);
      expect(await auditCount(fresh.ctx)).toBe(before);
      // A lone surrogate or NUL that reaches the trail another way (a header, a future caller)
      // is stored and hashed as the same well-formed text.
      await fresh.ctx.db
        .transaction()
        .execute((trx) =>
          recordAudit(
            trx,
            fresh.ctx.keys,
            { actorId: null, actorUsername: 'x\ud800y', actorRole: null, requestId: 'r\u0000', ip: '\udc00' },
            { action: 'auth.login_failed', entityType: 'user', changes: { note: 'a\ud800\u0000' } },
          ),
        );
      const row = await fresh.ctx.db
        .selectFrom('audit_log')
        .select(['actor_username', 'request_id', 'ip', 'changes'])
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ actor_username: 'x\uFFFDy', request_id: 'r\uFFFD', ip: '\uFFFD' });
      expect(JSON.parse(row.changes ?? '{}')).toEqual({ note: 'a\ud800\u0000' });
      expect(await verifyAuditChain(fresh.ctx.db, fresh.ctx.keys)).toMatchObject({ ok: true, broken: [] });
      const out = await cliOn(fresh, 'audit', 'verify');
      expect(out.out).toMatch(/audit trail intact: \d+ entries verified/);
      expect(out.code).toBe(0);
    } finally {
      await fresh.close();
    }
  });

  it('finds a removed entry and removed newest entries', async () => {
    const fresh = await buildTestApp();
    try {
      const s = await userSession(fresh, { role: 'sysadmin', divisionCode: '150800' });
      await call(fresh.app, 'POST', '/api/auth/logout', { cookie: s.cookie });
      const n = await auditCount(fresh.ctx);
      expect(n).toBeGreaterThanOrEqual(2);
      const drop = async (seq: number) =>
        fresh.ctx.db.transaction().execute(async (trx) => {
          if (onPostgres()) {
            await sql`alter table audit_log disable trigger audit_log_no_change`.execute(trx);
            await sql`delete from audit_log where seq = ${seq}`.execute(trx);
            await sql`alter table audit_log enable trigger audit_log_no_change`.execute(trx);
          } else {
            await sql`drop trigger if exists audit_log_no_delete`.execute(trx);
            await sql`delete from audit_log where seq = ${seq}`.execute(trx);
          }
        });
      await drop(n);
      expect(await verifyAuditChain(fresh.ctx.db, fresh.ctx.keys)).toMatchObject({
        ok: false,
        brokenAt: { seq: n },
      });
      await drop(1);
      expect(await verifyAuditChain(fresh.ctx.db, fresh.ctx.keys)).toMatchObject({
        ok: false,
        brokenAt: { seq: 1 },
      });
    } finally {
      await fresh.close();
    }
  });

  it.skipIf(onPostgres())(
    'cli backup writes a copy that restores with its audit chain and data intact',
    async () => {
      const fresh = await buildTestApp();
      try {
        const s = await userSession(fresh, { role: 'sysadmin', divisionCode: '150800' });
        const dest = join(fresh.config.dataDir, 'backup.db');
        const env = { ...process.env, DATA_DIR: fresh.config.dataDir, TUOYU_SECRET: TEST_SECRET };
        const r = await run(
          process.execPath,
          ['--import', 'tsx', join(root, 'apps/server/src/cli.ts'), 'backup', dest],
          { env, cwd: root },
        );
        expect(r.stdout).toMatch(/restored copy verified \(\d+ audit entries intact\)/);
        const copy = openDb({ dataDir: ':memory:', file: dest });
        const row = await copy.db
          .selectFrom('users')
          .select('username')
          .where('id', '=', s.id)
          .executeTakeFirst();
        await copy.destroy();
        expect(row?.username).toBe(s.username);
      } finally {
        await fresh.close();
      }
    },
    CLI_TIMEOUT,
  );

  it('cli without a known command prints usage and exits 64', { timeout: CLI_TIMEOUT }, async () => {
    const r = await cli('nonsense');
    expect(r.code).toBe(64);
    expect(r.out).toContain('usage');
  });
});
