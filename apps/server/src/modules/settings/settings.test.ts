import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { documentsFor, filingData, registeredProvider } from '../providers/test-fixtures';

let t: TestApp;
let city: string;
let linhe: string;
let samr: string;
beforeAll(async () => {
  t = await buildTestApp();
  city = (await userSession(t, { role: 'city_regulator', divisionCode: '150800' })).cookie;
  linhe = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
  samr = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'samr' })).cookie;
});
afterAll(() => t.close());

describe('city standards parameters (standards.md "param")', () => {
  it('start at the defaults of standards.md', async () => {
    const res = (await call(t.app, 'GET', '/api/settings/standards', { cookie: linhe })).json();
    expect(res.values).toMatchObject({
      mixedRatio: 5,
      maxFloor: 3,
      indoorAreaPerChildM2: 3,
      filingDeadlineWorkingDays: 5,
    });
    expect(res.defaults).toEqual(res.values);
  });

  it('are set by the city only, audited, and applied by the filing checks', async () => {
    expect(
      (await call(t.app, 'PUT', '/api/settings/standards', { cookie: linhe, body: { maxFloor: 1 } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call(t.app, 'PUT', '/api/settings/standards', { cookie: city, body: { maxFloor: 0 } }))
        .statusCode,
    ).toBe(400);
    const put = await call(t.app, 'PUT', '/api/settings/standards', { cookie: city, body: { maxFloor: 1 } });
    expect(put.json().values.maxFloor).toBe(1);
    const entry = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'settings.standards')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.changes ?? '{}')).toEqual({ maxFloor: { from: 3, to: 1 } });

    const p = await registeredProvider(t, samr, linhe);
    await call(t.app, 'PUT', `/api/filings/${p.filingId}`, {
      cookie: p.manager,
      body: filingData(await documentsFor(t, p.manager), { floorMax: 2 }),
    });
    const refused = await call(t.app, 'POST', `/api/filings/${p.filingId}/submit`, { cookie: p.manager });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors.map((e: { path: string }) => e.path)).toContain('floorMax');
    await call(t.app, 'PUT', '/api/settings/standards', { cookie: city, body: {} });
    expect(
      (await call(t.app, 'POST', `/api/filings/${p.filingId}/submit`, { cookie: p.manager })).statusCode,
    ).toBe(200);
  });
});
