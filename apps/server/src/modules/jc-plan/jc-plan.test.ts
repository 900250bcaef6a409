import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { PDF, upload } from '../providers/test-fixtures';

let t: TestApp;
let office: string;
let convener: string;
let hrss: string;
let finance: string;
let countyHrss: string;
let linhe: string;
let wuyuan: string;
let city: string;

beforeAll(async () => {
  t = await buildTestApp();
  const unit = async (u: string, divisionCode = '150800') =>
    (await userSession(t, { role: 'department_officer', divisionCode, unit: u })).cookie;
  office = (await userSession(t, { role: 'jc_office', divisionCode: '150800', unit: 'health' })).cookie;
  convener = (await userSession(t, { role: 'jc_convener', divisionCode: '150800', unit: 'health' })).cookie;
  hrss = await unit('hrss');
  finance = await unit('finance');
  countyHrss = await unit('hrss', '150802');
  linhe = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
  wuyuan = (await userSession(t, { role: 'county_regulator', divisionCode: '150821' })).cookie;
  city = (await userSession(t, { role: 'city_regulator', divisionCode: '150800' })).cookie;
});
afterAll(() => t.close());

const tasks = async (cookie: string, year = 2026) => {
  const res = await call(t.app, 'GET', `/api/jc/plan-tasks?year=${year}`, { cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const report = (cookie: string, id: string, body: unknown) =>
  call(t.app, 'PUT', `/api/jc/plan-tasks/${id}/progress`, { cookie, body });

describe('GET /api/jc/plan-tasks (issue 12 item 5)', () => {
  it('is an array of the 23 tasks with their responsible units, loaded for the year on first read', async () => {
    const list = await tasks(hrss);
    expect(Array.isArray(list)).toBe(true);
    expect(list).toHaveLength(23);
    expect(list[0]).toMatchObject({
      id: '1-1',
      section: '(一)家庭支持指导体系',
      title: '全面落实产假及相关政策',
      responsibleUnits: ['hrss', 'health', 'union', 'youth', 'women'],
      progress: [],
      mine: true,
    });
    expect(list.map((x: { id: string }) => x.id).at(-1)).toBe('5-3');
    // Each year has its own rows; a year is loaded once however often it is read.
    await tasks(office, 2025);
    await tasks(office, 2025);
    const rows = await t.ctx.db.selectFrom('jc_plan_tasks').select('year').where('year', '=', 2025).execute();
    expect(rows).toHaveLength(23);
    // The convener and a county's department officer read it too; a year before the plan is 400.
    expect(await tasks(convener)).toHaveLength(23);
    expect(await tasks(countyHrss)).toHaveLength(23);
    expect((await call(t.app, 'GET', '/api/jc/plan-tasks?year=2019', { cookie: hrss })).statusCode).toBe(400);
    expect((await call(t.app, 'GET', '/api/jc/plan-tasks', { cookie: hrss })).statusCode).toBe(400);
    expect((await call(t.app, 'GET', '/api/jc/plan-tasks?year=2026', { cookie: linhe })).statusCode).toBe(
      403,
    );
  });
});

describe('PUT /api/jc/plan-tasks/:id/progress', () => {
  it('a responsible unit reports; the latest shows in the list, every report stays in the history, audited', async () => {
    const before = await auditCount(t.ctx);
    const first = await report(hrss, '1-1', {
      year: 2026,
      status: 'in_progress',
      text: '已印发育儿假实施细则',
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ unit: 'hrss', status: 'in_progress' });
    expect((await report(hrss, '1-1', { year: 2026, status: 'done', text: '全部落实' })).statusCode).toBe(
      200,
    );
    expect(await auditCount(t.ctx)).toBe(before + 2);
    const task = (await tasks(finance)).find((x: { id: string }) => x.id === '1-1');
    expect(task.progress).toEqual([
      { unit: 'hrss', status: 'done', text: '全部落实', updatedAt: expect.any(String) },
    ]);
    expect(task.mine).toBe(false);
    const history = await call(t.app, 'GET', '/api/jc/plan-tasks/1-1/history?year=2026', { cookie: office });
    expect(history.json().map((h: { status: string }) => h.status)).toEqual(['in_progress', 'done']);
    // Another year is another report.
    expect((await tasks(hrss, 2025)).find((x: { id: string }) => x.id === '1-1').progress).toEqual([]);
  });

  it('a unit not responsible is 403, an unknown task 404, the office 403, a county officer 403, bad input 400', async () => {
    const body = { year: 2026, status: 'done', text: '已完成' };
    expect((await report(finance, '1-1', body)).statusCode).toBe(403);
    expect((await report(hrss, '9-9', body)).statusCode).toBe(404);
    expect((await report(office, '1-1', body)).statusCode).toBe(403);
    expect((await report(countyHrss, '1-1', body)).statusCode).toBe(403);
    expect((await report(hrss, '1-1', { ...body, status: 'finished' })).statusCode).toBe(400);
    expect((await report(hrss, '1-1', { ...body, text: '' })).statusCode).toBe(400);
    expect((await report(hrss, 'x', body)).statusCode).toBe(400);
    expect(
      (await call(t.app, 'GET', '/api/jc/plan-tasks/9-9/history?year=2026', { cookie: hrss })).statusCode,
    ).toBe(404);
  });
});

describe('the city’s matrix', () => {
  it('units × tasks with status per cell, for the office and the convener; Excel; units refused', async () => {
    expect(
      (await report(finance, '3-2', { year: 2026, status: 'in_progress', text: '落实税费优惠' })).statusCode,
    ).toBe(200);
    const res = await call(t.app, 'GET', '/api/jc/plan-tasks/matrix?year=2026', { cookie: office });
    expect(res.statusCode, res.body).toBe(200);
    const m = res.json();
    expect(m.tasks).toHaveLength(23);
    const idx = (id: string) => m.tasks.findIndex((x: { id: string }) => x.id === id);
    const row = (u: string) => m.rows.find((r: { unit: string }) => r.unit === u);
    expect(row('hrss').cells[idx('1-1')]).toBe('done');
    expect(row('hrss').cells[idx('2-1')]).toBeNull();
    expect(row('hrss').cells[idx('1-2')]).toBe('unreported');
    expect(row('finance').cells[idx('3-2')]).toBe('in_progress');
    expect(row('hetao').responsible).toBe(1);
    expect(m.rows).toHaveLength(19);
    expect(
      (await call(t.app, 'GET', '/api/jc/plan-tasks/matrix?year=2026', { cookie: convener })).statusCode,
    ).toBe(200);
    expect(
      (await call(t.app, 'GET', '/api/jc/plan-tasks/matrix?year=2026', { cookie: hrss })).statusCode,
    ).toBe(403);
    const xlsx = await call(t.app, 'GET', '/api/jc/plan-tasks/matrix.xlsx?year=2026', { cookie: office });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.getRow(1).getCell(2).value).toBe('1-1 全面落实产假及相关政策');
    const hrssRow = ws?.getRows(2, 19)?.find((r) => r.getCell(1).value === '市人社局');
    expect(hrssRow?.getCell(2).value).toBe('已完成');
  });
});

describe('旗县区具体实施办法', () => {
  const save = (cookie: string, body: unknown) =>
    call(t.app, 'PUT', '/api/jc/county-measures/mine', { cookie, body });
  const list = async (cookie: string) =>
    (await call(t.app, 'GET', '/api/jc/county-measures', { cookie })).json().items;

  it('a county uploads its own; the city sees the 7 counties, uploaded or not, and downloads it', async () => {
    const up = await upload(t, linhe, PDF, '临河区实施办法.pdf', '/api/jc/county-measures/files');
    expect(up.statusCode, up.body).toBe(201);
    const before = await auditCount(t.ctx);
    const res = await save(linhe, {
      title: '临河区婴幼儿照护服务实施办法',
      issuedOn: '2026-03-01',
      fileId: up.json().id,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      divisionCode: '150802',
      uploaded: true,
      fileName: '临河区实施办法.pdf',
    });
    expect(await auditCount(t.ctx)).toBe(before + 1);
    const all = await list(office);
    expect(all).toHaveLength(7);
    expect(
      all
        .filter((c: { uploaded: boolean }) => c.uploaded)
        .map((c: { divisionName: string }) => c.divisionName),
    ).toEqual(['临河区']);
    expect(await list(city)).toHaveLength(7);
    // A county sees its own row only.
    expect((await list(wuyuan)).map((c: { divisionCode: string }) => c.divisionCode)).toEqual(['150821']);
    const doc = await call(t.app, 'GET', '/api/jc/county-measures/150802/file', { cookie: convener });
    expect(doc.statusCode).toBe(200);
    expect(doc.headers['content-type']).toBe('application/pdf');
    expect(
      (await call(t.app, 'GET', '/api/jc/county-measures/150802/file', { cookie: wuyuan })).statusCode,
    ).toBe(404);
    expect(
      (await call(t.app, 'GET', '/api/jc/county-measures/150821/file', { cookie: wuyuan })).statusCode,
    ).toBe(404);
  });

  it('only a county regulator uploads; another’s file or none is 422; bad input 400', async () => {
    expect((await upload(t, office, PDF, 'a.pdf', '/api/jc/county-measures/files')).statusCode).toBe(403);
    expect((await upload(t, hrss, PDF, 'a.pdf', '/api/jc/county-measures/files')).statusCode).toBe(403);
    const linheFile = (await upload(t, linhe, PDF, 'b.pdf', '/api/jc/county-measures/files')).json().id;
    expect(
      (await save(wuyuan, { title: '办法', issuedOn: '2026-03-01', fileId: linheFile })).statusCode,
    ).toBe(422);
    expect((await save(wuyuan, { title: '办法', issuedOn: '2026-03-01', fileId: 999_999 })).statusCode).toBe(
      422,
    );
    expect((await save(wuyuan, { title: '', issuedOn: '2026-03-01', fileId: linheFile })).statusCode).toBe(
      400,
    );
    expect(
      (await save(office, { title: '办法', issuedOn: '2026-03-01', fileId: linheFile })).statusCode,
    ).toBe(403);
    // The measure's document is not one of a provider's files.
    expect((await call(t.app, 'GET', `/api/files/${linheFile}`, { cookie: linhe })).statusCode).toBe(404);
  });
});
