import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { filedProviders } from '../inspection-plans/test-fixtures';

let t: TestApp;
let city: string;
let linhe: string;
let wuyuan: string;
let provider: string;
let health: { id: number; cookie: string };
let fire: { id: number; cookie: string };
let linheProviders: number[];
let wuyuanProviders: number[];

beforeAll(async () => {
  t = await buildTestApp();
  city = (await userSession(t, { role: 'city_regulator', divisionCode: '150800' })).cookie;
  linhe = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
  wuyuan = (await userSession(t, { role: 'county_regulator', divisionCode: '150821' })).cookie;
  provider = (await userSession(t, { role: 'provider_manager', divisionCode: '150802' })).cookie;
  health = await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'health' });
  fire = await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'fire' });
  await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'civil' });
  await userSession(t, { role: 'department_officer', divisionCode: '150821', unit: 'police' });
  await userSession(t, {
    role: 'department_officer',
    divisionCode: '150802',
    unit: 'samr',
    status: 'disabled',
  }).catch(() => undefined);
  linheProviders = await filedProviders(t, '150802', 2);
  wuyuanProviders = await filedProviders(t, '150821', 1);
});
afterAll(() => t.close());

describe('checklists (issue 5 item 1; default templates from standards.md)', () => {
  it('every database has the default templates, version 1, with category, risk and legal basis', async () => {
    const res = await call(t.app, 'GET', '/api/checklists', { cookie: linhe });
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((c: { code: string }) => c.code).sort()).toEqual(['general', 'joint-safety']);
    for (const c of items) {
      expect(c).toMatchObject({ version: 1, status: 'active' });
      expect(c.items[0]).toMatchObject({
        seq: 1,
        category: expect.any(String),
        legalBasis: expect.stringMatching(/《/),
      });
    }
    expect((await call(t.app, 'GET', '/api/checklists', { cookie: provider })).statusCode).toBe(403);
  });

  it('the city edits: a new version, the old one retired but still readable, audited', async () => {
    const [general] = (await call(t.app, 'GET', '/api/checklists', { cookie: city }))
      .json()
      .items.filter((c: { code: string }) => c.code === 'general');
    const body = {
      name: '托育机构综合检查表（修订）',
      items: [
        ...general.items.map((i: Record<string, unknown>) => ({
          category: i.category,
          risk: i.risk,
          text: i.text,
          legalBasis: i.legalBasis,
        })),
        {
          category: 'care',
          risk: 'low',
          text: '新增：家长开放日有记录',
          legalBasis: '《托育机构保育指导大纲（试行）》',
        },
      ],
    };
    expect(
      (await call(t.app, 'PUT', `/api/checklists/${general.id}`, { cookie: linhe, body })).statusCode,
    ).toBe(403);
    const before = await auditCount(t.ctx);
    const res = await call(t.app, 'PUT', `/api/checklists/${general.id}`, { cookie: city, body });
    expect(res.statusCode).toBe(200);
    const v2 = res.json();
    expect(v2).toMatchObject({ code: 'general', version: 2, status: 'active', name: body.name });
    expect(v2.items).toHaveLength(general.items.length + 1);
    expect(await auditCount(t.ctx)).toBe(before + 1);
    const old = (await call(t.app, 'GET', `/api/checklists/${general.id}`, { cookie: linhe })).json();
    expect(old).toMatchObject({ version: 1, status: 'retired' });
    // Editing the retired version again is refused.
    expect(
      (await call(t.app, 'PUT', `/api/checklists/${general.id}`, { cookie: city, body })).statusCode,
    ).toBe(409);
    const active = (await call(t.app, 'GET', '/api/checklists', { cookie: linhe })).json().items;
    expect(active.filter((c: { code: string }) => c.code === 'general')).toHaveLength(1);
    const history = (await call(t.app, 'GET', '/api/checklists?history=1', { cookie: linhe })).json().items;
    expect(
      history
        .filter((c: { code: string }) => c.code === 'general')
        .map((c: { version: number }) => c.version),
    ).toEqual([2, 1]);
  });

  it('creates a new checklist; a taken code answers 409; bad items answer 400 with paths', async () => {
    const body = {
      code: 'food-campaign',
      name: '食品安全专项检查表',
      items: [
        { category: 'food', risk: 'high', text: '食品留样', legalBasis: '《中华人民共和国食品安全法》' },
      ],
    };
    const res = await call(t.app, 'POST', '/api/checklists', { cookie: city, body });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ version: 1, code: 'food-campaign' });
    expect((await call(t.app, 'POST', '/api/checklists', { cookie: city, body })).statusCode).toBe(409);
    const bad = await call(t.app, 'POST', '/api/checklists', {
      cookie: city,
      body: { ...body, code: 'x2', items: [{ category: 'nope', risk: 'high', text: '', legalBasis: 'x' }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['items.0.category', 'items.0.text']),
    );
  });
});

describe('inspector pool (卫健, 消防, 公安, 市场监管 — 进一次门、查多项事)', () => {
  it('lists the active users allowed to inspect in the division, with unit and division', async () => {
    const res = await call(t.app, 'GET', '/api/inspectors?divisionCode=150802', { cookie: linhe });
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    const ids = items.map((i: { id: number }) => i.id);
    expect(ids).toContain(health.id);
    expect(ids).toContain(fire.id);
    expect(
      items.every(
        (i: { unit: string | null; role: string }) =>
          i.role !== 'department_officer' || ['health', 'fire', 'police', 'samr'].includes(i.unit ?? ''),
      ),
    ).toBe(true);
    // The city regulator may inspect anywhere; the 五原 police officer only in 五原; no civil officer.
    expect(items.some((i: { role: string }) => i.role === 'city_regulator')).toBe(true);
    expect(items.some((i: { divisionCode: string; role: string }) => i.divisionCode === '150821')).toBe(
      false,
    );
    expect(items.some((i: { unit: string }) => i.unit === 'civil')).toBe(false);
    expect(items.find((i: { id: number }) => i.id === fire.id)).toMatchObject({
      divisionName: '临河区',
      unitName: '临河区消防救援支队',
    });
  });

  it('is scoped: a county regulator cannot list another county', async () => {
    expect(
      (await call(t.app, 'GET', '/api/inspectors?divisionCode=150802', { cookie: wuyuan })).statusCode,
    ).toBe(404);
    expect(
      (await call(t.app, 'GET', '/api/inspectors?divisionCode=150821', { cookie: city })).statusCode,
    ).toBe(200);
  });
});

describe('conflict declarations (回避申报)', () => {
  it('an inspector declares for himself in his area, sees only his own, and withdraws', async () => {
    const before = await auditCount(t.ctx);
    const res = await call(t.app, 'POST', '/api/inspector-conflicts', {
      cookie: health.cookie,
      body: { providerId: linheProviders[0], reason: '近亲属在该机构任职' },
    });
    expect(res.statusCode).toBe(201);
    expect(await auditCount(t.ctx)).toBe(before + 1);
    const dup = await call(t.app, 'POST', '/api/inspector-conflicts', {
      cookie: health.cookie,
      body: { providerId: linheProviders[0], reason: '再次' },
    });
    expect(dup.statusCode).toBe(409);
    const outside = await call(t.app, 'POST', '/api/inspector-conflicts', {
      cookie: health.cookie,
      body: { providerId: wuyuanProviders[0], reason: '朋友' },
    });
    expect(outside.statusCode).toBe(400);
    await call(t.app, 'POST', '/api/inspector-conflicts', {
      cookie: fire.cookie,
      body: { providerId: linheProviders[1], reason: '曾在该机构兼职' },
    });
    const mine = (await call(t.app, 'GET', '/api/inspector-conflicts', { cookie: health.cookie })).json()
      .items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      inspectorId: health.id,
      providerId: linheProviders[0],
      withdrawnAt: null,
    });
    const all = (await call(t.app, 'GET', '/api/inspector-conflicts', { cookie: linhe })).json().items;
    expect(all).toHaveLength(2);
    expect(
      (await call(t.app, 'GET', '/api/inspector-conflicts', { cookie: wuyuan })).json().items,
    ).toHaveLength(0);
    // Someone else's declaration cannot be withdrawn (404), one's own can, once.
    expect(
      (await call(t.app, 'DELETE', `/api/inspector-conflicts/${mine[0].id}`, { cookie: fire.cookie }))
        .statusCode,
    ).toBe(404);
    expect(
      (await call(t.app, 'DELETE', `/api/inspector-conflicts/${mine[0].id}`, { cookie: health.cookie }))
        .statusCode,
    ).toBe(200);
    expect(
      (await call(t.app, 'DELETE', `/api/inspector-conflicts/${mine[0].id}`, { cookie: health.cookie }))
        .statusCode,
    ).toBe(409);
  });

  it('the picker lists the inspectable providers in the inspector’s area only', async () => {
    const res = await call(t.app, 'GET', '/api/inspector-conflicts/providers', { cookie: health.cookie });
    expect(res.statusCode).toBe(200);
    const ids = res.json().items.map((p: { id: number }) => p.id);
    expect(ids).toEqual(expect.arrayContaining(linheProviders));
    expect(ids).not.toContain(wuyuanProviders[0]);
  });

  it('a department officer of a non-inspecting unit cannot declare', async () => {
    const civil = await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'civil' });
    const res = await call(t.app, 'POST', '/api/inspector-conflicts', {
      cookie: civil.cookie,
      body: { providerId: linheProviders[0], reason: 'x' },
    });
    expect(res.statusCode).toBe(403);
  });
});
