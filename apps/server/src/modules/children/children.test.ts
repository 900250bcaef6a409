import { makeResidentId } from '@tuoyu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { documentsFor, filingData, registeredProvider } from '../providers/test-fixtures';

let t: TestApp;
let linhe: string;
let wuyuan: string;
let samr: string;

/** A filed provider (its classes are created from the filing) and its manager's session. */
async function filedProvider() {
  const p = await registeredProvider(t, samr, linhe);
  await call(t.app, 'PUT', `/api/filings/${p.filingId}`, {
    cookie: p.manager,
    body: filingData(await documentsFor(t, p.manager)),
  });
  await call(t.app, 'POST', `/api/filings/${p.filingId}/submit`, { cookie: p.manager });
  await call(t.app, 'POST', `/api/filings/${p.filingId}/accept`, { cookie: linhe, body: {} });
  const classes = (await call(t.app, 'GET', '/api/classes', { cookie: p.manager })).json().items as {
    id: number;
    type: string;
    capacity: number;
  }[];
  return { ...p, classes };
}

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const monthsAgo = (m: number) => {
  const d = new Date(Date.now() + 8 * 3600_000);
  d.setUTCMonth(d.getUTCMonth() - m);
  d.setUTCDate(Math.min(d.getUTCDate(), 28));
  return d.toISOString().slice(0, 10);
};
let seq = 100;
const child = (classId: number, ageMonths: number, o: Record<string, unknown> = {}) => ({
  name: '王小宝',
  residentId: makeResidentId('150802', monthsAgo(ageMonths), seq++),
  guardians: [{ name: '王大伟', relation: '父亲', mobile: '13912345678' }],
  classId,
  enrolledOn: today(),
  vaccinationUpToDate: true,
  entryExamDate: today(),
  ...o,
});

beforeAll(async () => {
  t = await buildTestApp();
  linhe = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
  wuyuan = (await userSession(t, { role: 'county_regulator', divisionCode: '150821' })).cookie;
  samr = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'samr' })).cookie;
});
afterAll(() => t.close());

describe('classes (托育机构设置标准（试行）)', () => {
  it('are created from the accepted filing, and a new one respects the class size', async () => {
    const p = await filedProvider();
    expect(p.classes.map((c) => c.type)).toEqual(['infant', 'toddler_young', 'toddler_older']);
    const tooBig = await call(t.app, 'POST', '/api/classes', {
      cookie: p.manager,
      body: { type: 'infant', name: '乳儿二班', capacity: 11 },
    });
    expect(tooBig.statusCode).toBe(422);
    expect(tooBig.json().errors[0].path).toBe('capacity');
    const ok = await call(t.app, 'POST', '/api/classes', {
      cookie: p.manager,
      body: { type: 'infant', name: '乳儿二班', capacity: 10 },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ type: 'infant', capacity: 10, enrolled: 0 });
  });
});

describe('children: enrolment, encryption at rest, masking, audited reads', () => {
  it('enrolls a child; the database never holds the ID number or the phone in clear; lists mask them', async () => {
    const p = await filedProvider();
    const infant = p.classes.find((c) => c.type === 'infant')?.id ?? 0;
    const body = child(infant, 8);
    const res = await call(t.app, 'POST', '/api/children', { cookie: p.manager, body });
    expect(res.statusCode).toBe(201);
    const id = res.json().id;
    const raw = JSON.stringify(
      await t.ctx.db.selectFrom('children').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    );
    expect(raw).not.toContain(body.residentId);
    expect(raw).not.toContain('13912345678');
    const list = (await call(t.app, 'GET', '/api/children', { cookie: p.manager })).json();
    expect(list.items[0].residentId).toBe(
      `${body.residentId.slice(0, 6)}********${body.residentId.slice(-4)}`,
    );
    expect(list.items[0].guardians[0].mobile).toBe('139****5678');
    const full = (await call(t.app, 'GET', `/api/children/${id}`, { cookie: p.manager })).json();
    expect(full.residentId).toBe(body.residentId);
    expect(full.guardians[0].mobile).toBe('13912345678');
    const reads = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'child.read_full')
      .where('entity_id', '=', String(id))
      .execute();
    expect(reads).toHaveLength(1);
    // The public vacancy count follows the enrolled children.
    const pub = (await call(t.app, 'GET', `/api/public/providers/${p.providerId}`)).json();
    expect(pub.vacancies).toBe(pub.capacity - 1);
  });

  it.each([
    ['an invalid ID number', { residentId: '150802202401010011' }, 400, 'residentId'],
    [
      'a guardian’s bad mobile',
      { guardians: [{ name: '王', relation: '父亲', mobile: '123' }] },
      400,
      'guardians.0.mobile',
    ],
  ])('refuses %s', async (_w, override, status, path) => {
    const p = await filedProvider();
    const res = await call(t.app, 'POST', '/api/children', {
      cookie: p.manager,
      body: child(p.classes[0]?.id ?? 0, 8, override),
    });
    expect(res.statusCode).toBe(status);
    expect(res.json().errors[0].path).toBe(path);
  });

  it.each([
    [3, 'infant', 422],
    [8, 'infant', 201],
    [13, 'infant', 422],
    [13, 'toddler_young', 201],
    [30, 'toddler_older', 201],
    [40, 'toddler_older', 422],
  ])('a %i-month-old in %s → %i (托育机构设置标准（试行）: ages by class)', async (months, type, status) => {
    const p = await filedProvider();
    const cls = p.classes.find((c) => c.type === type)?.id ?? 0;
    expect(
      (await call(t.app, 'POST', '/api/children', { cookie: p.manager, body: child(cls, months) }))
        .statusCode,
    ).toBe(status);
  });

  it('flags a child already enrolled at another provider instead of duplicating silently', async () => {
    const a = await filedProvider();
    const b = await filedProvider();
    const body = child(a.classes[0]?.id ?? 0, 8);
    await call(t.app, 'POST', '/api/children', { cookie: a.manager, body });
    const again = await call(t.app, 'POST', '/api/children', { cookie: a.manager, body });
    expect(again.statusCode).toBe(409);
    const elsewhere = await call(t.app, 'POST', '/api/children', {
      cookie: b.manager,
      body: { ...body, classId: b.classes[0]?.id },
    });
    expect(elsewhere.statusCode).toBe(201);
    expect(elsewhere.json().duplicateFlag).toBe(true);
    const flagged = await t.ctx.db
      .selectFrom('audit_log')
      .select('division_code')
      .where('action', '=', 'child.enroll_duplicate_flagged')
      .execute();
    expect(flagged.at(-1)?.division_code).toBe('150802');
  });

  it('scope: another provider and another county get 404; the county sees its children masked', async () => {
    const a = await filedProvider();
    const b = await filedProvider();
    const id = (
      await call(t.app, 'POST', '/api/children', { cookie: a.manager, body: child(a.classes[0]?.id ?? 0, 8) })
    ).json().id;
    expect((await call(t.app, 'GET', `/api/children/${id}`, { cookie: b.manager })).statusCode).toBe(404);
    expect((await call(t.app, 'GET', `/api/children/${id}`, { cookie: wuyuan })).statusCode).toBe(404);
    const county = (await call(t.app, 'GET', '/api/children?pageSize=100', { cookie: linhe })).json();
    expect(
      county.items.some(
        (c: { id: number; residentId: string }) => c.id === id && c.residentId.includes('********'),
      ),
    ).toBe(true);
    expect(
      (await call(t.app, 'GET', '/api/children', { cookie: wuyuan }))
        .json()
        .items.some((c: { id: number }) => c.id === id),
    ).toBe(false);
  });

  it('records leaving with a date and a reason, and frees the place', async () => {
    const p = await filedProvider();
    const id = (
      await call(t.app, 'POST', '/api/children', { cookie: p.manager, body: child(p.classes[0]?.id ?? 0, 8) })
    ).json().id;
    const left = await call(t.app, 'POST', `/api/children/${id}/leave`, {
      cookie: p.manager,
      body: { leftOn: today(), reason: '随父母迁居' },
    });
    expect(left.statusCode).toBe(200);
    expect(
      (
        await call(t.app, 'POST', `/api/children/${id}/leave`, {
          cookie: p.manager,
          body: { leftOn: today(), reason: 'x' },
        })
      ).statusCode,
    ).toBe(409);
    const pub = (await call(t.app, 'GET', `/api/public/providers/${p.providerId}`)).json();
    expect(pub.vacancies).toBe(pub.capacity);
  });
});

describe('staff and the ban list (终身禁入, 未成年人保护法 art. 62)', () => {
  const staffBody = (residentId: string, o: Record<string, unknown> = {}) => ({
    name: '李保育',
    residentId,
    role: 'carer',
    mobile: '13800001111',
    qualifications: [{ type: '保育师证', number: 'BY-001', validUntil: today() }],
    healthExamDate: monthsAgo(13),
    noCriminalRecordDate: today(),
    hiredOn: today(),
    ...o,
  });

  it('hires, masks, and warns of a lapsed health exam and an expiring certificate', async () => {
    const p = await filedProvider();
    const rid = makeResidentId('150802', '1990-05-01', 11);
    expect(
      (await call(t.app, 'POST', '/api/staff', { cookie: p.manager, body: staffBody(rid) })).statusCode,
    ).toBe(201);
    const [s] = (await call(t.app, 'GET', '/api/staff', { cookie: p.manager })).json().items;
    expect(s.residentId).toContain('********');
    expect(s.mobile).toBe('138****1111');
    expect(s.healthExamLapsed).toBe(true);
    expect(s.alerts.map((a: { kind: string }) => a.kind).sort()).toEqual(['health_exam', 'qualification']);
    const raw = JSON.stringify(await t.ctx.db.selectFrom('staff').selectAll().execute());
    expect(raw).not.toContain(rid);
    expect(raw).not.toContain('13800001111');
  });

  it('refuses to hire a banned person anywhere in the city, audits it and shows it to the county', async () => {
    const rid = makeResidentId('150821', '1985-03-03', 21);
    const ban = await call(t.app, 'POST', '/api/bans', {
      cookie: wuyuan,
      body: {
        residentId: rid,
        name: '张某',
        reason: '虐待婴幼儿',
        legalBasis: '未成年人保护法第六十二条',
        decidedOn: '2025-06-01',
      },
    });
    expect(ban.statusCode).toBe(201);
    const p = await filedProvider();
    const hire = await call(t.app, 'POST', '/api/staff', { cookie: p.manager, body: staffBody(rid) });
    expect(hire.statusCode).toBe(422);
    expect(hire.json().detail).toContain('从业禁止');
    const attempts = (await call(t.app, 'GET', '/api/bans/refused-hires', { cookie: linhe })).json().items;
    expect(attempts.length).toBeGreaterThan(0);
    expect(JSON.stringify(attempts)).not.toContain(rid);
    expect(
      (await call(t.app, 'GET', '/api/bans/refused-hires', { cookie: wuyuan })).json().items,
    ).toHaveLength(0);
    expect((await call(t.app, 'GET', '/api/bans', { cookie: linhe })).json().items[0].residentId).toContain(
      '********',
    );
    expect(
      (
        await call(t.app, 'POST', '/api/bans', {
          cookie: p.manager,
          body: { residentId: rid, name: 'x', reason: 'x', legalBasis: 'x', decidedOn: '2025-01-01' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('one person cannot be on the staff of two providers at once', async () => {
    const a = await filedProvider();
    const b = await filedProvider();
    const rid = makeResidentId('150802', '1992-07-07', 31);
    expect(
      (await call(t.app, 'POST', '/api/staff', { cookie: a.manager, body: staffBody(rid) })).statusCode,
    ).toBe(201);
    expect(
      (await call(t.app, 'POST', '/api/staff', { cookie: b.manager, body: staffBody(rid) })).statusCode,
    ).toBe(409);
  });
});
