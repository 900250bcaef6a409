import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { registeredProvider } from '../providers/test-fixtures';
import { checkIn, providerWithInfants, today } from './test-fixtures';

let t: TestApp;
let linhe: string;
let wuyuan: string;
let samr: string;

beforeAll(async () => {
  t = await buildTestApp();
  linhe = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
  wuyuan = (await userSession(t, { role: 'county_regulator', divisionCode: '150821' })).cookie;
  samr = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'samr' })).cookie;
});
afterAll(() => t.close());

const check = (cookie: string, body: Record<string, unknown>) =>
  call(t.app, 'POST', '/api/health-checks', { cookie, body });

describe('daily health checks (晨午检)', () => {
  it('records one check per child, day and session, audited; a second one answers 409', async () => {
    const p = await providerWithInfants(t, samr, linhe, 2);
    const c = p.children[0] ?? 0;
    const before = await auditCount(t.ctx);
    const first = await check(p.manager, { childId: c, session: 'morning', result: 'normal' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ day: today(), notificationId: null });
    expect(await auditCount(t.ctx)).toBe(before + 1);
    const again = await check(p.manager, {
      childId: c,
      session: 'morning',
      result: 'abnormal',
      note: '发热',
    });
    expect(again.statusCode).toBe(409);
    expect(await auditCount(t.ctx)).toBe(before + 1);
    // The noon check is a different session.
    expect((await check(p.manager, { childId: c, session: 'noon', result: 'normal' })).statusCode).toBe(201);
  });

  it('an abnormal result needs a note, and notifies the guardian in-app (kept against the child)', async () => {
    const p = await providerWithInfants(t, samr, linhe, 1);
    const c = p.children[0] ?? 0;
    const bare = await check(p.manager, { childId: c, session: 'morning', result: 'abnormal' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors[0].path).toBe('note');
    const blank = await check(p.manager, { childId: c, session: 'morning', result: 'abnormal', note: '  ' });
    expect(blank.statusCode).toBe(400);
    const res = await check(p.manager, {
      childId: c,
      session: 'morning',
      result: 'abnormal',
      note: '体温 37.8℃，已通知家长',
    });
    expect(res.statusCode).toBe(201);
    const { notificationId } = res.json();
    expect(notificationId).toBeGreaterThan(0);
    const list = await call(t.app, 'GET', `/api/children/${c}/notifications`, { cookie: p.manager });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        id: notificationId,
        childId: c,
        kind: 'health_check.abnormal',
        readAt: null,
        body: expect.stringContaining('37.8'),
      }),
    ]);
    const row = await t.ctx.db
      .selectFrom('notifications')
      .select(['user_id', 'provider_id'])
      .where('id', '=', notificationId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ user_id: null, provider_id: p.providerId });
  });

  it('delivers an abnormal result to the guardian’s own parent account, found by mobile number', async () => {
    const p = await providerWithInfants(t, samr, linhe, 1);
    const c = p.children[0] ?? 0;
    // The fixtures' guardian mobile is 13900000000.
    const guardian = await userSession(t, { role: 'parent', divisionCode: '150800', mobile: '13900000000' });
    const stranger = await userSession(t, { role: 'parent', divisionCode: '150800', mobile: '13911112222' });
    await check(p.manager, { childId: c, session: 'noon', result: 'abnormal', note: '午睡后轻微咳嗽' });
    const mine = (await call(t.app, 'GET', '/api/my/notifications', { cookie: guardian.cookie })).json()
      .items;
    expect(mine.length).toBeGreaterThanOrEqual(1);
    expect(mine[0]).toMatchObject({
      kind: 'health_check.abnormal',
      body: expect.stringContaining('午睡后轻微咳嗽'),
      readAt: null,
    });
    expect(
      (await call(t.app, 'GET', '/api/my/notifications', { cookie: stranger.cookie })).json().items,
    ).toHaveLength(0);
    expect(
      (await call(t.app, 'POST', `/api/my/notifications/${mine[0].id}/read`, { cookie: stranger.cookie }))
        .statusCode,
    ).toBe(404);
    expect(
      (await call(t.app, 'POST', `/api/my/notifications/${mine[0].id}/read`, { cookie: guardian.cookie }))
        .statusCode,
    ).toBe(200);
    const after = (await call(t.app, 'GET', '/api/my/notifications', { cookie: guardian.cookie })).json()
      .items;
    expect(after[0].readAt).not.toBeNull();
    const raw = JSON.stringify(
      await t.ctx.db
        .selectFrom('users')
        .select(['mobile_hash', 'mobile_enc'])
        .where('id', '=', guardian.id)
        .executeTakeFirstOrThrow(),
    );
    expect(raw).not.toContain('13900000000');
  });

  it('counts the day per class: children present, checks per session, abnormal results', async () => {
    const p = await providerWithInfants(t, samr, linhe, 3);
    // Two of the three children come in; the third stays home.
    const [a = 0, b = 0] = p.children;
    for (const x of [a, b]) await checkIn(t, p.manager, 'child', x, p.infant);
    await check(p.manager, { childId: a, session: 'morning', result: 'normal' });
    await check(p.manager, { childId: b, session: 'morning', result: 'abnormal', note: '咳嗽' });
    await check(p.manager, { childId: a, session: 'noon', result: 'abnormal', note: '呕吐' });
    const res = await call(t.app, 'GET', `/api/health-checks?date=${today()}`, { cookie: p.manager });
    expect(res.statusCode).toBe(200);
    expect(res.json().date).toBe(today());
    const infant = res.json().classes.find((x: { classId: number }) => x.classId === p.infant);
    expect(infant).toMatchObject({ childrenPresent: 2, checkedMorning: 2, checkedNoon: 1, abnormal: 2 });
    const others = res.json().classes.filter((x: { classId: number }) => x.classId !== p.infant);
    expect(others.every((x: { checkedMorning: number }) => x.checkedMorning === 0)).toBe(true);
    // Another day has nothing.
    const empty = (
      await call(t.app, 'GET', '/api/health-checks?date=2026-01-05', { cookie: p.manager })
    ).json();
    expect(empty.classes.find((x: { classId: number }) => x.classId === p.infant)).toMatchObject({
      childrenPresent: 0,
      checkedMorning: 0,
      abnormal: 0,
    });
    expect(
      (await call(t.app, 'GET', '/api/health-checks?date=2026-13-01', { cookie: p.manager })).statusCode,
    ).toBe(400);
  });

  it('another provider gets 404 for a child that is not its own; regulators cannot record checks', async () => {
    const a = await providerWithInfants(t, samr, linhe, 1);
    const b = await registeredProvider(t, samr, linhe);
    const c = a.children[0] ?? 0;
    expect((await check(b.manager, { childId: c, session: 'morning', result: 'normal' })).statusCode).toBe(
      404,
    );
    expect(
      (await call(t.app, 'GET', `/api/children/${c}/notifications`, { cookie: b.manager })).statusCode,
    ).toBe(404);
    expect((await check(wuyuan, { childId: c, session: 'morning', result: 'normal' })).statusCode).toBe(403);
    expect(
      (await call(t.app, 'GET', `/api/children/${c}/notifications`, { cookie: wuyuan })).statusCode,
    ).toBe(403);
    // A child who has left is no longer checked.
    await call(t.app, 'POST', `/api/children/${c}/leave`, {
      cookie: a.manager,
      body: { leftOn: today(), reason: '搬家' },
    });
    expect((await check(a.manager, { childId: c, session: 'morning', result: 'normal' })).statusCode).toBe(
      404,
    );
  });
});
