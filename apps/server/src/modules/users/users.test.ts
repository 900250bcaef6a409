import { ROLE_NAMES } from '@tuoyu/domain';
import { describe, expect, it } from 'vitest';
import { auditCount, call, createUser, loginAs, userSession } from '../../test/helpers';
import { admin, newUser, setUpUserTests, t } from './test-setup';

setUpUserTests();

describe('user administration by the system administrator', () => {
  it('creates an account (201), masks its mobile, encrypts it at rest and audits the change', async () => {
    const body = newUser({ mobile: '13912345678' });
    const res = await call(t.app, 'POST', '/api/users', { cookie: admin.cookie, body });
    expect(res.statusCode).toBe(201);
    const user = res.json();
    expect(user).toMatchObject({
      username: body.username,
      role: 'county_regulator',
      divisionName: '五原县',
      unitName: '五原县卫生健康委',
      mobile: '139****5678',
      status: 'active',
    });
    const row = await t.ctx.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.mobile_enc).not.toContain('13912345678');
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.must_change_password).toBe(1);
    const entry = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.create')
      .where('entity_id', '=', String(user.id))
      .executeTakeFirstOrThrow();
    expect(entry.actor_username).toBe(admin.username);
    expect(entry.request_id).toBe(res.headers['x-request-id']);
    expect(JSON.parse(entry.changes ?? '{}')).toMatchObject({
      username: body.username,
      mobile: '139****5678',
    });
    expect(entry.changes).not.toContain('13912345678');
    expect(entry.changes).not.toContain('Initial-Passw0rd');
  });

  it.each([
    [{ username: 'A b' }, 'username'],
    [{ mobile: '12345' }, 'mobile'],
    [{ divisionCode: '999999' }, 'divisionCode'],
    [{ role: 'county_regulator', divisionCode: '150800' }, 'divisionCode'],
    [{ role: 'department_officer', divisionCode: '150802', unit: null }, 'unit'],
    [{ unit: 'nosuchunit' }, 'unit'],
  ])('refuses %o with 400 naming %s, and creates nothing', async (override, path) => {
    const before = await auditCount(t.ctx);
    const body = newUser(override);
    const res = await call(t.app, 'POST', '/api/users', { cookie: admin.cookie, body });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await auditCount(t.ctx)).toBe(before);
    const row = await t.ctx.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', String(body.username))
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it('refuses a weak initial password with 422 on password', async () => {
    const res = await call(t.app, 'POST', '/api/users', {
      cookie: admin.cookie,
      body: newUser({ password: 'weakpassword' }),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toBe('password');
  });

  it('refuses a taken username with 409', async () => {
    const body = newUser();
    expect((await call(t.app, 'POST', '/api/users', { cookie: admin.cookie, body })).statusCode).toBe(201);
    const again = await call(t.app, 'POST', '/api/users', { cookie: admin.cookie, body });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'user.username_taken', errors: [{ path: 'username' }] });
  });

  it('lists with filters and pagination', async () => {
    const res = await call(t.app, 'GET', '/api/users?role=sysadmin&pageSize=1', { cookie: admin.cookie });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ page: 1, pageSize: 1 });
    expect(body.items.every((u: { role: string }) => u.role === 'sysadmin')).toBe(true);
    expect(body.total).toBeGreaterThanOrEqual(1);
    const bad = await call(t.app, 'GET', '/api/users?pageSize=500', { cookie: admin.cookie });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('pageSize');
  });

  it('exports the list to a real Excel file', async () => {
    const res = await call(t.app, 'GET', '/api/users/export.xlsx', { cookie: admin.cookie });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.getRow(1).getCell(1).value).toBe('用户名');
    const names = ws?.getColumn(1).values.slice(2);
    expect(names).toContain(admin.username);
    // The role column words each role as the domain names it (系统管理员), never its code (sysadmin).
    expect(ws?.getRow(1).getCell(4).value).toBe('角色');
    const adminRow = ws?.getRows(2, ws.rowCount - 1)?.find((r) => r.getCell(1).value === admin.username);
    expect(adminRow?.getCell(4).value).toBe(ROLE_NAMES.sysadmin.zh);
    const roleCells = ws?.getColumn(4).values.slice(2) ?? [];
    const zhNames: unknown[] = Object.values(ROLE_NAMES).map((n) => n.zh);
    expect(roleCells.length).toBeGreaterThan(0);
    expect(roleCells.filter((v) => !zhNames.includes(v))).toEqual([]);
  });

  it('disables an account and ends its sessions', async () => {
    const s = await userSession(t);
    const res = await call(t.app, 'PATCH', `/api/users/${s.id}`, {
      cookie: admin.cookie,
      body: { status: 'disabled' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('disabled');
    expect((await call(t.app, 'GET', '/api/auth/me', { cookie: s.cookie })).statusCode).toBe(401);
    const entry = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.disable')
      .where('entity_id', '=', String(s.id))
      .executeTakeFirst();
    expect(JSON.parse(entry?.changes ?? '{}')).toEqual({ status: { from: 'active', to: 'disabled' } });
  });

  it('unlocks a locked account', async () => {
    const u = await createUser(t.ctx);
    await t.ctx.db
      .updateTable('users')
      .set({ locked_until: new Date(Date.now() + 600_000).toISOString() })
      .where('id', '=', u.id)
      .execute();
    const listed = await call(t.app, 'GET', `/api/users/${u.id}`, { cookie: admin.cookie });
    expect(listed.json().lockedUntil).not.toBeNull();
    const res = await call(t.app, 'PATCH', `/api/users/${u.id}`, {
      cookie: admin.cookie,
      body: { unlock: true },
    });
    expect(res.json().lockedUntil).toBeNull();
    expect(await loginAs(t.app, u.username)).toMatch(/^tuoyu_sid=/);
  });

  it('resets a password: old sessions end and the user must change it at next login', async () => {
    const s = await userSession(t);
    const res = await call(t.app, 'POST', `/api/users/${s.id}/password`, {
      cookie: admin.cookie,
      body: { newPassword: 'Reset-Passw0rd-1' },
    });
    expect(res.statusCode).toBe(200);
    expect((await call(t.app, 'GET', '/api/auth/me', { cookie: s.cookie })).statusCode).toBe(401);
    const cookie = await loginAs(t.app, s.username, 'Reset-Passw0rd-1');
    expect((await call(t.app, 'GET', '/api/auth/me', { cookie })).json().mustChangePassword).toBe(true);
  });

  it('refuses an empty unit code (400 on the unit field) and keeps the account as it was', async () => {
    const u = await createUser(t.ctx, { role: 'county_regulator' });
    const res = await call(t.app, 'PATCH', `/api/users/${u.id}`, {
      cookie: admin.cookie,
      body: { unit: '' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['unit']);
    expect((await call(t.app, 'GET', `/api/users/${u.id}`, { cookie: admin.cookie })).json().unit).toBe(
      'health',
    );
    const created = await call(t.app, 'POST', '/api/users', {
      cookie: admin.cookie,
      body: newUser({ unit: '' }),
    });
    expect(created.statusCode).toBe(400);
    expect(created.json().errors.map((e: { path: string }) => e.path)).toContain('unit');
  });

  it('will not let the administrator disable their own account', async () => {
    const res = await call(t.app, 'PATCH', `/api/users/${admin.id}`, {
      cookie: admin.cookie,
      body: { status: 'disabled' },
    });
    expect(res.statusCode).toBe(422);
  });
});
