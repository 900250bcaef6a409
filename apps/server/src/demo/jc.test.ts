/**
 * The demo's joint-conference year (issue 12 item 9) shows what the office will see whenever the demo
 * is loaded: 14 tasks in every status and every light, four meetings, a roster with the convener,
 * and a unit that sees only the tasks it leads or shares.
 */
import { JC_LIGHTS, JC_TASK_STATUSES } from '@tuoyu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBeijing } from '../platform/time';
import { buildTestApp, call, createUser, loginAs, type TestApp } from '../test/helpers';
import { seedJointConference } from './jc';

const UNITS = [
  'bianban',
  'fgw',
  'edu',
  'police',
  'civil',
  'finance',
  'hrss',
  'nr',
  'housing',
  'health',
  'emergency',
  'tax',
  'samr',
  'union',
  'youth',
  'women',
  'fire',
  'fp',
];
let t: TestApp;
let office: string;
let hrss: string;

beforeAll(async () => {
  t = await buildTestApp();
  const o = await createUser(t.ctx, { username: 'jcoffice', role: 'jc_office', divisionCode: '150800' });
  for (const unit of UNITS)
    await createUser(t.ctx, {
      username: `jc-${unit}`,
      role: 'department_officer',
      divisionCode: '150800',
      unit,
    });
  await t.ctx.db.transaction().execute((trx) => seedJointConference(t.ctx, trx, todayInBeijing()));
  office = await loginAs(t.app, o.username);
  hrss = await loginAs(t.app, 'jc-hrss');
}, 60_000);
afterAll(() => t.close());

type Item = { id: number; status: string; light: string | null; leadUnit: string; coUnits: string[] };
const tasks = async (cookie: string) =>
  (await call(t.app, 'GET', '/api/jc/tasks?pageSize=100', { cookie })).json() as {
    total: number;
    items: Item[];
  };

describe('the demo joint conference', () => {
  it('has 14 tasks in every status and every light', async () => {
    const all = await tasks(office);
    expect(all.total).toBe(14);
    expect(new Set(all.items.map((x) => x.status))).toEqual(new Set(JC_TASK_STATUSES));
    expect(new Set(all.items.map((x) => x.light).filter(Boolean))).toEqual(new Set(JC_LIGHTS));
  });

  it('holds four meetings, three with numbered minutes, and the next plenary ahead', async () => {
    const res = await call(t.app, 'GET', '/api/jc/meetings', { cookie: office });
    const items = res.json().items as { kind: string; status: string; date: string }[];
    expect(items).toHaveLength(4);
    expect(items.filter((m) => m.status === 'held')).toHaveLength(3);
    expect(
      items.some((m) => m.kind === 'plenary' && m.status === 'planned' && m.date > todayInBeijing()),
    ).toBe(true);
  });

  it('names the convener and every unit’s member and liaison', async () => {
    const res = await call(t.app, 'GET', '/api/jc/members', { cookie: office });
    expect(res.statusCode).toBe(200);
    const body = JSON.stringify(res.json());
    expect(body).toContain('王建平');
    for (const name of ['韩宝军', '何婷', '田淑芬']) expect(body).toContain(name);
  });

  it('shows 市人社局 only the tasks it leads or shares', async () => {
    const mine = await tasks(hrss);
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.total).toBeLessThan(14);
    for (const x of mine.items) expect(x.leadUnit === 'hrss' || x.coUnits.includes('hrss')).toBe(true);
  });
});
