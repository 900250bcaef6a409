import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../platform/excel';
import { auditCount, buildTestApp, call, type TestApp, userSession } from '../../test/helpers';

let t: TestApp;
let office: string;
let convener: string;
let linhe: string;
let wuyuan: string;
let finance: string;
let countyFinance: string;
const Y = 2026;
const base = `/api/jc/assessments/${Y}`;
const weights = {
  county: { places: 30, healthManagement: 20, filingsOnTime: 20, inspectionsDone: 15, complaintsOnTime: 15 },
  unit: { tasksOnTime: 100 },
};

/** A task led by `unit`, due and done (or not) on the given dates. */
async function task(unit: string, dueOn: string, doneOn: string | null) {
  const m = await call(t.app, 'POST', '/api/jc/meetings', {
    cookie: office,
    body: { kind: 'thematic', title: `专题会议 ${dueOn}`, date: '2026-11-20', unitCodes: [unit] },
  });
  const res = await call(t.app, 'POST', `/api/jc/meetings/${m.json().id}/minutes`, {
    cookie: office,
    body: {
      summary: '会议纪要',
      matters: [
        {
          title: '议定事项',
          detail: '说明',
          tasks: [{ leadUnit: unit, coUnits: [], dueOn: '2026-12-31', output: '方案' }],
        },
      ],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().taskIds[0] as number;
  await t.ctx.db
    .updateTable('jc_tasks')
    .set({ due_on: dueOn, done_on: doneOn, status: doneOn ? 'done' : 'open' })
    .where('id', '=', id)
    .execute();
}

beforeAll(async () => {
  t = await buildTestApp();
  const s = async (
    role: 'jc_office' | 'jc_convener' | 'county_regulator' | 'department_officer',
    divisionCode: string,
    unit: string,
  ) => (await userSession(t, { role, divisionCode, unit })).cookie;
  office = await s('jc_office', '150800', 'health');
  convener = await s('jc_convener', '150800', 'health');
  linhe = await s('county_regulator', '150802', 'health');
  wuyuan = await s('county_regulator', '150821', 'health');
  finance = await s('department_officer', '150800', 'finance');
  countyFinance = await s('department_officer', '150802', 'finance');
  await task('finance', '2026-03-31', '2026-03-30'); // on time
  await task('finance', '2026-06-30', '2026-07-02'); // late
  await task('finance', '2026-09-30', null); // overdue
  await task('hrss', '2026-05-31', '2026-05-31'); // on time, on the day
});
afterAll(() => t.close());

describe('督查考核 三(三): weights', () => {
  it('reads the defaults, refuses a sum other than 100 (422) and takes a valid set', async () => {
    const r = await call(t.app, 'GET', `${base}/weights`, { cookie: linhe });
    expect(r.json()).toMatchObject({ year: Y, weights, status: 'draft' });
    const bad = await call(t.app, 'PUT', `${base}/weights`, {
      cookie: office,
      body: { ...weights, county: { ...weights.county, places: 40 } },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([expect.objectContaining({ path: 'county' })]);
    const frac = await call(t.app, 'PUT', `${base}/weights`, {
      cookie: office,
      body: { ...weights, unit: { tasksOnTime: 99.5 } },
    });
    expect(frac.statusCode).toBe(400);
    const before = await auditCount(t.ctx);
    const ok = await call(t.app, 'PUT', `${base}/weights`, { cookie: office, body: weights });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await auditCount(t.ctx)).toBe(before + 1);
    const denied = await call(t.app, 'PUT', `${base}/weights`, { cookie: convener, body: weights });
    expect(denied.statusCode).toBe(403);
  });
});

describe('督查考核 三(三): compute, marks, publish and who sees what', () => {
  it('computes every county and unit; tasks on time by the due date in effect', async () => {
    expect((await call(t.app, 'POST', `${base}/publish`, { cookie: office })).statusCode).toBe(409);
    const c = await call(t.app, 'POST', `${base}/compute`, { cookie: office });
    expect(c.statusCode, c.body).toBe(200);
    const r = (await call(t.app, 'GET', base, { cookie: office })).json();
    expect(r).toMatchObject({ status: 'computed', view: 'all', stale: false });
    expect(r.counties).toHaveLength(7);
    expect(r.units).toHaveLength(18);
    const fin = r.units.find((u: { code: string }) => u.code === 'finance');
    expect(fin.indicators[0]).toMatchObject({
      indicator: 'tasksOnTime',
      numerator: 1,
      denominator: 3,
      value: 33.33,
    });
    expect(fin).toMatchObject({ baseScore: 33.33, finalScore: 33.33, grade: 'fail' });
    const hrss = r.units.find((u: { code: string }) => u.code === 'hrss');
    expect(hrss).toMatchObject({ finalScore: 100, rank: 1, grade: 'excellent' });
    // A unit without tasks has no data: no score, no rank.
    const women = r.units.find((u: { code: string }) => u.code === 'women');
    expect(women).toMatchObject({ baseScore: null, rank: null, grade: null });
    expect(women.indicators[0].value).toBeNull();
    // A county without any data in the year: places 0 of its population is data, the rest 无数据,
    // so places carries the whole weight.
    const linheRow = r.counties.find((x: { code: string }) => x.code === '150802');
    expect(
      linheRow.indicators.find((i: { indicator: string }) => i.indicator === 'places').effectiveWeight,
    ).toBe(100);
  });

  it('marks are bounded and need a known target; the office adds them with reasons', async () => {
    const mark = (body: object) => call(t.app, 'POST', `${base}/marks`, { cookie: office, body });
    expect(
      (
        await mark({
          target: { kind: 'unit', code: 'finance' },
          points: 8,
          reason: '主动牵头完成托育补贴测算',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (await mark({ target: { kind: 'unit', code: 'finance' }, points: 3, reason: '超出' })).statusCode,
    ).toBe(422);
    expect(
      (await mark({ target: { kind: 'county', code: '999999' }, points: 1, reason: '不存在' })).statusCode,
    ).toBe(422);
    expect(
      (await mark({ target: { kind: 'county', code: '150802' }, points: -2, reason: '' })).statusCode,
    ).toBe(400);
    expect(
      (
        await mark({
          target: { kind: 'county', code: '150802' },
          points: -2,
          reason: '发生安全事故未及时报告',
        })
      ).statusCode,
    ).toBe(201);
    const r = (await call(t.app, 'GET', base, { cookie: convener })).json();
    const fin = r.units.find((u: { code: string }) => u.code === 'finance');
    expect(fin).toMatchObject({ marksTotal: 8, finalScore: 41.33 });
    expect(fin.marks[0]).toMatchObject({ points: 8, reason: '主动牵头完成托育补贴测算' });
  });

  it('before publication a county and a unit see no rows; afterwards only their own', async () => {
    const seen = async (cookie: string) => (await call(t.app, 'GET', base, { cookie })).json();
    expect(await seen(linhe)).toMatchObject({ view: 'county', counties: [], units: [] });
    expect(await seen(finance)).toMatchObject({ view: 'unit', counties: [], units: [] });
    // Changed weights make the snapshot stale: publication waits for a new computation.
    const w2 = { ...weights, county: { ...weights.county, places: 20, healthManagement: 30 } };
    await call(t.app, 'PUT', `${base}/weights`, { cookie: office, body: w2 });
    expect((await seen(office)).stale).toBe(true);
    expect((await call(t.app, 'POST', `${base}/publish`, { cookie: office })).statusCode).toBe(409);
    expect((await call(t.app, 'POST', `${base}/compute`, { cookie: office })).statusCode).toBe(200);
    expect((await call(t.app, 'POST', `${base}/publish`, { cookie: office })).statusCode).toBe(200);
    const l = await seen(linhe);
    expect(l.counties.map((c: { code: string }) => c.code)).toEqual(['150802']);
    expect(l.counties[0].marksTotal).toBe(-2);
    expect(l.units).toEqual([]);
    expect((await seen(wuyuan)).counties.map((c: { code: string }) => c.code)).toEqual(['150821']);
    const f = await seen(finance);
    expect(f.units.map((u: { code: string }) => u.code)).toEqual(['finance']);
    expect(f.counties).toEqual([]);
    expect(await seen(countyFinance)).toMatchObject({ view: 'none', counties: [], units: [] });
    // Published: nothing changes any more.
    for (const [method, path, body] of [
      ['POST', 'compute', undefined],
      ['POST', 'publish', undefined],
      ['PUT', 'weights', weights],
      ['POST', 'marks', { target: { kind: 'unit', code: 'hrss' }, points: 1, reason: '表扬' }],
    ] as const)
      expect((await call(t.app, method, `${base}/${path}`, { cookie: office, body })).statusCode).toBe(409);
  });

  it('exports a real workbook with numeric cells in number formats', async () => {
    const res = await call(t.app, 'GET', `${base}/export.xlsx`, { cookie: office });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const ws = (await readWorkbook(res.rawPayload)).worksheets[0];
    if (!ws) throw new Error('no sheet');
    expect(ws.rowCount).toBe(1 + 7 + 18);
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const col = (name: string) => header.indexOf(name);
    const fin = ws.getRows(2, 25)?.find((r) => r.getCell(1).value === '市财政局');
    if (!fin) throw new Error('no finance row');
    const rate = fin.getCell(col('督办任务按时办结率'));
    expect(rate.value).toBeCloseTo(0.3333, 4);
    expect(rate.numFmt).toBe('0.00%');
    expect(typeof fin.getCell(col('最终得分')).value).toBe('number');
    const own = await call(t.app, 'GET', `${base}/export.xlsx`, { cookie: linhe });
    expect((await readWorkbook(own.rawPayload)).worksheets[0]?.rowCount).toBe(2);
  });
});
