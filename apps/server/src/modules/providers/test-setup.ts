/** Shared setup of the provider tests: one app and the regulators who register and file. */
import { afterAll, beforeAll } from 'vitest';
import { buildTestApp, type TestApp, userSession } from '../../test/helpers';

// Live bindings: set by the hooks setUpProviderTests registers, read by the tests importing them.
export let t: TestApp;
export let samr: string;
export let civil: string;
export let linhe: string;
export let wuyuan: string;

/** Registers the hooks that build the app and its regulators before a test file runs and close it after. */
export function setUpProviderTests() {
  beforeAll(async () => {
    t = await buildTestApp();
    samr = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'samr' }))
      .cookie;
    civil = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'civil' }))
      .cookie;
    linhe = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
    wuyuan = (await userSession(t, { role: 'county_regulator', divisionCode: '150821' })).cookie;
  });
  afterAll(() => t.close());
}

export const paths = (res: { json(): unknown }) =>
  ((res.json() as { errors?: { path: string }[] }).errors ?? []).map((e) => e.path);
