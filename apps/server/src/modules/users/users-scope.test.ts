import { describe, expect, it } from 'vitest';
import { call, createUser, userSession } from '../../test/helpers';
import { newUser, setUpUserTests, t } from './test-setup';

setUpUserTests();

describe('who may administer accounts', () => {
  it.each(['city_regulator', 'jc_office', 'parent', 'department_officer'] as const)(
    'refuses %s creating an account (403)',
    async (role) => {
      const s = await userSession(t, {
        role,
        divisionCode: role === 'department_officer' ? '150802' : '150800',
        unit: role === 'department_officer' ? 'samr' : null,
      });
      const res = await call(t.app, 'POST', '/api/users', { cookie: s.cookie, body: newUser() });
      expect(res.statusCode).toBe(403);
    },
  );

  it('refuses anonymous callers with 401 before looking at their input', async () => {
    const res = await call(t.app, 'GET', '/api/users?pageSize=500');
    expect(res.statusCode).toBe(401);
  });
});

describe('jurisdiction scope: a county sees and changes only its own records', () => {
  it('a county regulator lists only accounts inside its county', async () => {
    const linhe = await userSession(t, { role: 'county_regulator', divisionCode: '150802' });
    await createUser(t.ctx, { role: 'county_regulator', divisionCode: '150821' });
    await createUser(t.ctx, { role: 'township_officer', divisionCode: '150802004' });
    const res = await call(t.app, 'GET', '/api/users?pageSize=100', { cookie: linhe.cookie });
    expect(res.statusCode).toBe(200);
    const codes: string[] = res.json().items.map((u: { divisionCode: string }) => u.divisionCode);
    expect(codes.length).toBeGreaterThanOrEqual(2);
    expect(codes.every((c) => c.startsWith('150802'))).toBe(true);
    // Asking for another county through the filter yields nothing, not its records.
    const other = await call(t.app, 'GET', '/api/users?divisionCode=150821', { cookie: linhe.cookie });
    expect(other.json().total).toBe(0);
  });

  it("answers 404 for another county's account, to read or to change, and changes nothing", async () => {
    const linhe = await userSession(t, { role: 'county_regulator', divisionCode: '150802' });
    const wuyuanOfficer = await createUser(t.ctx, {
      role: 'township_officer',
      divisionCode: '150821100',
      displayName: '五原干事',
    });
    expect(
      (await call(t.app, 'GET', `/api/users/${wuyuanOfficer.id}`, { cookie: linhe.cookie })).statusCode,
    ).toBe(404);
    const patch = await call(t.app, 'PATCH', `/api/users/${wuyuanOfficer.id}`, {
      cookie: linhe.cookie,
      body: { displayName: '被改了' },
    });
    expect(patch.statusCode).toBe(404);
    expect(patch.json().code).toBe('not_found');
    const reset = await call(t.app, 'POST', `/api/users/${wuyuanOfficer.id}/password`, {
      cookie: linhe.cookie,
      body: { newPassword: 'Reset-Passw0rd-1' },
    });
    expect(reset.statusCode).toBe(404);
    const row = await t.ctx.db
      .selectFrom('users')
      .select('display_name')
      .where('id', '=', wuyuanOfficer.id)
      .executeTakeFirstOrThrow();
    expect(row.display_name).toBe('五原干事');
  });

  it('a county regulator manages township officers of its own county only', async () => {
    const linhe = await userSession(t, { role: 'county_regulator', divisionCode: '150802' });
    const own = await call(t.app, 'POST', '/api/users', {
      cookie: linhe.cookie,
      body: newUser({ role: 'township_officer', divisionCode: '150802001' }),
    });
    expect(own.statusCode).toBe(201);
    const other = await call(t.app, 'POST', '/api/users', {
      cookie: linhe.cookie,
      body: newUser({ role: 'township_officer', divisionCode: '150821100' }),
    });
    expect(other.statusCode).toBe(422);
    const higher = await call(t.app, 'POST', '/api/users', {
      cookie: linhe.cookie,
      body: newUser({ role: 'county_regulator', divisionCode: '150802' }),
    });
    expect(higher.statusCode).toBe(422);
    const peer = await createUser(t.ctx, { role: 'county_regulator', divisionCode: '150802' });
    const patchPeer = await call(t.app, 'PATCH', `/api/users/${peer.id}`, {
      cookie: linhe.cookie,
      body: { displayName: 'x' },
    });
    expect(patchPeer.statusCode).toBe(403);
  });

  it('a township officer cannot list accounts at all', async () => {
    const s = await userSession(t, { role: 'township_officer', divisionCode: '150802004' });
    expect((await call(t.app, 'GET', '/api/users', { cookie: s.cookie })).statusCode).toBe(403);
  });
});
