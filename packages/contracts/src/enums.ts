/** Shared enums of the platform: one definition for server, web and tests. */

/** Roles of SPEC §2. Each account has exactly one. */
export const ROLES = [
  'sysadmin',
  'city_regulator',
  'county_regulator',
  'township_officer',
  'department_officer',
  'provider_manager',
  'provider_staff',
  'jc_office',
  'parent',
] as const;

export const USER_STATUSES = ['active', 'disabled'] as const;

/** Division levels of GB/T 2260 as used here: the city, its counties, their townships. */
export const DIVISION_LEVELS = ['city', 'county', 'township'] as const;
export type DivisionLevel = (typeof DIVISION_LEVELS)[number];

/** The city this deployment serves (巴彦淖尔市). */
export const CITY_CODE = '150800';
