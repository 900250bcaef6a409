import type { Me, Role, User } from '@tuoyu/contracts';

/**
 * What the user administration page lets the logged-in person do. Mirrors the server's policy
 * (apps/server/src/modules/users/policy.ts) so the page offers only what the server will accept;
 * the server decides.
 *
 * - `full`: system administrators create and change every account.
 * - `readOnly`: city regulators list and export; accounts are managed by the system administrator.
 * - `townships`: county regulators see their county's accounts and manage the township officers
 *   (苏木乡镇(街道)工作人员) of their own county (分级管理).
 */
export type UserAdminMode = 'full' | 'readOnly' | 'townships';

export function userAdminModeOf(role: Role): UserAdminMode {
  if (role === 'sysadmin') return 'full';
  if (role === 'county_regulator') return 'townships';
  return 'readOnly';
}

/** The only role a county regulator may create or change. */
export const COUNTY_MANAGED_ROLE: Role = 'township_officer';

/** May `me` edit, disable, unlock or reset the password of `user`? */
export function mayManageUser(me: Me, user: User): boolean {
  switch (userAdminModeOf(me.role)) {
    case 'full':
      return true;
    case 'townships':
      // Township codes begin with their county's code (150802 → 150802001).
      return user.role === COUNTY_MANAGED_ROLE && user.divisionCode.startsWith(me.divisionCode);
    case 'readOnly':
      return false;
  }
}
