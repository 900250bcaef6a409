import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runJob } from '../../platform/jobs';
import { JOBS } from '../../scheduled-jobs';
import { auditCount, buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { registeredProvider } from '../providers/test-fixtures';

let t: TestApp;
let linhe: string;
let wuyuan: string;
let city: string;
let township: { id: number; cookie: string };
let samr: { id: number; cookie: string };
let provider: { providerId: number; manager: string };
let parent: { id: number; cookie: string };
let outsider: { id: number; cookie: string };

beforeAll(async () => {
  t = await buildTestApp();
  linhe = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
  wuyuan = (await userSession(t, { role: 'county_regulator', divisionCode: '150821' })).cookie;
  city = (await userSession(t, { role: 'city_regulator', divisionCode: '150800' })).cookie;
  township = await userSession(t, { role: 'township_officer', divisionCode: '150802004' });
  samr = await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'samr' });
  provider = await registeredProvider(t, samr.cookie, linhe, { name: '临河区投诉测试全日托托育中心' });
  parent = await userSession(t, { role: 'parent', divisionCode: '150800', mobile: '13912345678' });
  outsider = await userSession(t, { role: 'parent', divisionCode: '150800', mobile: '13987654321' });
});
afterAll(() => t.close());

const file = (body: Record<string, unknown>, cookie?: string) =>
  call(t.app, 'POST', '/api/public/complaints', {
    ...(cookie ? { cookie } : {}),
    body: { category: 'safety', description: '午睡室的窗户没有防护栏，很危险。', anonymous: false, ...body },
  });
const track = (code: string) => call(t.app, 'GET', `/api/public/complaints/${encodeURIComponent(code)}`);
const idOf = async (trackingCode: string) => {
  const row = await t.ctx.db
    .selectFrom('complaints')
    .select('id')
    .where('tracking_code', '=', trackingCode.replace(/^TS-|-/g, ''))
    .executeTakeFirstOrThrow();
  return row.id;
};

describe('filing and tracking (public)', () => {
  it('files against a provider, routed to its county, with a grouped tracking code', async () => {
    const res = await file({ providerId: provider.providerId, contactMobile: '13800001111' });
    expect(res.statusCode).toBe(201);
    const { trackingCode } = res.json();
    expect(trackingCode).toMatch(/^TS-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    const row = await t.ctx.db
      .selectFrom('complaints')
      .selectAll()
      .where('id', '=', await idOf(trackingCode))
      .executeTakeFirstOrThrow();
    expect(row.division_code).toBe('150802');
    // Encrypted at rest.
    expect(row.contact_enc).toMatch(/^v1\./);
    expect(row.contact_enc).not.toContain('13800001111');
  });

  it('the tracking endpoint reveals exactly the public keys, nothing internal', async () => {
    const { trackingCode } = (
      await file({ providerId: provider.providerId, contactMobile: '13800001111' })
    ).json();
    const id = await idOf(trackingCode);
    await call(t.app, 'POST', `/api/complaints/${id}/acknowledge`, { cookie: linhe });
    await call(t.app, 'POST', `/api/complaints/${id}/notes`, {
      cookie: linhe,
      body: { text: '内部：约谈园长' },
    });
    await call(t.app, 'POST', `/api/complaints/${id}/answer`, {
      cookie: linhe,
      body: { outcome: 'partly', reply: '经核查，已责令加装防护栏。' },
    });
    const res = await track(trackingCode.toLowerCase());
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(
      ['acknowledgedAt', 'answeredAt', 'outcome', 'receivedAt', 'reply', 'status'].sort(),
    );
    expect(body).toMatchObject({
      status: 'answered',
      outcome: 'partly',
      reply: '经核查，已责令加装防护栏。',
    });
    expect(res.body).not.toContain('约谈');
    expect(res.body).not.toContain('1380000');
  });

  it('tells a mistyped code (400, field error) from an unknown one (404), as problem+json', async () => {
    const { trackingCode } = (await file({ providerId: provider.providerId })).json();
    const last = trackingCode.at(-1) === '2' ? '3' : '2';
    const typo = await track(trackingCode.slice(0, -1) + last);
    expect(typo.statusCode).toBe(400);
    expect(typo.headers['content-type']).toContain('application/problem+json');
    expect(typo.json().errors[0].path).toBe('trackingCode');
    expect((await track('TS-2345-6789-ABCD')).statusCode).toBe(404);
    expect((await track('nonsense')).statusCode).toBe(400);
  });

  it('anonymous keeps no contact and no account', async () => {
    const { trackingCode } = (
      await file(
        { providerId: provider.providerId, contactMobile: '13800002222', anonymous: true },
        parent.cookie,
      )
    ).json();
    const row = await t.ctx.db
      .selectFrom('complaints')
      .select(['contact_enc', 'filed_by_user_id', 'anonymous'])
      .where('id', '=', await idOf(trackingCode))
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ contact_enc: null, filed_by_user_id: null, anonymous: 1 });
  });

  it('remembers a logged-in parent (my complaints), rejects a bad mobile, routes unknown names to the city', async () => {
    const { trackingCode } = (
      await file({ providerName: '临河区投诉测试全日托托育中心' }, parent.cookie)
    ).json();
    const mine = await call(t.app, 'GET', '/api/my/complaints', { cookie: parent.cookie });
    expect(mine.json().items.map((i: { trackingCode: string }) => i.trackingCode)).toContain(trackingCode);
    // Exact name match routes to the provider's county.
    const row = await t.ctx.db
      .selectFrom('complaints')
      .select(['provider_id', 'division_code'])
      .where('id', '=', await idOf(trackingCode))
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ provider_id: provider.providerId, division_code: '150802' });
    const bad = await file({ providerId: provider.providerId, contactMobile: '12345' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('contactMobile');
    const triage = (await file({ providerName: '某无证看护点', category: 'unlicensed' })).json();
    const tri = await t.ctx.db
      .selectFrom('complaints')
      .select(['provider_id', 'division_code', 'provider_name'])
      .where('id', '=', await idOf(triage.trackingCode))
      .executeTakeFirstOrThrow();
    expect(tri).toEqual({ provider_id: null, division_code: '150800', provider_name: '某无证看护点' });
    // The city sees the triage case; the county does not.
    const tid = await idOf(triage.trackingCode);
    expect((await call(t.app, 'GET', `/api/complaints/${tid}`, { cookie: city })).statusCode).toBe(200);
    expect((await call(t.app, 'GET', `/api/complaints/${tid}`, { cookie: linhe })).statusCode).toBe(404);
    // …and hands it to a county.
    const routed = await call(t.app, 'POST', `/api/complaints/${tid}/assign`, {
      cookie: city,
      body: { divisionCode: '150821' },
    });
    expect(routed.statusCode).toBe(200);
    expect((await call(t.app, 'GET', `/api/complaints/${tid}`, { cookie: wuyuan })).statusCode).toBe(200);
  });

  it('counts the clocks from the next working day, across the 国庆 holiday (complaintAckWorkingDays 2, complaintAnswerWorkingDays 15)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-10-03T02:00:00Z'));
    try {
      const { trackingCode } = (await file({ providerId: provider.providerId })).json();
      const row = await t.ctx.db
        .selectFrom('complaints')
        .select(['received_on', 'acknowledge_by', 'answer_by'])
        .where('id', '=', await idOf(trackingCode))
        .executeTakeFirstOrThrow();
      expect(row).toEqual({
        received_on: '2026-10-03',
        acknowledge_by: '2026-10-10',
        answer_by: '2026-10-28',
      });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('console: scope, workflow, audit', () => {
  it('scopes by county: another county’s complaint is 404, lists hold only the county’s', async () => {
    const { trackingCode } = (await file({ providerId: provider.providerId })).json();
    const id = await idOf(trackingCode);
    expect((await call(t.app, 'GET', `/api/complaints/${id}`, { cookie: wuyuan })).statusCode).toBe(404);
    expect(
      (await call(t.app, 'POST', `/api/complaints/${id}/acknowledge`, { cookie: wuyuan })).statusCode,
    ).toBe(404);
    const list = (await call(t.app, 'GET', '/api/complaints?pageSize=100', { cookie: wuyuan })).json();
    expect(list.items.every((i: { divisionCode: string }) => i.divisionCode === '150821')).toBe(true);
    const mine = (await call(t.app, 'GET', '/api/complaints?pageSize=100', { cookie: linhe })).json();
    expect(mine.items.map((i: { id: number }) => i.id)).toContain(id);
    // A township officer sees nothing until the case is handed to the township.
    expect((await call(t.app, 'GET', `/api/complaints/${id}`, { cookie: township.cookie })).statusCode).toBe(
      404,
    );
  });

  it('runs received → acknowledged → assigned → answered, audited; illegal steps answer 409', async () => {
    const { trackingCode } = (
      await file({ providerId: provider.providerId, contactMobile: '13800003333' })
    ).json();
    const id = await idOf(trackingCode);
    const before = await auditCount(t.ctx);
    const early = await call(t.app, 'POST', `/api/complaints/${id}/answer`, {
      cookie: linhe,
      body: { outcome: 'substantiated', reply: '已处理完毕。' },
    });
    expect(early.statusCode).toBe(409);
    expect(early.headers['content-type']).toContain('application/problem+json');
    expect(
      (await call(t.app, 'POST', `/api/complaints/${id}/acknowledge`, { cookie: linhe })).json().status,
    ).toBe('acknowledged');
    expect(
      (await call(t.app, 'POST', `/api/complaints/${id}/acknowledge`, { cookie: linhe })).statusCode,
    ).toBe(409);
    const toTown = await call(t.app, 'POST', `/api/complaints/${id}/assign`, {
      cookie: linhe,
      body: { townshipCode: '150802004' },
    });
    expect(toTown.json()).toMatchObject({ status: 'assigned', townshipCode: '150802004' });
    // The township officer now sees and answers it, but may not reassign.
    const seen = await call(t.app, 'GET', `/api/complaints/${id}`, { cookie: township.cookie });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().contactMasked).toBe('138****3333');
    expect(
      (
        await call(t.app, 'POST', `/api/complaints/${id}/assign`, {
          cookie: township.cookie,
          body: { userId: samr.id },
        })
      ).statusCode,
    ).toBe(403);
    const reveal = await call(t.app, 'GET', `/api/complaints/${id}/contact`, { cookie: township.cookie });
    expect(reveal.json()).toEqual({ mobile: '13800003333' });
    const read = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('entity_type', '=', 'complaint')
      .where('entity_id', '=', String(id))
      .where('action', '=', 'complaint.contact_read')
      .executeTakeFirstOrThrow();
    expect(read.changes).not.toContain('13800003333');
    const done = await call(t.app, 'POST', `/api/complaints/${id}/answer`, {
      cookie: township.cookie,
      body: { outcome: 'unsubstantiated', reply: '经现场核查，反映情况不属实。' },
    });
    expect(done.json()).toMatchObject({ status: 'answered', outcome: 'unsubstantiated' });
    expect(done.json().events.map((e: { kind: string }) => e.kind)).toEqual([
      'received',
      'acknowledged',
      'assigned',
      'answered',
    ]);
    // acknowledge, assign, contact read, answer.
    expect(await auditCount(t.ctx)).toBe(before + 4);
    expect(
      (
        await call(t.app, 'POST', `/api/complaints/${id}/assign`, {
          cookie: linhe,
          body: { userId: samr.id },
        })
      ).statusCode,
    ).toBe(409);
    // Assigning to an officer of another county is refused.
    const other = await userSession(t, { role: 'county_regulator', divisionCode: '150821' });
    const { trackingCode: c2 } = (await file({ providerId: provider.providerId })).json();
    const id2 = await idOf(c2);
    await call(t.app, 'POST', `/api/complaints/${id2}/acknowledge`, { cookie: linhe });
    const wrong = await call(t.app, 'POST', `/api/complaints/${id2}/assign`, {
      cookie: linhe,
      body: { userId: other.id },
    });
    expect(wrong.statusCode).toBe(400);
    const ok = await call(t.app, 'POST', `/api/complaints/${id2}/assign`, {
      cookie: linhe,
      body: { userId: samr.id },
    });
    expect(ok.json()).toMatchObject({ assignedUserId: samr.id, status: 'assigned' });
    expect((await call(t.app, 'GET', `/api/complaints/${id2}`, { cookie: samr.cookie })).statusCode).toBe(
      200,
    );
  });

  it('an overdue case is escalated by the scheduled job, once (audited), never by a read', async () => {
    const { trackingCode } = (await file({ providerId: provider.providerId })).json();
    const id = await idOf(trackingCode);
    await t.ctx.db
      .updateTable('complaints')
      .set({ received_on: '2026-01-05', acknowledge_by: '2026-01-07', answer_by: '2026-01-26' })
      .where('id', '=', id)
      .execute();
    const escalationAudits = () =>
      t.ctx.db
        .selectFrom('audit_log')
        .select(['id', 'actor_username'])
        .where('action', '=', 'complaint.escalate')
        .where('entity_id', '=', String(id))
        .execute();
    // Reading lists and the case page writes nothing: still not escalated.
    await call(t.app, 'GET', '/api/complaints?pageSize=100', { cookie: city });
    expect(
      (await call(t.app, 'GET', `/api/complaints/${id}`, { cookie: linhe })).json().escalatedAt,
    ).toBeNull();
    expect(await escalationAudits()).toHaveLength(0);

    const job = JOBS.find((j) => j.name === 'complaint-escalation');
    if (!job) throw new Error('no escalation job');
    expect(job.cron).toBe('*/10 * * * *');
    const quiet = { info: () => {}, error: () => {} };
    expect(await runJob(t.ctx, quiet, job, '2026-12-02 10:00')).toBe('ok');
    expect(await runJob(t.ctx, quiet, job, '2026-12-02 10:10')).toBe('ok');
    const cityList = await call(t.app, 'GET', '/api/complaints?escalated=true&pageSize=100', {
      cookie: city,
    });
    const item = cityList.json().items.find((i: { id: number }) => i.id === id);
    expect(item).toMatchObject({ overdue: true, divisionCode: '150802' });
    expect(item.escalatedAt).toBeTruthy();
    const overdue = await call(t.app, 'GET', '/api/complaints?overdue=true&pageSize=100', { cookie: linhe });
    expect(overdue.json().items.map((i: { id: number }) => i.id)).toContain(id);
    expect(await escalationAudits()).toEqual([expect.objectContaining({ actor_username: 'system' })]);
    const runs = await t.ctx.db
      .selectFrom('job_runs')
      .select('counts')
      .where('job', '=', 'complaint-escalation')
      .orderBy('id')
      .execute();
    // The first run escalates this case (and any other overdue one of this file); the second, nothing.
    const [first, second] = runs.map((r) => JSON.parse(r.counts ?? '{}').escalated);
    expect(first).toBeGreaterThanOrEqual(1);
    expect(second).toBe(0);
    const xlsx = await call(t.app, 'GET', '/api/complaints/export.xlsx?overdue=true', { cookie: city });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('publishes monthly statistics per county', async () => {
    const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
    const res = await call(t.app, 'GET', `/api/public/complaints/stats?month=${month}`);
    expect(res.statusCode).toBe(200);
    const linheRow = res.json().rows.find((r: { divisionCode: string }) => r.divisionCode === '150802');
    expect(linheRow.received).toBeGreaterThan(3);
    expect(linheRow.answered).toBeGreaterThanOrEqual(2);
    expect(linheRow.byCategory.safety).toBeGreaterThan(0);
    expect((await call(t.app, 'GET', '/api/public/complaints/stats?month=2026-13')).statusCode).toBe(400);
  });
});

describe('parent committees (家长委员会)', () => {
  it('the manager sets it up and adds members by mobile; a member files on its behalf, a non-member is refused', async () => {
    const base = `/api/providers/${provider.providerId}/committee`;
    expect((await call(t.app, 'GET', base, { cookie: provider.manager })).json()).toEqual({
      committee: null,
    });
    const created = await call(t.app, 'POST', base, { cookie: provider.manager, body: {} });
    expect(created.statusCode).toBe(201);
    expect((await call(t.app, 'POST', base, { cookie: provider.manager, body: {} })).statusCode).toBe(409);
    const unknown = await call(t.app, 'POST', `${base}/members`, {
      cookie: provider.manager,
      body: { mobile: '13700000000' },
    });
    expect(unknown.statusCode).toBe(422);
    const added = await call(t.app, 'POST', `${base}/members`, {
      cookie: provider.manager,
      body: { mobile: '13912345678' },
    });
    expect(added.statusCode).toBe(200);
    expect(added.json().committee.members).toEqual([
      expect.objectContaining({ userId: parent.id, mobileMasked: '139****5678' }),
    ]);
    // Regulators in scope read it; another county does not see the provider at all.
    expect((await call(t.app, 'GET', base, { cookie: linhe })).statusCode).toBe(200);
    expect((await call(t.app, 'GET', base, { cookie: wuyuan })).statusCode).toBe(404);
    const mine = await call(t.app, 'GET', '/api/my/committees', { cookie: parent.cookie });
    expect(mine.json().items).toEqual([expect.objectContaining({ providerId: provider.providerId })]);

    const onBehalf = await file(
      { providerId: provider.providerId, onBehalfOfCommittee: true, category: 'fees' },
      parent.cookie,
    );
    expect(onBehalf.statusCode).toBe(201);
    const id = await idOf(onBehalf.json().trackingCode);
    const detail = (await call(t.app, 'GET', `/api/complaints/${id}`, { cookie: linhe })).json();
    expect(detail).toMatchObject({
      onBehalfOfCommittee: true,
      committeeName: expect.stringContaining('家长委员会'),
    });

    const refused = await file(
      { providerId: provider.providerId, onBehalfOfCommittee: true },
      outsider.cookie,
    );
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect((await file({ providerId: provider.providerId, onBehalfOfCommittee: true })).statusCode).toBe(401);

    const removed = await call(t.app, 'DELETE', `${base}/members/${parent.id}`, { cookie: provider.manager });
    expect(removed.json().committee.members).toEqual([]);
    expect(
      (await file({ providerId: provider.providerId, onBehalfOfCommittee: true }, parent.cookie)).statusCode,
    ).toBe(403);
  });
});

describe('brute force', () => {
  it('rate-limits tracking look-ups per address (the login limit)', async () => {
    const small = await buildTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++)
        codes.push((await call(small.app, 'GET', '/api/public/complaints/TS-2345-6789-ABCD')).statusCode);
      expect(codes).toEqual([404, 404, 404, 429]);
    } finally {
      await small.close();
    }
  });
});
