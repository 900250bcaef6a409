import { makeResidentId } from '@tuoyu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { providerWithInfants } from '../health-checks/test-fixtures';
import { registeredProvider } from '../providers/test-fixtures';

let t: TestApp;
let linhe: string;
let samr: string;
let seq = 700;

beforeAll(async () => {
  t = await buildTestApp();
  linhe = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
  samr = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'samr' })).cookie;
});
afterAll(() => t.close());

const newParent = async () => (await userSession(t, { role: 'parent', divisionCode: '150800' })).cookie;
const inDays = (n: number) => new Date(Date.now() + 8 * 3600_000 + n * 86_400_000).toISOString().slice(0, 10);
const start = () => inDays(7);
/** A birth date `m` months (and a few days) before the desired start. */
const bornBefore = (m: number) => {
  const d = new Date(`${start()}T00:00:00Z`);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - m);
  return d.toISOString().slice(0, 10);
};

const apply = (providerId: number, cookie: string, o: Record<string, unknown> = {}) =>
  call(t.app, 'POST', `/api/public/providers/${providerId}/applications`, {
    cookie,
    body: {
      childName: '李小宝',
      birthDate: bornBefore(8),
      desiredStart: start(),
      serviceForm: 'full_day',
      ...o,
    },
  });

const guardians = [{ name: '李大伟', relation: '父亲', mobile: '13912345678' }];

describe('enrollment applications: waitlist per provider and class type', () => {
  it('a parent applies; the class type comes from the age at the desired start; positions count per type', async () => {
    const p = await providerWithInfants(t, samr, linhe, 0);
    const [a, b, c] = [await newParent(), await newParent(), await newParent()];
    const before = await auditCount(t.ctx);
    const first = await apply(p.providerId, a, { note: '希望上午入托' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      providerId: p.providerId,
      classType: 'infant',
      status: 'waiting',
      position: 1,
      note: '希望上午入托',
    });
    expect(await auditCount(t.ctx)).toBe(before + 1);
    expect((await apply(p.providerId, b, { childName: '张小宝' })).json()).toMatchObject({
      classType: 'infant',
      position: 2,
    });
    expect(
      (await apply(p.providerId, c, { childName: '赵小宝', birthDate: bornBefore(20) })).json(),
    ).toMatchObject({ classType: 'toddler_young', position: 1 });
    // The same child twice: 409.
    expect((await apply(p.providerId, a, { note: '再次申请' })).statusCode).toBe(409);

    const list = (await call(t.app, 'GET', '/api/applications', { cookie: p.manager })).json().items;
    expect(list.map((x: { classType: string; position: number }) => [x.classType, x.position])).toEqual([
      ['infant', 1],
      ['infant', 2],
      ['toddler_young', 1],
    ]);
    const mine = (await call(t.app, 'GET', '/api/my/applications', { cookie: a })).json().items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ childName: '李小宝', providerName: expect.any(String), position: 1 });
  });

  it('refuses ages outside 6–36 months (422), a form not offered (422), unlisted providers (404), non-parents (403)', async () => {
    const p = await providerWithInfants(t, samr, linhe, 0);
    const parent = await newParent();
    const young = await apply(p.providerId, parent, { birthDate: bornBefore(4) });
    expect(young.statusCode).toBe(422);
    expect(young.json().errors[0].path).toBe('birthDate');
    const old = await apply(p.providerId, parent, { birthDate: bornBefore(40) });
    expect(old.statusCode).toBe(422);
    const form = await apply(p.providerId, parent, { serviceForm: 'hourly' });
    expect(form.statusCode).toBe(422);
    expect(form.json().errors[0].path).toBe('serviceForm');
    const past = await apply(p.providerId, parent, { desiredStart: '2026-01-05' });
    expect(past.statusCode).toBe(400);
    expect(past.json().errors[0].path).toBe('desiredStart');
    const unlisted = await registeredProvider(t, samr, linhe);
    expect((await apply(unlisted.providerId, parent)).statusCode).toBe(404);
    expect((await apply(p.providerId, p.manager)).statusCode).toBe(403);
    expect((await apply(p.providerId, '')).statusCode).toBe(401);
  });

  it('the provider declines with a reason: the waitlist moves up, the parent sees why', async () => {
    const p = await providerWithInfants(t, samr, linhe, 0);
    const other = await providerWithInfants(t, samr, linhe, 0);
    const [a, b] = [await newParent(), await newParent()];
    const first = (await apply(p.providerId, a)).json();
    const second = (await apply(p.providerId, b)).json();
    expect(
      (
        await call(t.app, 'POST', `/api/applications/${first.id}/decline`, {
          cookie: other.manager,
          body: { reason: '名额已满' },
        })
      ).statusCode,
    ).toBe(404);
    const res = await call(t.app, 'POST', `/api/applications/${first.id}/decline`, {
      cookie: p.manager,
      body: { reason: '乳儿班名额已满' },
    });
    expect(res.statusCode).toBe(200);
    expect((await call(t.app, 'GET', '/api/my/applications', { cookie: a })).json().items[0]).toMatchObject({
      status: 'declined',
      declineReason: '乳儿班名额已满',
      position: null,
    });
    expect((await call(t.app, 'GET', '/api/my/applications', { cookie: b })).json().items[0]).toMatchObject({
      id: second.id,
      position: 1,
    });
    expect(
      (
        await call(t.app, 'POST', `/api/applications/${first.id}/decline`, {
          cookie: p.manager,
          body: { reason: '再次' },
        })
      ).statusCode,
    ).toBe(409);
    const waiting = (
      await call(t.app, 'GET', '/api/applications?status=waiting', { cookie: p.manager })
    ).json().items;
    expect(waiting.map((x: { id: number }) => x.id)).toEqual([second.id]);
  });

  it('accepting creates the child through the ordinary enrolment, in one transaction with closing the application', async () => {
    const p = await providerWithInfants(t, samr, linhe, 0);
    const parent = await newParent();
    const app = (await apply(p.providerId, parent)).json();
    const accept = (body: Record<string, unknown>) =>
      call(t.app, 'POST', `/api/applications/${app.id}/accept`, { cookie: p.manager, body });
    // The ID number must carry the applied birth date.
    const wrong = await accept({
      classId: p.infant,
      residentId: makeResidentId('150802', '2024-01-01', seq++),
      guardians,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].path).toBe('residentId');
    // A refused enrolment leaves the application waiting.
    const invalidId = await accept({ classId: p.infant, residentId: '150802202401010000', guardians });
    expect(invalidId.statusCode).toBe(400);
    const toddler = (await call(t.app, 'GET', '/api/classes', { cookie: p.manager }))
      .json()
      .items.find((c: { type: string }) => c.type === 'toddler_older').id;
    const misfit = await accept({
      classId: toddler,
      residentId: makeResidentId('150802', app.birthDate, seq++),
      guardians,
    });
    expect(misfit.statusCode).toBe(422);
    expect(
      (await call(t.app, 'GET', '/api/my/applications', { cookie: parent })).json().items[0].status,
    ).toBe('waiting');

    const residentId = makeResidentId('150802', app.birthDate, seq++);
    const ok = await accept({ classId: p.infant, residentId, guardians, vaccinationUpToDate: true });
    expect(ok.statusCode).toBe(200);
    const { childId } = ok.json();
    const child = (await call(t.app, 'GET', `/api/children/${childId}`, { cookie: p.manager })).json();
    expect(child).toMatchObject({
      name: '李小宝',
      residentId,
      classId: p.infant,
      enrolledOn: start(),
      vaccinationUpToDate: true,
    });
    expect(
      (await call(t.app, 'GET', '/api/my/applications', { cookie: parent })).json().items[0],
    ).toMatchObject({
      status: 'accepted',
      childId,
      position: null,
    });
    const again = await accept({
      classId: p.infant,
      residentId: makeResidentId('150802', app.birthDate, seq++),
      guardians,
    });
    expect(again.statusCode).toBe(409);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'application')
      .where('entity_id', '=', String(app.id))
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['application.accept', 'application.submit']);
  });
});
