import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../platform/crypto';
import {
  auditCount,
  buildTestApp,
  call,
  createUser,
  loginAs,
  TEST_PASSWORD,
  type TestApp,
  userSession,
} from '../../test/helpers';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const login = (username: string, password: string) =>
  call(t.app, 'POST', '/api/auth/login', { body: { username, password } });

describe('login and sessions', () => {
  it('logs in with the right password and sets an httpOnly, SameSite=Lax session cookie', async () => {
    const u = await createUser(t.ctx, { role: 'county_regulator', divisionCode: '150802' });
    const res = await login(u.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      username: u.username,
      role: 'county_regulator',
      divisionCode: '150802',
      divisionName: '临河区',
      unitName: '临河区卫生健康委',
    });
    const cookie = res.cookies.find((c) => c.name === 'tuoyu_sid');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const me = await call(t.app, 'GET', '/api/auth/me', { cookie: `tuoyu_sid=${cookie?.value}` });
    expect(me.statusCode).toBe(200);
    expect(me.json().id).toBe(u.id);
  });

  it('stores only the hash of the session token', async () => {
    const u = await createUser(t.ctx);
    const cookie = await loginAs(t.app, u.username);
    const token = cookie.split('=')[1] ?? '';
    const rows = await t.ctx.db.selectFrom('sessions').select('id').where('user_id', '=', u.id).execute();
    expect(rows.map((r) => r.id)).toEqual([sha256Hex(token)]);
  });

  it('answers 401 to /api/auth/me without a session', async () => {
    const res = await call(t.app, 'GET', '/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'auth.required', title: '请先登录' });
  });

  it('GET /api/auth/session answers 200 {user: null} to anyone not logged in', async () => {
    for (const cookie of [undefined, 'tuoyu_sid=not-a-session']) {
      const res = await call(t.app, 'GET', '/api/auth/session', cookie ? { cookie } : {});
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ user: null });
    }
  });

  it('GET /api/auth/session gives the same Me as /api/auth/me, then null after logout', async () => {
    const u = await createUser(t.ctx, { role: 'county_regulator', divisionCode: '150802' });
    const cookie = await loginAs(t.app, u.username);
    const me = await call(t.app, 'GET', '/api/auth/me', { cookie });
    const session = await call(t.app, 'GET', '/api/auth/session', { cookie });
    expect(session.statusCode).toBe(200);
    expect(session.json()).toEqual({ user: me.json() });
    expect(session.json().user).toMatchObject({ id: u.id, divisionName: '临河区' });
    await call(t.app, 'POST', '/api/auth/logout', { cookie });
    expect((await call(t.app, 'GET', '/api/auth/session', { cookie })).json()).toEqual({ user: null });
  });

  it('GET /api/auth/session also answers while a password change is pending', async () => {
    const u = await createUser(t.ctx, { mustChangePassword: true });
    const cookie = await loginAs(t.app, u.username);
    const res = await call(t.app, 'GET', '/api/auth/session', { cookie });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ id: u.id, mustChangePassword: true });
  });

  it('logout ends the session on the server', async () => {
    const u = await createUser(t.ctx);
    const cookie = await loginAs(t.app, u.username);
    expect((await call(t.app, 'POST', '/api/auth/logout', { cookie })).statusCode).toBe(200);
    expect((await call(t.app, 'GET', '/api/auth/me', { cookie })).statusCode).toBe(401);
  });

  it('expires a session idle for 30 minutes', async () => {
    const u = await createUser(t.ctx);
    const cookie = await loginAs(t.app, u.username);
    const idle = new Date(Date.now() - 31 * 60_000).toISOString();
    await t.ctx.db.updateTable('sessions').set({ last_seen_at: idle }).where('user_id', '=', u.id).execute();
    expect((await call(t.app, 'GET', '/api/auth/me', { cookie })).statusCode).toBe(401);
  });

  it('keeps an active session alive but ends it 12 hours after login', async () => {
    const u = await createUser(t.ctx);
    const cookie = await loginAs(t.app, u.username);
    const recent = new Date(Date.now() - 29 * 60_000).toISOString();
    await t.ctx.db
      .updateTable('sessions')
      .set({ last_seen_at: recent })
      .where('user_id', '=', u.id)
      .execute();
    expect((await call(t.app, 'GET', '/api/auth/me', { cookie })).statusCode).toBe(200);
    await t.ctx.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('user_id', '=', u.id)
      .execute();
    expect((await call(t.app, 'GET', '/api/auth/me', { cookie })).statusCode).toBe(401);
  });

  it('refuses a disabled account even with the right password', async () => {
    const u = await createUser(t.ctx, { status: 'disabled' });
    const res = await login(u.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('auth.disabled');
  });
});

describe('CSRF guard', () => {
  it('refuses a write without X-Requested-With: tuoyu and changes nothing', async () => {
    const u = await createUser(t.ctx);
    const before = await auditCount(t.ctx);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: u.username, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf.missing_header');
    expect(res.cookies).toHaveLength(0);
    expect(await auditCount(t.ctx)).toBe(before);
  });

  it('refuses a logged-in write without the header', async () => {
    const s = await userSession(t);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: s.cookie },
    });
    expect(res.statusCode).toBe(403);
    expect((await call(t.app, 'GET', '/api/auth/me', { cookie: s.cookie })).statusCode).toBe(200);
  });
});

describe('own password change', () => {
  it('refuses a wrong current password on oldPassword', async () => {
    const s = await userSession(t);
    const res = await call(t.app, 'POST', '/api/auth/password', {
      cookie: s.cookie,
      body: { oldPassword: 'Not-The-0ld!', newPassword: 'New-Passw0rd-2026' },
      ip: '10.0.9.1',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toBe('oldPassword');
  });

  it('changes the password, ends other sessions, keeps this one', async () => {
    const s = await userSession(t);
    const other = await loginAs(t.app, s.username);
    const res = await call(t.app, 'POST', '/api/auth/password', {
      cookie: s.cookie,
      body: { oldPassword: s.password, newPassword: 'New-Passw0rd-2026' },
    });
    expect(res.statusCode).toBe(200);
    expect((await call(t.app, 'GET', '/api/auth/me', { cookie: s.cookie })).statusCode).toBe(200);
    expect((await call(t.app, 'GET', '/api/auth/me', { cookie: other })).statusCode).toBe(401);
    expect((await login(s.username, s.password)).statusCode).toBe(401);
    expect((await login(s.username, 'New-Passw0rd-2026')).statusCode).toBe(200);
  });

  it('blocks everything but me, logout and password change until a required change is made', async () => {
    const s = await userSession(t, { role: 'sysadmin', mustChangePassword: true });
    const blocked = await call(t.app, 'GET', '/api/users', { cookie: s.cookie });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('auth.password_change_required');
    const me = await call(t.app, 'GET', '/api/auth/me', { cookie: s.cookie });
    expect(me.json().mustChangePassword).toBe(true);
    await call(t.app, 'POST', '/api/auth/password', {
      cookie: s.cookie,
      body: { oldPassword: s.password, newPassword: 'New-Passw0rd-2026' },
    });
    expect((await call(t.app, 'GET', '/api/users', { cookie: s.cookie })).statusCode).toBe(200);
  });
});
