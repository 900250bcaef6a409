import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../db';
import { recordAudit, verifyAuditChain } from '../../platform/audit';
import {
  auditCount,
  buildTestApp,
  call,
  loginAs,
  onPostgres,
  TEST_SECRET,
  userSession,
} from '../../test/helpers';
import { CLI_TIMEOUT, cliOn, root, run, tamperIn } from './test-setup';

describe('hash chain', () => {
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
});
