import { describe, expect, it } from 'vitest';
import { call, loginAs, userSession } from '../../test/helpers';
import { creditCode, filingData, registeredProvider, registration, upload } from './test-fixtures';
import { civil, linhe, paths, samr, setUpProviderTests, t, wuyuan } from './test-setup';

setUpProviderTests();

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
