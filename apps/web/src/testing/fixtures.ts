import { type Me, permissionsOf } from '@tuoyu/contracts';

/** A logged-in console user: a county regulator of 临河区 unless `overrides` says otherwise,
 * holding its role's permissions. */
export function buildMe(overrides: Partial<Me> = {}): Me {
  return {
    id: 1,
    username: 'test.user',
    displayName: '测试用户',
    role: 'county_regulator',
    divisionCode: '150802',
    divisionName: '临河区',
    unit: null,
    unitName: null,
    mustChangePassword: false,
    providerId: null,
    // The role's permissions, as GET /api/auth/me lists them.
    permissions: permissionsOf(overrides.role ?? 'county_regulator'),
    ...overrides,
  };
}
