import { describe, expect, it } from 'vitest';
import { call } from '../../test/helpers';
import { beijingToday, daysFromToday } from './test-fixtures';
import {
  checklist,
  civil,
  create,
  detail,
  i1,
  i2,
  i3,
  insp1,
  insp2,
  item,
  linhe,
  newInspection,
  other,
  outsider,
  provider,
  save,
  setUpInspectionTests,
  submit,
  t,
  township,
  wuyuan,
} from './test-setup';

setUpInspectionTests();

describe('inspections outside a draw', () => {
  it('needs two inspectors allowed to inspect in the county', async () => {
    const base = {
      kind: 'complaint',
      providerId: provider.providerId,
      checklistId: checklist.id,
      dueBy: daysFromToday(5),
    };
    expect((await create(linhe, { ...base, inspectorIds: [insp1.id] })).statusCode).toBe(400);
    const bad = await create(linhe, { ...base, inspectorIds: [insp1.id, civil.id] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('inspectorIds.1');
    expect((await create(wuyuan, { ...base, inspectorIds: [insp1.id, insp2.id] })).statusCode).toBe(404);
    expect((await create(insp1.cookie, { ...base, inspectorIds: [insp1.id, insp2.id] })).statusCode).toBe(
      403,
    );
  });
});

describe('deadlines saved as the inspector goes', () => {
  it('uses the saved deadline at submission and flags an open finding past it as overdue', async () => {
    const id = await newInspection();
    await save(insp1.cookie, id, [
      { itemId: item(i1), outcome: 'fail', deadline: daysFromToday(3) },
      { itemId: item(i2), outcome: 'pass', deadline: daysFromToday(3) },
      { itemId: item(i3), outcome: 'pass' },
    ]);
    const res = await submit(insp1.cookie, id, { inspectedOn: beijingToday(), result: 'rectify' });
    expect(res.statusCode, res.body).toBe(200);
    const d = (await detail(linhe, id)).json();
    expect(d.findings.map((f: { deadline: string | null }) => f.deadline)).toEqual([
      daysFromToday(3),
      null,
      null,
    ]);
    // Time passes: the deadline is behind us and the finding still open.
    await t.ctx.db
      .updateTable('inspection_findings')
      .set({ deadline: daysFromToday(-1) })
      .where('inspection_id', '=', id)
      .where('status', '=', 'open')
      .execute();
    const overdue = (await call(t.app, 'GET', '/api/inspections?overdue=true', { cookie: linhe })).json();
    expect(overdue.items.map((x: { id: number }) => x.id)).toEqual([id]);
    expect(overdue.items[0].overdue).toBe(true);
    await t.ctx.db
      .updateTable('inspection_findings')
      .set({ deadline: daysFromToday(3) })
      .where('inspection_id', '=', id)
      .execute();
  });
});

describe('publication deadline (standards.md: 20 working days, param)', () => {
  it('counts working days over 中秋 and 国庆 and flags a late publication', async () => {
    const id = await newInspection();
    await save(
      insp1.cookie,
      id,
      checklist.items.map((itemId) => ({ itemId, outcome: 'pass' })),
    );
    const res = await submit(insp1.cookie, id, { inspectedOn: '2026-09-21', result: 'pass' });
    expect(res.json()).toMatchObject({
      publishDue: '2026-10-26',
      publishedLate: beijingToday() > '2026-10-26',
    });
    const listed = await call(t.app, 'GET', `/api/inspections?providerId=${provider.providerId}`, {
      cookie: linhe,
    });
    const row = listed.json().items.find((x: { id: number }) => x.id === id);
    expect(row).toMatchObject({ publishDue: '2026-10-26', publishedLate: beijingToday() > '2026-10-26' });
  });
});

describe('scope', () => {
  it('shows each caller only what is theirs to see', async () => {
    const id = await newInspection();
    const draftOther = await newInspection(other.providerId);
    expect((await detail(wuyuan, id)).statusCode).toBe(404);
    expect((await detail(outsider.cookie, id)).statusCode).toBe(404);
    expect((await save(outsider.cookie, id, [{ itemId: item(i1), outcome: 'pass' }])).statusCode).toBe(404);
    expect((await detail(insp1.cookie, id)).json().can.record).toBe(true);
    expect((await detail(township, id)).statusCode).toBe(200);
    expect((await detail(township, id)).json().can).toEqual({ record: false, verify: false, reply: false });
    // The linhe regulator sees everything in the county, an inspector only its tasks.
    const all = (await call(t.app, 'GET', '/api/inspections?status=assigned', { cookie: linhe })).json();
    expect(all.items.map((x: { id: number }) => x.id)).toEqual(expect.arrayContaining([id, draftOther]));
    expect((await call(t.app, 'GET', '/api/inspections', { cookie: outsider.cookie })).json().total).toBe(0);
    expect((await call(t.app, 'GET', '/api/inspections', { cookie: wuyuan })).json().total).toBe(0);
    // A provider sees only its own submitted inspections.
    const mine = (await call(t.app, 'GET', '/api/inspections', { cookie: other.manager })).json();
    expect(mine.total).toBe(0);
    const own = (await call(t.app, 'GET', '/api/inspections', { cookie: provider.manager })).json();
    expect(
      own.items.every(
        (x: { providerId: number; status: string }) =>
          x.providerId === provider.providerId && x.status !== 'assigned',
      ),
    ).toBe(true);
    // Overdue filter: nothing of these is overdue yet.
    const overdue = (await call(t.app, 'GET', '/api/inspections?overdue=true', { cookie: linhe })).json();
    expect(overdue.total).toBe(0);
  });

  it('exports the list to Excel', async () => {
    const res = await call(t.app, 'GET', '/api/inspections?format=xlsx', { cookie: linhe });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const res2 = await call(t.app, 'GET', '/api/inspections/export.xlsx?kind=campaign', { cookie: linhe });
    expect(res2.statusCode).toBe(200);
  });

  it('publishes nothing of an unfiled provider or an unsubmitted inspection', async () => {
    expect((await call(t.app, 'GET', '/api/public/providers/999999/inspections')).statusCode).toBe(404);
    const pub = (await call(t.app, 'GET', `/api/public/providers/${other.providerId}/inspections`)).json();
    expect(pub.items).toEqual([]);
  });
});
