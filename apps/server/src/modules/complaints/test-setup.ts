/** Shared setup of the complaint tests: one app, two counties' regulators, the city, officers, a provider and two parents. */
import { afterAll, beforeAll } from 'vitest';
import { buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { registeredProvider } from '../providers/test-fixtures';

// Live bindings: set by the hooks setUpComplaintTests registers, read by the tests importing them.
export let t: TestApp;
export let linhe: string;
export let wuyuan: string;
export let city: string;
export let township: { id: number; cookie: string };
export let samr: { id: number; cookie: string };
export let provider: { providerId: number; manager: string };
export let parent: { id: number; cookie: string };
export let outsider: { id: number; cookie: string };

/** Registers the hooks that build the app and its people before a test file runs and close it after. */
export function setUpComplaintTests() {
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
}

export const file = (body: Record<string, unknown>, cookie?: string) =>
  call(t.app, 'POST', '/api/public/complaints', {
    ...(cookie ? { cookie } : {}),
    body: { category: 'safety', description: '午睡室的窗户没有防护栏，很危险。', anonymous: false, ...body },
  });
export const track = (code: string) =>
  call(t.app, 'GET', `/api/public/complaints/${encodeURIComponent(code)}`);
export const idOf = async (trackingCode: string) => {
  const row = await t.ctx.db
    .selectFrom('complaints')
    .select('id')
    .where('tracking_code', '=', trackingCode.replace(/^TS-|-/g, ''))
    .executeTakeFirstOrThrow();
  return row.id;
};
