import { parseFilingNumber } from '@tuoyu/domain';
import { describe, expect, it } from 'vitest';
import { call, userSession } from '../../test/helpers';
import { documentsFor, filingData, registeredProvider } from './test-fixtures';
import { linhe, paths, samr, setUpProviderTests, t, wuyuan } from './test-setup';

setUpProviderTests();

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
