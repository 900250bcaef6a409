import { describe, expect, it } from 'vitest';
import { runJob } from '../../platform/jobs';
import { JOBS } from '../../scheduled-jobs';
import { auditCount, call, userSession } from '../../test/helpers';
import {
  city,
  file,
  idOf,
  linhe,
  provider,
  samr,
  setUpComplaintTests,
  t,
  township,
  wuyuan,
} from './test-setup';

setUpComplaintTests();

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
    // The month's own cases: four received, two of them answered.
    for (const n of [0, 1, 2, 3]) {
      const id = await idOf((await file({ providerId: provider.providerId })).json().trackingCode);
      if (n >= 2) continue;
      await call(t.app, 'POST', `/api/complaints/${id}/acknowledge`, { cookie: linhe });
      await call(t.app, 'POST', `/api/complaints/${id}/answer`, {
        cookie: linhe,
        body: { outcome: 'partly', reply: '经核查，已责令整改。' },
      });
    }
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
