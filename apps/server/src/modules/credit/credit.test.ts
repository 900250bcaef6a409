import { makeResidentId } from '@tuoyu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { providerWithInfants } from '../health-checks/test-fixtures';

let t: TestApp;
let linhe: string;
let wuyuan: string;
let city: string;
let samr: string;
type P = Awaited<ReturnType<typeof providerWithInfants>>;
let p: P;
let keep: P;

beforeAll(async () => {
  t = await buildTestApp();
  linhe = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
  wuyuan = (await userSession(t, { role: 'county_regulator', divisionCode: '150821' })).cookie;
  city = (await userSession(t, { role: 'city_regulator', divisionCode: '150800' })).cookie;
  samr = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'samr' })).cookie;
  p = await providerWithInfants(t, samr, linhe, 0, ['2026-06-01']);
  keep = await providerWithInfants(t, samr, linhe, 0);
});
afterAll(() => t.close());

const decision = (providerId: number, o: Record<string, unknown> = {}) => ({
  providerId,
  decision: '因发生虐童事件且拒不整改，列入托育机构严重失信名单',
  legalBasis: '《中华人民共和国未成年人保护法》第一百二十九条；《托育机构管理规范（试行）》',
  decidedOn: '2026-10-15',
  decidingUnit: '临河区卫生健康委员会',
  documentNumber: '临卫健罚〔2026〕12号',
  ...o,
});
const search = async () =>
  ((await call(t.app, 'GET', '/api/public/providers?pageSize=100')).json().items as { id: number }[]).map(
    (i) => i.id,
  );

describe('provider blacklist', () => {
  it('a blacklisted provider leaves find-care, keeps its public page, and is listed publicly', async () => {
    expect(await search()).toContain(p.providerId);
    // Another county cannot decide about it; a provider user cannot at all.
    expect(
      (await call(t.app, 'POST', '/api/blacklist', { cookie: wuyuan, body: decision(p.providerId) }))
        .statusCode,
    ).toBe(404);
    expect(
      (await call(t.app, 'POST', '/api/blacklist', { cookie: p.manager, body: decision(p.providerId) }))
        .statusCode,
    ).toBe(403);
    const missing = await call(t.app, 'POST', '/api/blacklist', {
      cookie: linhe,
      body: decision(p.providerId, { legalBasis: '' }),
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.headers['content-type']).toMatch(/problem\+json/);
    expect(missing.json().errors[0].path).toBe('legalBasis');
    const before = await auditCount(t.ctx);
    const res = await call(t.app, 'POST', '/api/blacklist', { cookie: linhe, body: decision(p.providerId) });
    expect(res.statusCode).toBe(201);
    expect(await auditCount(t.ctx)).toBe(before + 1);
    expect(
      (await call(t.app, 'POST', '/api/blacklist', { cookie: city, body: decision(p.providerId) }))
        .statusCode,
    ).toBe(409);

    const ids = await search();
    expect(ids).not.toContain(p.providerId);
    expect(ids).toContain(keep.providerId);
    const page = await call(t.app, 'GET', `/api/public/providers/${p.providerId}`);
    expect(page.statusCode).toBe(200);
    expect(page.json().blacklisted).toBe(true);
    // It takes no applications while listed (the page hides the form; the server refuses too).
    const parent = (await userSession(t, { role: 'parent', divisionCode: '150800' })).cookie;
    const applied = await call(t.app, 'POST', `/api/public/providers/${p.providerId}/applications`, {
      cookie: parent,
      body: {
        childName: '李小宝',
        birthDate: new Date(Date.now() - 300 * 86_400_000).toISOString().slice(0, 10),
        desiredStart: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
        serviceForm: 'full_day',
        guardians: [{ name: '李大伟', relation: '父亲', mobile: '13912345678' }],
      },
    });
    expect(applied.statusCode).toBe(422);
    expect(applied.json().detail).toContain('黑名单');
    expect((await call(t.app, 'GET', `/api/public/providers/${keep.providerId}`)).json().blacklisted).toBe(
      false,
    );
    const banner = (await call(t.app, 'GET', `/api/public/blacklist/providers/${p.providerId}`)).json();
    expect(banner.entry).toMatchObject({ decidingUnit: '临河区卫生健康委员会', decidedOn: '2026-10-15' });
    expect(
      (await call(t.app, 'GET', `/api/public/blacklist/providers/${keep.providerId}`)).json().entry,
    ).toBeNull();
    const pub = (await call(t.app, 'GET', '/api/public/blacklist')).json();
    expect(pub.providers.map((x: { providerId: number }) => x.providerId)).toContain(p.providerId);

    // Removal (with a reason) restores the listing; a second removal answers 409.
    const entryId = res.json().id;
    expect(
      (
        await call(t.app, 'POST', `/api/blacklist/${entryId}/remove`, {
          cookie: wuyuan,
          body: { reason: 'x' },
        })
      ).statusCode,
    ).toBe(404);
    const removed = await call(t.app, 'POST', `/api/blacklist/${entryId}/remove`, {
      cookie: city,
      body: { reason: '信用修复：整改到位并经复查合格' },
    });
    expect(removed.statusCode).toBe(200);
    expect(removed.json().removedAt).toBeTruthy();
    expect(await search()).toContain(p.providerId);
    expect((await call(t.app, 'GET', '/api/public/blacklist')).json().providers).toHaveLength(0);
    expect(
      (await call(t.app, 'POST', `/api/blacklist/${entryId}/remove`, { cookie: city, body: { reason: 'x' } }))
        .statusCode,
    ).toBe(409);
    const history = (await call(t.app, 'GET', '/api/blacklist', { cookie: linhe })).json();
    expect(history.items).toHaveLength(1);
    expect((await call(t.app, 'GET', '/api/blacklist', { cookie: wuyuan })).json().items).toHaveLength(0);
  });

  it('publishes persons under ban by name and masked ID only, never the full number', async () => {
    const residentId = makeResidentId('150802', '1985-03-04', 77);
    const ban = await call(t.app, 'POST', '/api/bans', {
      cookie: city,
      body: {
        residentId,
        name: '赵某某',
        reason: '因虐待被看护人罪被判处刑罚，终身禁止从事托育工作',
        legalBasis: '《中华人民共和国未成年人保护法》第六十二条',
        decidedOn: '2026-05-20',
      },
    });
    expect(ban.statusCode).toBe(201);
    const res = await call(t.app, 'GET', '/api/public/blacklist');
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(residentId);
    expect(res.body).not.toContain(residentId.slice(6, 14));
    const person = res.json().persons[0];
    expect(person).toEqual({
      name: '赵某某',
      maskedId: expect.stringContaining('*'),
      decision: '因虐待被看护人罪被判处刑罚，终身禁止从事托育工作',
      legalBasis: '《中华人民共和国未成年人保护法》第六十二条',
      decidedOn: '2026-05-20',
    });
  });
});

describe('credit records (守信激励 / 失信惩戒)', () => {
  it('adds provider and person records in scope, lists them scoped, exports to Excel', async () => {
    const reward = await call(t.app, 'POST', '/api/credit-records', {
      cookie: linhe,
      body: {
        subjectType: 'provider',
        providerId: keep.providerId,
        kind: 'reward',
        title: '2026 年度示范性托育机构',
        basis: '巴彦淖尔市托育服务示范机构评选办法',
        decidedOn: '2026-09-01',
      },
    });
    expect(reward.statusCode).toBe(201);
    const staffId = p.carers[0];
    // The regulator picks the person from the provider's staff, by masked ID number only.
    const staff = await call(t.app, 'GET', `/api/credit/providers/${p.providerId}/staff`, { cookie: linhe });
    expect(staff.json().items[0]).toMatchObject({ id: staffId, residentId: expect.stringContaining('*') });
    expect(
      (await call(t.app, 'GET', `/api/credit/providers/${p.providerId}/staff`, { cookie: wuyuan }))
        .statusCode,
    ).toBe(404);
    const penalty = await call(t.app, 'POST', '/api/credit-records', {
      cookie: linhe,
      body: {
        subjectType: 'person',
        staffId,
        kind: 'penalty',
        title: '未按规定开展晨午检',
        basis: '《托育机构保育指导大纲（试行）》',
        decidedOn: '2026-10-01',
        expiresOn: '2027-09-30',
      },
    });
    expect(penalty.statusCode).toBe(201);
    const noSubject = await call(t.app, 'POST', '/api/credit-records', {
      cookie: linhe,
      body: { subjectType: 'person', kind: 'penalty', title: 'x', basis: 'y', decidedOn: '2026-10-01' },
    });
    expect(noSubject.statusCode).toBe(400);
    expect(noSubject.json().errors[0].path).toBe('staffId');
    const outside = await call(t.app, 'POST', '/api/credit-records', {
      cookie: wuyuan,
      body: {
        subjectType: 'provider',
        providerId: keep.providerId,
        kind: 'reward',
        title: 'x',
        basis: 'y',
        decidedOn: '2026-10-01',
      },
    });
    expect(outside.statusCode).toBe(404);

    const list = (await call(t.app, 'GET', '/api/credit-records', { cookie: linhe })).json();
    expect(list.total).toBe(2);
    expect(list.items.find((r: { kind: string }) => r.kind === 'penalty')).toMatchObject({
      subjectType: 'person',
      subjectName: '保育员',
      providerId: p.providerId,
      active: true,
    });
    expect((await call(t.app, 'GET', '/api/credit-records', { cookie: wuyuan })).json().total).toBe(0);
    const own = (await call(t.app, 'GET', '/api/credit-records', { cookie: keep.manager })).json();
    expect(own.items.map((r: { providerId: number }) => r.providerId)).toEqual([keep.providerId]);
    const xlsx = await call(t.app, 'GET', '/api/credit-records/export.xlsx?kind=penalty', { cookie: city });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
  });
});
