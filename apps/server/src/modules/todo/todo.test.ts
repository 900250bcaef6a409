import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/seed';
import { DEMO_PASSWORD } from '../../platform/auth/password-policy';
import { buildTestApp, call, loginAs, type TestApp } from '../../test/helpers';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await seedDemo(t.ctx);
}, 60_000);
afterAll(() => t.close());

const todoOf = async (cookie: string) => {
  const res = await call(t.app, 'GET', '/api/todo', { cookie });
  expect(res.statusCode).toBe(200);
  return new Map(
    (res.json().items as { key: string; count: number; level: string }[]).map((i) => [i.key, i]),
  );
};
const count = (m: Map<string, { count: number }>, key: string) => m.get(key)?.count ?? 0;
const total = async (cookie: string, url: string) =>
  (await call(t.app, 'GET', url, { cookie })).json().total as number;

describe('待办 counts agree with the lists behind them (demo data)', () => {
  it('a county regulator: incident alerts, complaints new and overdue, fixes to verify', async () => {
    const linhe = await loginAs(t.app, 'linhe', DEMO_PASSWORD);
    const todo = await todoOf(linhe);
    const alerts = (await call(t.app, 'GET', '/api/incidents/alerts', { cookie: linhe })).json().count;
    expect(alerts).toBeGreaterThan(0);
    expect(todo.get('incident_alerts')).toMatchObject({ count: alerts, level: 'danger' });
    expect(count(todo, 'complaints_new')).toBe(await total(linhe, '/api/complaints?status=received'));
    expect(count(todo, 'complaints_overdue')).toBe(await total(linhe, '/api/complaints?overdue=true'));
    // The demo has a provider's reply waiting for verification in 临河区.
    expect(count(todo, 'findings_to_verify')).toBeGreaterThan(0);
    // 临河区's plan is drawn; 五原县's is waiting for its draw.
    expect(todo.has('plans_to_draw')).toBe(false);
    const wuyuan = await loginAs(t.app, 'wuyuan', DEMO_PASSWORD);
    expect(count(await todoOf(wuyuan), 'plans_to_draw')).toBe(1);
  });

  it('an inspector: the tasks assigned to him; a provider: its open findings; a parent: nothing', async () => {
    const insp = await loginAs(t.app, 'linhe-insp1', DEMO_PASSWORD);
    const assigned = await total(insp, '/api/inspections?status=assigned');
    expect(assigned).toBeGreaterThan(0);
    expect(count(await todoOf(insp), 'inspections_to_record')).toBe(assigned);

    const provider = await loginAs(t.app, 'provider', DEMO_PASSWORD);
    const notices = (await call(t.app, 'GET', '/api/inspections/rectifications', { cookie: provider })).json()
      .items as { status: string }[];
    const open = notices.filter((n) => n.status === 'open').length;
    expect(open).toBeGreaterThan(0);
    const todo = await todoOf(provider);
    expect(count(todo, 'findings_open')).toBe(open);
    expect(todo.has('incident_alerts')).toBe(false);

    const parent = await loginAs(t.app, 'parent', DEMO_PASSWORD);
    expect((await todoOf(parent)).size).toBe(0);
  });
});
