import {
  ACCOUNT_ADMINS,
  isOneOf,
  type Me,
  type Role,
  STAFF_ACCOUNT_ADMINS,
  TOWNSHIP_ACCOUNT_ADMINS,
  type User,
} from '@tuoyu/contracts';

/**
 * What the user administration page lets the logged-in person do. Mirrors the server's policy
 * (apps/server/src/modules/users/policy.ts) so the page offers only what the server will accept;
 * the server decides.
 *
 * - `full`: system administrators create and change every account.
 * - `readOnly`: city regulators list and export; accounts are managed by the system administrator.
 * - `townships`: county regulators see their county's accounts and manage the township officers
 *   (苏木乡镇(街道)工作人员) of their own county (分级管理).
 * - `staff`: a provider's manager sees its provider's accounts (itself and its staff) and opens,
 *   disables and resets the accounts of its staff (机构工作人员); the server puts them in the
 *   manager's provider and division.
 */
export type UserAdminMode = 'full' | 'readOnly' | 'townships' | 'staff';

export function userAdminModeOf(role: Role): UserAdminMode {
  if (isOneOf(role, ACCOUNT_ADMINS)) return 'full';
  if (isOneOf(role, TOWNSHIP_ACCOUNT_ADMINS)) return 'townships';
  if (isOneOf(role, STAFF_ACCOUNT_ADMINS)) return 'staff';
  return 'readOnly';
}

/** The only role a county regulator may create or change. */
export const COUNTY_MANAGED_ROLE: Role = 'township_officer';

/** The only role a provider's manager may create or change. */
export const PROVIDER_MANAGED_ROLE: Role = 'provider_staff';

/** May `me` edit, disable, unlock or reset the password of `user`? */
export function mayManageUser(me: Me, user: User): boolean {
  switch (userAdminModeOf(me.role)) {
    case 'full':
      return true;
    case 'townships':
      // Township codes begin with their county's code (150802 → 150802001).
      return user.role === COUNTY_MANAGED_ROLE && user.divisionCode.startsWith(me.divisionCode);
    case 'staff':
      // The list holds only the manager's own provider; the manager's own row is never managed here.
      return user.role === PROVIDER_MANAGED_ROLE && user.id !== me.id;
    case 'readOnly':
      return false;
  }
}
