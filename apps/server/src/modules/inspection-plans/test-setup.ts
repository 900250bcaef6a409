/** Shared setup of the 双随机 plan tests: one app, its regulators, inspectors and filed providers. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { decryptField } from '../../platform/crypto';
import { buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { filedProviders, inDays } from './test-fixtures';

// Live bindings: set by the hooks setUpPlanTests registers, read by the tests importing them.
export let t: TestApp;
export let city: string;
export let linhe: string;
export let wuyuan: string;
export let insp: { id: number; cookie: string }[];
export let wuyuanInsp: number;
export let civil: number;
export let providers: number[];
export let checklistId: number;

export const h = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** Registers the hooks that build the app and its people before a test file runs and close it after. */
export function setUpPlanTests() {
  beforeAll(async () => {
    t = await buildTestApp();
    city = (await userSession(t, { role: 'city_regulator', divisionCode: '150800' })).cookie;
    linhe = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
    wuyuan = (await userSession(t, { role: 'county_regulator', divisionCode: '150821' })).cookie;
    insp = [];
    for (const unit of ['health', 'health', 'fire', 'samr']) {
      const u = await userSession(t, { role: 'department_officer', divisionCode: '150802', unit });
      insp.push({ id: u.id, cookie: u.cookie });
    }
    wuyuanInsp = (
      await userSession(t, { role: 'department_officer', divisionCode: '150821', unit: 'police' })
    ).id;
    civil = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'civil' })).id;
    providers = await filedProviders(t, '150802', 20);
    await filedProviders(t, '150821', 3);
    const lists = await call(t.app, 'GET', '/api/checklists', { cookie: city });
    checklistId = lists.json().items.find((c: { code: string }) => c.code === 'general').id;
  });
  afterAll(() => t.close());
}

export const WITNESS = '2026-12-02 福彩3D 第2026318期 5 8 1';
export const draw = (cookie: string | undefined, id: number, body: unknown = { witnessInput: WITNESS }) =>
  call(t.app, 'POST', `/api/inspection-plans/${id}/draw`, { cookie, body });
export const reveal = (cookie: string | undefined, id: number) =>
  call(t.app, 'POST', `/api/inspection-plans/${id}/reveal`, { cookie });
export const publicDraw = async (id: number) => (await call(t.app, 'GET', `/api/public/draws/${id}`)).json();
export const publish = async (cookie = linhe, o: Record<string, unknown> = {}) =>
  (await call(t.app, 'POST', '/api/inspection-plans', { cookie, body: plan(o) })).json();
/** The secret server seed of a plan, read back as the reveal will publish it. */
export async function serverSeedOf(id: number) {
  const row = await t.ctx.db
    .selectFrom('inspection_plans')
    .select('server_seed_enc')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return decryptField(t.ctx.keys, row.server_seed_enc ?? '');
}
/** Every audit entry's details as stored, to look for a secret in them. */
export async function auditText() {
  const rows = await t.ctx.db.selectFrom('audit_log').select('changes').execute();
  return rows.map((r) => r.changes ?? '').join('\n');
}

export const plan = (o: Record<string, unknown> = {}) => ({
  name: '2026年第四季度双随机抽查',
  divisionCode: '150802',
  checklistId,
  strata: [
    { name: 'high', rate: 0.3 },
    { name: 'normal', rate: 0.1 },
  ],
  perCheck: 2,
  inspectorIds: insp.map((i) => i.id),
  dueBy: inDays(30),
  ...o,
});
