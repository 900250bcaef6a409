/**
 * Deadline and certificate-expiry notices (issue 9, item 6): the responsible users get each item
 * once per day in 我的消息, however often the job runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJob } from '../../platform/jobs';
import { nowIso } from '../../platform/time';
import { JOBS } from '../../scheduled-jobs';
import { buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { daysFromToday, insertChecklist } from '../inspections/test-fixtures';
import { registeredProvider } from '../providers/test-fixtures';

let t: TestApp;
let manager: string;
let providerId: number;
let filingId: number;
let county: string;
let otherCounty: string;
const quiet = { info: () => {}, error: () => {} };

beforeAll(async () => {
  t = await buildTestApp();
  const dept = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'samr' }))
    .cookie;
  county = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
  otherCounty = (await userSession(t, { role: 'county_regulator', divisionCode: '150821' })).cookie;
  ({ manager, providerId, filingId } = await registeredProvider(t, dept, county));
});
afterAll(() => t.close());

const job = (name: string) => {
  const j = JOBS.find((x) => x.name === name);
  if (!j) throw new Error(`no job ${name}`);
  return j;
};
const myNotices = async (cookie: string, kind: string) =>
  (
    (await call(t.app, 'GET', '/api/my/notifications', { cookie })).json().items as {
      kind: string;
      title: string;
    }[]
  ).filter((n) => n.kind === kind);

describe('deadline notices', () => {
  it('a rectification order due in 2 days reaches the provider manager once a day', async () => {
    const checklist = await insertChecklist(t);
    const inspection = await t.ctx.db
      .insertInto('inspections')
      .values({
        provider_id: providerId,
        division_code: '150802',
        checklist_id: checklist.id,
        kind: 'campaign',
        status: 'submitted',
        created_by: 0,
        created_at: nowIso(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const [due, later] = [daysFromToday(2), daysFromToday(10)];
    for (const [i, deadline] of [due, later].entries())
      await t.ctx.db
        .insertInto('inspection_findings')
        .values({
          inspection_id: inspection.id,
          item_id: checklist.items[i] ?? 0,
          outcome: 'fail',
          status: 'open',
          deadline,
        })
        .execute();
    await t.ctx.db
      .updateTable('filings')
      .set({ status: 'submitted', due_date: daysFromToday(1) })
      .where('id', '=', filingId)
      .execute();

    const today = daysFromToday(0);
    expect(await runJob(t.ctx, quiet, job('deadline-notices'), `${today} 08:00`)).toBe('ok');
    // Run again by hand the same day: nothing new.
    expect(await runJob(t.ctx, quiet, job('deadline-notices'), `${today} 12:00 manual`)).toBe('ok');
    const rectification = await myNotices(manager, 'rectification.deadline');
    expect(rectification).toHaveLength(1);
    expect(rectification[0]?.title).toBe(`整改期限将至：${due}`);
    expect(await myNotices(county, 'filing.review_deadline')).toHaveLength(1);
    expect(await myNotices(otherCounty, 'filing.review_deadline')).toHaveLength(0);
    const runs = await t.ctx.db
      .selectFrom('job_runs')
      .select('counts')
      .where('job', '=', 'deadline-notices')
      .orderBy('id')
      .execute();
    expect(runs.map((r) => JSON.parse(r.counts ?? '{}'))).toEqual([
      { rectification: 1, filing: 1 },
      { rectification: 0, filing: 0 },
    ]);
    // The next day it is notified again (still open).
    await runJob(t.ctx, quiet, job('deadline-notices'), `${daysFromToday(1)} 08:00`);
    expect(await myNotices(manager, 'rectification.deadline')).toHaveLength(2);
  });
});

describe('certificate-expiry notices', () => {
  it('a qualification ending within 30 days and a lapsed health exam are each notified once a day', async () => {
    await t.ctx.db
      .insertInto('staff')
      .values({
        provider_id: providerId,
        division_code: '150802',
        name: '王保育',
        resident_id_enc: 'x',
        resident_id_hash: `h-${Date.now()}`,
        resident_id_masked: '1508**********0011',
        role: 'carer',
        qualifications: JSON.stringify([{ type: '保育师证', number: 'B1', validUntil: daysFromToday(20) }]),
        health_exam_date: daysFromToday(-400),
        hired_on: daysFromToday(-500),
        created_at: nowIso(),
      })
      .execute();
    const today = daysFromToday(0);
    await runJob(t.ctx, quiet, job('certificate-notices'), `${today} 08:05`);
    await runJob(t.ctx, quiet, job('certificate-notices'), `${today} 09:00 manual`);
    const titles = (await myNotices(manager, 'staff.certificate_expiry')).map((n) => n.title).sort();
    expect(titles).toEqual([`王保育：保育师证将于 ${daysFromToday(20)} 到期`, '王保育：年度健康检查已过期']);
  });
});
