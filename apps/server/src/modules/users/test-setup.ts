/** Shared setup of the user administration tests: one app and its system administrator. */
import { afterAll, beforeAll } from 'vitest';
import { buildTestApp, type TestApp, userSession } from '../../test/helpers';

// Live bindings: set by the hooks setUpUserTests registers, read by the tests importing them.
export let t: TestApp;
export let admin: Awaited<ReturnType<typeof userSession>>;

/** Registers the hooks that build the app and its administrator before a test file runs and close it after. */
export function setUpUserTests() {
  beforeAll(async () => {
    t = await buildTestApp();
    admin = await userSession(t, { role: 'sysadmin', divisionCode: '150800' });
  });
  afterAll(() => t.close());
}

/** The body of a new account, a fresh username each time. */
export const newUser = (o: Record<string, unknown> = {}) => ({
  username: `u${Math.random().toString(36).slice(2, 10)}`,
  displayName: '新用户',
  role: 'county_regulator',
  divisionCode: '150821',
  password: 'Initial-Passw0rd',
  ...o,
});
