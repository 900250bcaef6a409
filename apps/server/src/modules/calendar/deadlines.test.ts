import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { documentsFor, filingData, registeredProvider } from '../providers/test-fixtures';

// Monday 28 December 2026, 10:00 in Beijing: the case.
const NOW = new Date('2026-12-28T02:00:00Z');

let t: TestApp;
let city: string;
let linhe: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await buildTestApp();
  city = (await userSession(t, { role: 'city_regulator', divisionCode: '150800' })).cookie;
  linhe = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

async function submittedFiling() {
  const samr = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'samr' }))
    .cookie;
  const p = await registeredProvider(t, samr, linhe);
  await call(t.app, 'PUT', `/api/filings/${p.filingId}`, {
    cookie: p.manager,
    body: filingData(await documentsFor(t, p.manager)),
  });
  const res = await call(t.app, 'POST', `/api/filings/${p.filingId}/submit`, { cookie: p.manager });
  expect(res.statusCode).toBe(200);
  return { ...p, dueDate: res.json().dueDate as string };
}

async function filedComplaint() {
  const res = await call(t.app, 'POST', '/api/public/complaints', {
    body: { category: 'safety', description: '午睡室的窗户没有防护栏，很危险。', anonymous: true },
  });
  expect(res.statusCode).toBe(201);
  return t.ctx.db
    .selectFrom('complaints')
    .select(['id', 'acknowledge_by', 'answer_by'])
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
}

const filingDue = async (id: number) =>
  (await call(t.app, 'GET', `/api/filings/${id}`, { cookie: linhe })).json().dueDate as string;

describe('deadlines count with the working calendar, and move when a year’s schedule is entered', () => {
  it('a filing submitted 2026-12-28 is due 2027-01-05 (1 January 2027 statutory); a complaint’s clocks skip it too', async () => {
    const filing = await submittedFiling();
    expect(filing.dueDate).toBe('2027-01-05');
    const complaint = await filedComplaint();
    // 2 and 15 working days from Monday 28 December, 1 January skipped.
    expect(complaint).toMatchObject({ acknowledge_by: '2026-12-30', answer_by: '2027-01-19' });

    // The city enters a 2027 schedule with Monday 4 January off and Saturday 9 January worked.
    const put = await call(t.app, 'PUT', '/api/calendar/2027', {
      cookie: city,
      body: {
        days: [
          { date: '2027-01-01', kind: 'holiday', name: '元旦' },
          { date: '2027-01-04', kind: 'holiday', name: '元旦' },
          { date: '2027-01-09', kind: 'workday', name: '元旦调休上班' },
        ],
      },
    });
    expect(put.statusCode).toBe(200);

    // Still 5 working days: 29, 30, 31 December, 5 and 6 January.
    expect(await filingDue(filing.filingId)).toBe('2027-01-06');
    const moved = await t.ctx.db
      .selectFrom('complaints')
      .select(['acknowledge_by', 'answer_by'])
      .where('id', '=', complaint.id)
      .executeTakeFirstOrThrow();
    // The acknowledgement (in 2026) is untouched; the answer loses 4 January and gains 9 January.
    expect(moved).toEqual({ acknowledge_by: '2026-12-30', answer_by: '2027-01-19' });

    // The change and the deadlines it moved are in the one audit entry.
    const entry = await t.ctx.db
      .selectFrom('audit_log')
      .select('changes')
      .where('action', '=', 'calendar.schedule')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.changes ?? '{}').filings).toEqual([
      { id: filing.filingId, from: '2027-01-05', to: '2027-01-06' },
    ]);

    // Entering 2027 again without the make-up Saturday moves the answer a day later.
    await call(t.app, 'PUT', '/api/calendar/2027', {
      cookie: city,
      body: { days: [{ date: '2027-01-04', kind: 'holiday', name: '元旦' }] },
    });
    const later = await t.ctx.db
      .selectFrom('complaints')
      .select('answer_by')
      .where('id', '=', complaint.id)
      .executeTakeFirstOrThrow();
    expect(later.answer_by).toBe('2027-01-20');
    expect(await filingDue(filing.filingId)).toBe('2027-01-06');
  });

  it('an answered complaint keeps its deadline; an open one moves', async () => {
    const answered = await filedComplaint();
    const open = await filedComplaint();
    expect(answered.answer_by).toBe('2027-01-20'); // 4 January 2027 is off in the schedule entered above
    for (const step of ['acknowledge', 'answer']) {
      const res = await call(t.app, 'POST', `/api/complaints/${answered.id}/${step}`, {
        cookie: city,
        body: step === 'answer' ? { outcome: 'substantiated', reply: '已责令整改并复查。' } : {},
      });
      expect(res.statusCode, step).toBe(200);
    }
    await call(t.app, 'PUT', '/api/calendar/2027', { cookie: city, body: { days: [] } });
    const answerBy = async (id: number) =>
      (
        await t.ctx.db
          .selectFrom('complaints')
          .select('answer_by')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).answer_by;
    expect(await answerBy(answered.id)).toBe('2027-01-20');
    expect(await answerBy(open.id)).toBe('2027-01-19');
  });
});
