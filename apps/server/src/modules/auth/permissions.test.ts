import { permissionsOf, ROLES } from '@tuoyu/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, call, type TestApp } from '../../test/helpers';
import { oneUserPerRole, type RoleSessions } from '../../test/operations';

let t: TestApp;
let s: RoleSessions;
beforeAll(async () => {
  t = await buildTestApp();
  s = await oneUserPerRole(t);
}, 60_000);
afterAll(() => t.close());

describe('permissions', () => {
  it('GET /api/auth/me lists exactly the permissions of the caller’s role', async () => {
    for (const role of ROLES) {
      const me = (await call(t.app, 'GET', '/api/auth/me', { cookie: s.cookies[role] })).json();
      expect(me.permissions, role).toEqual(permissionsOf(role));
    }
  });

  it('a filing detail tells the provider it may edit, and the county reviewer nothing to review in a draft', async () => {
    const list = (await call(t.app, 'GET', '/api/filings', { cookie: s.cookies.provider_manager })).json();
    const id = list.items[0].id as number;
    const asProvider = (
      await call(t.app, 'GET', `/api/filings/${id}`, { cookie: s.cookies.provider_manager })
    ).json();
    const asReviewer = (
      await call(t.app, 'GET', `/api/filings/${id}`, { cookie: s.cookies.county_regulator })
    ).json();
    expect(asProvider.status).toBe('draft');
    expect(asProvider.actions).toEqual(['filings.edit']);
    expect(asReviewer.actions).not.toContain('filings.edit');
    expect(asReviewer.actions).not.toContain('filings.review');
    expect(asReviewer.actions).not.toEqual(asProvider.actions);
  });
});
