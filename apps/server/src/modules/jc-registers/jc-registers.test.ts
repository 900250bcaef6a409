import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { filedProviders } from '../inspection-plans/test-fixtures';

let t: TestApp;
let office: string;
let hrss: string;
let regulator: string;

beforeAll(async () => {
  t = await buildTestApp();
  office = (await userSession(t, { role: 'jc_office', divisionCode: '150800', unit: 'health' })).cookie;
  hrss = (await userSession(t, { role: 'department_officer', divisionCode: '150800', unit: 'hrss' })).cookie;
  regulator = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
});
afterAll(() => t.close());

const expert = {
  name: '李明',
  field: 'pediatrics',
  employer: '巴彦淖尔市医院',
  title: '主任医师',
  mobile: '13904781234',
  appointedFrom: '2026-01-01',
  appointedTo: '2028-12-31',
};

describe('the expert committee register (issue 12 item 1)', () => {
  it('the office adds an expert; the mobile is encrypted at rest and masked in the list; readers read', async () => {
    const before = await auditCount(t.ctx);
    const res = await call(t.app, 'POST', '/api/jc/experts', { cookie: office, body: expert });
    expect(res.statusCode, res.body).toBe(201);
    expect(await auditCount(t.ctx)).toBe(before + 1);
    const row = await t.ctx.db.selectFrom('jc_experts').selectAll().executeTakeFirstOrThrow();
    expect(row.mobile_enc).not.toContain('13904781234');
    const list = (await call(t.app, 'GET', '/api/jc/experts', { cookie: hrss })).json();
    expect(list.items).toEqual([
      expect.objectContaining({ name: '李明', mobile: '139****1234', active: true }),
    ]);
    expect(JSON.stringify(list)).not.toContain('13904781234');
    const xlsx = await call(t.app, 'GET', '/api/jc/experts/export.xlsx', { cookie: hrss });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('edits, filters by field and activity; units and other roles may not write', async () => {
    const { id } = (
      await call(t.app, 'POST', '/api/jc/experts', {
        cookie: office,
        body: { ...expert, name: '王芳', field: 'nutrition' },
      })
    ).json();
    expect(
      (await call(t.app, 'PATCH', `/api/jc/experts/${id}`, { cookie: office, body: { active: false } }))
        .statusCode,
    ).toBe(200);
    expect((await call(t.app, 'GET', '/api/jc/experts?active=true', { cookie: office })).json().total).toBe(
      1,
    );
    expect(
      (await call(t.app, 'GET', '/api/jc/experts?field=nutrition', { cookie: office })).json().items[0]
        .active,
    ).toBe(false);
    expect((await call(t.app, 'POST', '/api/jc/experts', { cookie: hrss, body: expert })).statusCode).toBe(
      403,
    );
    expect((await call(t.app, 'GET', '/api/jc/experts', { cookie: regulator })).statusCode).toBe(403);
    expect(
      (await call(t.app, 'POST', '/api/jc/experts', { cookie: office, body: { ...expert, mobile: '123' } }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await call(t.app, 'POST', '/api/jc/experts', {
          cookie: office,
          body: { ...expert, appointedTo: '2025-01-01' },
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (await call(t.app, 'PATCH', '/api/jc/experts/9999', { cookie: office, body: { active: false } }))
        .statusCode,
    ).toBe(404);
  });
});

describe('the industry association register (issue 12 item 1)', () => {
  it('links a provider once with its role; an unknown provider is 422, a second joining 409', async () => {
    const [a, b] = await filedProviders(t, '150802', 2);
    const add = (body: unknown) =>
      call(t.app, 'POST', '/api/jc/association-members', { cookie: office, body });
    const res = await add({ providerId: a, joinedOn: '2025-06-01', role: 'president' });
    expect(res.statusCode, res.body).toBe(201);
    expect((await add({ providerId: b, joinedOn: '2025-06-01', role: 'member' })).statusCode).toBe(201);
    expect((await add({ providerId: a, joinedOn: '2025-07-01', role: 'member' })).statusCode).toBe(409);
    expect((await add({ providerId: 99999, joinedOn: '2025-07-01', role: 'member' })).statusCode).toBe(422);
    expect((await add({ providerId: a, joinedOn: '2025-07-01', role: 'chair' })).statusCode).toBe(400);
    const id = res.json().id;
    expect(
      (
        await call(t.app, 'PATCH', `/api/jc/association-members/${id}`, {
          cookie: office,
          body: { role: 'vice_president' },
        })
      ).statusCode,
    ).toBe(200);
    const list = (
      await call(t.app, 'GET', '/api/jc/association-members?role=vice_president', { cookie: hrss })
    ).json();
    expect(list.items).toEqual([
      expect.objectContaining({
        providerId: a,
        role: 'vice_president',
        providerName: expect.stringContaining('测试托育中心'),
      }),
    ]);
    expect(
      (
        await call(t.app, 'POST', '/api/jc/association-members', {
          cookie: hrss,
          body: { providerId: b, joinedOn: '2025-06-01', role: 'member' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await call(t.app, 'GET', '/api/jc/association-members/export.xlsx', { cookie: office })).statusCode,
    ).toBe(200);
  });
});
