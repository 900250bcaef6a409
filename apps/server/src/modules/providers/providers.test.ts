import { parseFilingNumber } from '@tuoyu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, call, loginAs, type TestApp, userSession } from '../../test/helpers';
import {
  creditCode,
  documentsFor,
  filingData,
  registeredProvider,
  registration,
  upload,
} from './test-fixtures';

let t: TestApp;
let samr: string;
let civil: string;
let linhe: string;
let wuyuan: string;
beforeAll(async () => {
  t = await buildTestApp();
  samr = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'samr' })).cookie;
  civil = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'civil' }))
    .cookie;
  linhe = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
  wuyuan = (await userSession(t, { role: 'county_regulator', divisionCode: '150821' })).cookie;
});
afterAll(() => t.close());

const paths = (res: { json(): unknown }) =>
  ((res.json() as { errors?: { path: string }[] }).errors ?? []).map((e) => e.path);

describe('registration push (plan (四)1, 登记和备案办法)', () => {
  it('registers a provider; the county sees it as registered, not yet filed (draft)', async () => {
    const res = await call(t.app, 'POST', '/api/registrations', { cookie: samr, body: registration() });
    expect(res.statusCode).toBe(201);
    const { filingId } = res.json();
    const filing = await call(t.app, 'GET', `/api/filings/${filingId}`, { cookie: linhe });
    expect(filing.json()).toMatchObject({
      status: 'draft',
      provider: { divisionName: '临河区', registeredByUnit: 'samr' },
    });
    const queue = await call(t.app, 'GET', '/api/filings?status=draft', { cookie: linhe });
    expect(queue.json().items.map((i: { id: number }) => i.id)).toContain(filingId);
  });

  it.each([
    ['a name without 托育', { name: '临河区小太阳全日托中心' }, 'name'],
    ['a name without a service form', { name: '临河区小太阳托育中心' }, 'name'],
    ['no service form chosen', { serviceForms: [] }, 'serviceForms'],
    ['an invalid credit code', { creditCode: '91150802MA0000000X' }, 'creditCode'],
    [
      'a legal form 市场监管 does not register',
      { legalForm: 'social_service' as const, creditCode: creditCode('150802', '52') },
      'legalForm',
    ],
    ['a credit code of another authority', { creditCode: creditCode('150802', '52') }, 'creditCode'],
    ['a county outside the caller’s', { divisionCode: '150821', townshipCode: '150821100' }, 'divisionCode'],
    ['a township of another county', { townshipCode: '150821100' }, 'townshipCode'],
  ])('refuses %s with 422 naming the field', async (_what, override, path) => {
    const res = await call(t.app, 'POST', '/api/registrations', {
      cookie: samr,
      body: registration(override),
    });
    expect(res.statusCode).toBe(422);
    expect(paths(res)).toContain(path);
    expect(res.json().detail.length).toBeGreaterThan(4);
  });

  it('民政 registers social service organisations', async () => {
    const res = await call(t.app, 'POST', '/api/registrations', {
      cookie: civil,
      body: registration({
        legalForm: 'social_service',
        creditCode: creditCode('150802', '52'),
        name: '临河区爱心半日托托育园',
        serviceForms: ['half_day'],
      }),
    });
    expect(res.statusCode).toBe(201);
  });

  it('refuses a credit code registered before with 409', async () => {
    const body = registration();
    expect((await call(t.app, 'POST', '/api/registrations', { cookie: samr, body })).statusCode).toBe(201);
    const again = await call(t.app, 'POST', '/api/registrations', {
      cookie: samr,
      body: { ...body, name: '临河区另一家全日托托育中心' },
    });
    expect(again.statusCode).toBe(409);
  });

  it('refuses a county regulator (403)', async () => {
    expect(
      (await call(t.app, 'POST', '/api/registrations', { cookie: linhe, body: registration() })).statusCode,
    ).toBe(403);
  });
});

describe('provider manager account', () => {
  it('is issued once by the county; the initial password must be changed before anything else', async () => {
    const reg = (
      await call(t.app, 'POST', '/api/registrations', { cookie: samr, body: registration() })
    ).json();
    expect(
      (await call(t.app, 'POST', `/api/providers/${reg.providerId}/manager`, { cookie: wuyuan })).statusCode,
    ).toBe(404);
    const issued = await call(t.app, 'POST', `/api/providers/${reg.providerId}/manager`, { cookie: linhe });
    expect(issued.statusCode).toBe(201);
    const { username, initialPassword } = issued.json();
    expect(initialPassword).toMatch(/^.{14}$/);
    expect(
      (await call(t.app, 'POST', `/api/providers/${reg.providerId}/manager`, { cookie: linhe })).statusCode,
    ).toBe(409);
    const cookie = await loginAs(t.app, username, initialPassword);
    const me = (await call(t.app, 'GET', '/api/auth/me', { cookie })).json();
    expect(me).toMatchObject({
      role: 'provider_manager',
      providerId: reg.providerId,
      mustChangePassword: true,
    });
    const blocked = await call(t.app, 'GET', `/api/filings/${reg.filingId}`, { cookie });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('auth.password_change_required');
  });
});

describe('the manager adds its own staff accounts', () => {
  it('creates staff of its own provider only; they see that provider’s filing', async () => {
    const a = await registeredProvider(t, samr, linhe);
    const b = await registeredProvider(t, samr, linhe);
    const staff = {
      username: `staff-${a.providerId}`,
      displayName: '保育员 小王',
      role: 'provider_staff',
      divisionCode: '150802',
      password: 'Staff-Passw0rd-1',
    };
    const created = await call(t.app, 'POST', '/api/users', { cookie: a.manager, body: staff });
    expect(created.statusCode).toBe(201);
    const higher = await call(t.app, 'POST', '/api/users', {
      cookie: a.manager,
      body: { ...staff, username: 'x-officer', role: 'township_officer', divisionCode: '150802004' },
    });
    expect(higher.statusCode).toBe(422);
    const listed = (await call(t.app, 'GET', '/api/users', { cookie: a.manager })).json();
    expect(listed.items.map((u: { username: string }) => u.username).sort()).toEqual(
      [a.username, staff.username].sort(),
    );
    expect(
      (await call(t.app, 'GET', `/api/users/${created.json().id}`, { cookie: b.manager })).statusCode,
    ).toBe(404);
    expect(
      (
        await call(t.app, 'PATCH', `/api/users/${created.json().id}`, {
          cookie: b.manager,
          body: { status: 'disabled' },
        })
      ).statusCode,
    ).toBe(404);

    const first = await loginAs(t.app, staff.username, staff.password);
    await call(t.app, 'POST', '/api/auth/password', {
      cookie: first,
      body: { oldPassword: staff.password, newPassword: 'Staff-Passw0rd-2' },
    });
    const cookie = await loginAs(t.app, staff.username, 'Staff-Passw0rd-2');
    expect((await call(t.app, 'GET', '/api/auth/me', { cookie })).json()).toMatchObject({
      role: 'provider_staff',
      providerId: a.providerId,
    });
    expect((await call(t.app, 'GET', `/api/filings/${a.filingId}`, { cookie })).statusCode).toBe(200);
    expect((await call(t.app, 'GET', `/api/filings/${b.filingId}`, { cookie })).statusCode).toBe(404);
  });
});

describe('filing workflow (draft → submitted → returned → submitted → filed)', () => {
  it('runs end to end with checks, reasons, a number, the public listing and change filing', async () => {
    const p = await registeredProvider(t, samr, linhe);
    const docs = await documentsFor(t, p.manager);

    // A first try breaks the standards: an infant class of 12 with 1 carer, floor 4, CCTV 30 days.
    const bad = filingData(docs, {
      floorMax: 4,
      cctvRetentionDays: 30,
      classes: [{ type: 'infant', capacity: 12, carers: 1 }],
    });
    expect(
      (await call(t.app, 'PUT', `/api/filings/${p.filingId}`, { cookie: p.manager, body: bad })).statusCode,
    ).toBe(200);
    const refused = await call(t.app, 'POST', `/api/filings/${p.filingId}/submit`, { cookie: p.manager });
    expect(refused.statusCode).toBe(422);
    const failed = paths(refused);
    expect(failed).toEqual(expect.arrayContaining(['floorMax', 'cctvRetentionDays']));
    expect(failed.some((f) => f.startsWith('classes[0]'))).toBe(true);
    expect(
      (await call(t.app, 'GET', `/api/filings/${p.filingId}`, { cookie: p.manager })).json().status,
    ).toBe('draft');

    await call(t.app, 'PUT', `/api/filings/${p.filingId}`, { cookie: p.manager, body: filingData(docs) });
    const submitted = await call(t.app, 'POST', `/api/filings/${p.filingId}/submit`, { cookie: p.manager });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // Under review: the provider cannot edit, submit again, nor accept.
    expect(
      (await call(t.app, 'PUT', `/api/filings/${p.filingId}`, { cookie: p.manager, body: filingData(docs) }))
        .statusCode,
    ).toBe(409);
    expect(
      (await call(t.app, 'POST', `/api/filings/${p.filingId}/submit`, { cookie: p.manager })).statusCode,
    ).toBe(409);
    expect(
      (await call(t.app, 'POST', `/api/filings/${p.filingId}/accept`, { cookie: p.manager, body: {} }))
        .statusCode,
    ).toBe(403);

    const queue = (await call(t.app, 'GET', '/api/filings?status=submitted', { cookie: linhe })).json();
    const item = queue.items.find((i: { id: number }) => i.id === p.filingId);
    expect(item).toMatchObject({ overdue: false });
    expect(item.remainingWorkingDays).toBeGreaterThanOrEqual(4);

    const returned = await call(t.app, 'POST', `/api/filings/${p.filingId}/return`, {
      cookie: linhe,
      body: { reason: '消防验收证明不清晰，请重新上传' },
    });
    expect(returned.json()).toMatchObject({
      status: 'returned',
      returnReason: '消防验收证明不清晰，请重新上传',
    });
    expect(
      (await call(t.app, 'POST', `/api/filings/${p.filingId}/accept`, { cookie: linhe, body: {} }))
        .statusCode,
    ).toBe(409);
    expect(
      (
        await call(t.app, 'POST', `/api/filings/${p.filingId}/return`, {
          cookie: linhe,
          body: { reason: '' },
        })
      ).statusCode,
    ).toBe(400);

    expect(
      (await call(t.app, 'POST', `/api/filings/${p.filingId}/submit`, { cookie: p.manager })).statusCode,
    ).toBe(200);
    const accepted = await call(t.app, 'POST', `/api/filings/${p.filingId}/accept`, {
      cookie: linhe,
      body: {},
    });
    expect(accepted.statusCode).toBe(200);
    const { filingNumber } = accepted.json();
    expect(parseFilingNumber(filingNumber)).toMatchObject({ countyCode: '150802', seq: expect.any(Number) });

    const detail = (await call(t.app, 'GET', `/api/filings/${p.filingId}`, { cookie: linhe })).json();
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual([
      'register',
      'submit',
      'return',
      'submit',
      'accept',
    ]);
    expect(detail.events[2]).toMatchObject({
      fromStatus: 'submitted',
      toStatus: 'returned',
      reason: '消防验收证明不清晰，请重新上传',
    });

    const pub = await call(t.app, 'GET', `/api/public/providers/${p.providerId}`);
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({ filingNumber, capacity: 44, vacancies: 44 });
    expect(pub.json().fees).toHaveLength(3);
    expect((await call(t.app, 'GET', `/api/public/filings/${filingNumber}`)).json()).toMatchObject({
      valid: true,
      status: 'filed',
    });

    // A change filing: capacity grows; the public page shows the old figures until it is accepted.
    const bigger = filingData(docs, {
      classes: [
        ...filingData(docs).classes,
        { type: 'toddler_older', name: '托大二班', capacity: 18, carers: 3 },
      ],
      buildingAreaM2: 500,
    });
    await call(t.app, 'PUT', `/api/filings/${p.filingId}`, { cookie: p.manager, body: bigger });
    expect(
      (await call(t.app, 'POST', `/api/filings/${p.filingId}/submit`, { cookie: p.manager })).json().status,
    ).toBe('change_submitted');
    expect((await call(t.app, 'GET', `/api/public/providers/${p.providerId}`)).json().capacity).toBe(44);
    await call(t.app, 'POST', `/api/filings/${p.filingId}/accept`, { cookie: linhe, body: {} });
    const after = (await call(t.app, 'GET', `/api/filings/${p.filingId}`, { cookie: linhe })).json();
    expect(after).toMatchObject({ status: 'filed', version: 2, filingNumber });
    expect((await call(t.app, 'GET', `/api/public/providers/${p.providerId}`)).json().capacity).toBe(62);
    const versions = (
      await call(t.app, 'GET', `/api/filings/${p.filingId}/versions`, { cookie: linhe })
    ).json().items;
    expect(
      versions.map((v: { version: number; data: { classes: unknown[] } }) => [
        v.version,
        v.data.classes.length,
      ]),
    ).toEqual([
      [2, 4],
      [1, 3],
    ]);
    expect(
      (await call(t.app, 'GET', `/api/filings/${p.filingId}/versions`, { cookie: wuyuan })).statusCode,
    ).toBe(404);

    // Suspension takes it off the public side at once; deregistration ends it.
    await call(t.app, 'POST', `/api/filings/${p.filingId}/suspend`, {
      cookie: linhe,
      body: { reason: '消防隐患停业整改' },
    });
    expect((await call(t.app, 'GET', `/api/public/providers/${p.providerId}`)).statusCode).toBe(404);
    expect((await call(t.app, 'GET', `/api/public/filings/${filingNumber}`)).json().valid).toBe(false);
    await call(t.app, 'POST', `/api/filings/${p.filingId}/deregister`, {
      cookie: linhe,
      body: { reason: '举办者申请注销' },
    });
    expect(
      (
        await call(t.app, 'POST', `/api/filings/${p.filingId}/resume`, {
          cookie: linhe,
          body: { reason: 'x' },
        })
      ).statusCode,
    ).toBe(409);
  });

  it('accepting with a failed check needs an exception reason, which is recorded', async () => {
    const p = await registeredProvider(t, samr, linhe);
    const docs = await documentsFor(t, p.manager);
    await call(t.app, 'PUT', `/api/filings/${p.filingId}`, { cookie: p.manager, body: filingData(docs) });
    await call(t.app, 'POST', `/api/filings/${p.filingId}/submit`, { cookie: p.manager });
    // The insurance lapses while the filing waits.
    const row = await t.ctx.db
      .selectFrom('filings')
      .select('data')
      .where('id', '=', p.filingId)
      .executeTakeFirstOrThrow();
    const data = JSON.parse(row.data ?? '{}');
    data.insurance.validUntil = '2020-01-01';
    await t.ctx.db
      .updateTable('filings')
      .set({ data: JSON.stringify(data) })
      .where('id', '=', p.filingId)
      .execute();
    const refused = await call(t.app, 'POST', `/api/filings/${p.filingId}/accept`, {
      cookie: linhe,
      body: {},
    });
    expect(refused.statusCode).toBe(422);
    expect(paths(refused)).toContain('exceptionReason');
    const ok = await call(t.app, 'POST', `/api/filings/${p.filingId}/accept`, {
      cookie: linhe,
      body: { exceptionReason: '已提交续保凭证，3 日内补交保单' },
    });
    expect(ok.statusCode).toBe(200);
    const detail = (await call(t.app, 'GET', `/api/filings/${p.filingId}`, { cookie: linhe })).json();
    expect(detail.exceptionReason).toBe('已提交续保凭证，3 日内补交保单');
  });

  it('checks inclusive fees against the city ceilings', async () => {
    const city = (await userSession(t, { role: 'city_regulator', divisionCode: '150800' })).cookie;
    const put = await call(t.app, 'PUT', '/api/settings/fee-ceilings', {
      cookie: city,
      body: { items: [{ classType: 'infant', serviceForm: 'full_day', maxMonthlyFen: 180000 }] },
    });
    expect(put.statusCode).toBe(200);
    expect(
      (await call(t.app, 'PUT', '/api/settings/fee-ceilings', { cookie: linhe, body: { items: [] } }))
        .statusCode,
    ).toBe(403);
    const p = await registeredProvider(t, samr, linhe);
    const docs = await documentsFor(t, p.manager);
    await call(t.app, 'PUT', `/api/filings/${p.filingId}`, {
      cookie: p.manager,
      body: filingData(docs, { inclusive: true }),
    });
    const over = await call(t.app, 'POST', `/api/filings/${p.filingId}/submit`, { cookie: p.manager });
    expect(over.statusCode).toBe(422);
    expect(JSON.stringify(over.json().errors)).toContain('fees');
    await call(t.app, 'PUT', '/api/settings/fee-ceilings', { cookie: city, body: { items: [] } });
  });

  it('refuses two fee ceilings for the same class type and service form (400), keeping the old table', async () => {
    const city = (await userSession(t, { role: 'city_regulator', divisionCode: '150800' })).cookie;
    const one = { classType: 'infant', serviceForm: 'full_day', maxMonthlyFen: 180000 };
    await call(t.app, 'PUT', '/api/settings/fee-ceilings', { cookie: city, body: { items: [one] } });
    const dup = await call(t.app, 'PUT', '/api/settings/fee-ceilings', {
      cookie: city,
      body: {
        items: [
          one,
          { classType: 'toddler_young', serviceForm: 'full_day', maxMonthlyFen: 1 },
          { ...one, maxMonthlyFen: 9 },
        ],
      },
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(dup.json().errors.map((e: { path: string }) => e.path)).toEqual(['items.2']);
    const kept = (await call(t.app, 'GET', '/api/settings/fee-ceilings', { cookie: city })).json();
    expect(kept.items).toEqual([one]);
    await call(t.app, 'PUT', '/api/settings/fee-ceilings', { cookie: city, body: { items: [] } });
  });
});

describe('scope and privacy', () => {
  it('a 五原县 user gets 404 for a 临河区 filing, to read or to act', async () => {
    const p = await registeredProvider(t, samr, linhe);
    expect((await call(t.app, 'GET', `/api/filings/${p.filingId}`, { cookie: wuyuan })).statusCode).toBe(404);
    expect(
      (
        await call(t.app, 'POST', `/api/filings/${p.filingId}/return`, {
          cookie: wuyuan,
          body: { reason: 'x' },
        })
      ).statusCode,
    ).toBe(404);
    const list = (await call(t.app, 'GET', '/api/filings?pageSize=100', { cookie: wuyuan })).json();
    expect(list.items.every((i: { divisionCode: string }) => i.divisionCode === '150821')).toBe(true);
  });

  it('a township officer sees the providers sited in its township, and their documents', async () => {
    const jiefang = (await userSession(t, { role: 'township_officer', divisionCode: '150802004' })).cookie;
    const here = await registeredProvider(t, samr, linhe, { townshipCode: '150802004' });
    const there = await registeredProvider(t, samr, linhe, { townshipCode: '150802001' });
    const list = (await call(t.app, 'GET', '/api/filings?pageSize=100', { cookie: jiefang })).json();
    const ids = list.items.map((i: { id: number }) => i.id);
    expect(ids).toContain(here.filingId);
    expect(ids).not.toContain(there.filingId);
    expect((await call(t.app, 'GET', `/api/filings/${there.filingId}`, { cookie: jiefang })).statusCode).toBe(
      404,
    );
    const doc = (await upload(t, here.manager)).json();
    expect((await call(t.app, 'GET', `/api/files/${doc.id}`, { cookie: jiefang })).statusCode).toBe(200);
    // Read-only: the township follows up, the county decides.
    expect(
      (
        await call(t.app, 'POST', `/api/filings/${here.filingId}/return`, {
          cookie: jiefang,
          body: { reason: 'x' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('exports the scoped filing list to Excel', async () => {
    const res = await call(t.app, 'GET', '/api/filings/export.xlsx?status=draft', { cookie: linhe });
    expect(res.statusCode).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const counties = wb.worksheets[0]?.getColumn(3).values.slice(2) ?? [];
    expect(counties.length).toBeGreaterThan(0);
    expect(counties.every((c) => c === '临河区')).toBe(true);
    const none = await call(t.app, 'GET', '/api/filings/export.xlsx', { cookie: wuyuan });
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(none.rawPayload as unknown as ArrayBuffer);
    expect(wb2.worksheets[0]?.getColumn(3).values.slice(2)).not.toContain('临河区');
  });

  it('a provider sees only its own filing and files', async () => {
    const a = await registeredProvider(t, samr, linhe);
    const b = await registeredProvider(t, samr, linhe);
    expect((await call(t.app, 'GET', `/api/filings/${b.filingId}`, { cookie: a.manager })).statusCode).toBe(
      404,
    );
    const mine = (await call(t.app, 'GET', '/api/filings', { cookie: a.manager })).json();
    expect(mine.items.map((i: { id: number }) => i.id)).toEqual([a.filingId]);
    const file = (await upload(t, b.manager)).json();
    expect((await call(t.app, 'GET', `/api/files/${file.id}`, { cookie: a.manager })).statusCode).toBe(404);
    expect((await call(t.app, 'GET', `/api/files/${file.id}`, { cookie: b.manager })).statusCode).toBe(200);
    expect((await call(t.app, 'GET', `/api/files/${file.id}`, { cookie: linhe })).statusCode).toBe(200);
    expect((await call(t.app, 'GET', `/api/files/${file.id}`, { cookie: wuyuan })).statusCode).toBe(404);
    // Someone else's file cannot be attached to one's own filing.
    const stolen = await call(t.app, 'PUT', `/api/filings/${a.filingId}`, {
      cookie: a.manager,
      body: filingData([{ type: 'filing_form', fileId: file.id }]),
    });
    expect(stolen.statusCode).toBe(422);
  });

  it('accepts PDF, JPEG and PNG by content only, and refuses anything else', async () => {
    const p = await registeredProvider(t, samr, linhe);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]);
    expect((await upload(t, p.manager, png, 'a.png')).statusCode).toBe(201);
    expect((await upload(t, p.manager, jpeg, 'a.jpg')).statusCode).toBe(201);
    const fake = await upload(t, p.manager, Buffer.from('<html>not a pdf</html>'), 'fake.pdf');
    expect(fake.statusCode).toBe(422);
    expect(fake.json().errors[0].path).toBe('file');
    const created = (await upload(t, p.manager)).json();
    expect(created.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the public directory lists only filed providers and never personal data', async () => {
    const p = await registeredProvider(t, samr, linhe, { name: '临河区保密测试全日托托育中心' });
    const res = (await call(t.app, 'GET', '/api/public/providers?q=保密测试')).json();
    expect(res.total).toBe(0);
    expect((await call(t.app, 'GET', `/api/public/providers/${p.providerId}`)).statusCode).toBe(404);
    const listing = JSON.stringify((await call(t.app, 'GET', '/api/public/providers?pageSize=100')).json());
    expect(listing).not.toContain('王建国');
    expect(listing).not.toMatch(/"creditCode"/);
  });
});
