/**
 * Shared setup of the inspection tests: one app, two counties' regulators, a township officer,
 * department officers (two inspectors, one left out, one of a unit that does not inspect), two
 * filed providers and a checklist.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { daysFromToday, filedProvider, insertChecklist, inspector } from './test-fixtures';

// Live bindings: set by the hooks setUpInspectionTests registers, read by the tests importing them.
export let t: TestApp;
export let linhe: string;
export let wuyuan: string;
export let township: string;
export let insp1: Awaited<ReturnType<typeof inspector>>;
export let insp2: Awaited<ReturnType<typeof inspector>>;
export let outsider: Awaited<ReturnType<typeof inspector>>;
export let civil: Awaited<ReturnType<typeof inspector>>;
export let provider: Awaited<ReturnType<typeof filedProvider>>;
export let other: Awaited<ReturnType<typeof filedProvider>>;
export let checklist: { id: number; items: number[] };

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);

/** Registers the hooks that build the app and its people before a test file runs and close it after. */
export function setUpInspectionTests() {
  beforeAll(async () => {
    t = await buildTestApp();
    linhe = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
    wuyuan = (await userSession(t, { role: 'county_regulator', divisionCode: '150821' })).cookie;
    township = (await userSession(t, { role: 'township_officer', divisionCode: '150802004' })).cookie;
    const samr = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'samr' }))
      .cookie;
    insp1 = await inspector(t, 'health');
    insp2 = await inspector(t, 'fire');
    outsider = await inspector(t, 'samr');
    civil = await inspector(t, 'civil');
    provider = await filedProvider(t, samr, linhe);
    other = await filedProvider(t, samr, linhe);
    checklist = await insertChecklist(t);
  });
  afterAll(() => t.close());
}

export const create = (cookie: string, body: Record<string, unknown>) =>
  call(t.app, 'POST', '/api/inspections', { cookie, body });

/** A campaign inspection assigned to insp1 and insp2, due in ten days. */
export async function newInspection(providerId = provider.providerId) {
  const res = await create(linhe, {
    kind: 'campaign',
    providerId,
    checklistId: checklist.id,
    inspectorIds: [insp1.id, insp2.id],
    dueBy: daysFromToday(10),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

export const [i1, i2, i3] = [0, 1, 2];
export const item = (i: number) => checklist.items[i] ?? 0;
export const save = (cookie: string, id: number, findings: unknown[]) =>
  call(t.app, 'PUT', `/api/inspections/${id}/findings`, { cookie, body: { findings } });
export const submit = (cookie: string, id: number, body: Record<string, unknown>) =>
  call(t.app, 'POST', `/api/inspections/${id}/submit`, { cookie, body });
export const detail = (cookie: string, id: number) =>
  call(t.app, 'GET', `/api/inspections/${id}`, { cookie });

export function photo(cookie: string, id: number) {
  const boundary = '----insp-boundary';
  return t.app.inject({
    method: 'POST',
    url: `/api/inspections/${id}/photos`,
    headers: {
      'x-requested-with': 'tuoyu',
      cookie,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.png"\r\n\r\n`),
      PNG,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  });
}
