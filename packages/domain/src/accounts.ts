/** Accounts and divisions: the roles of SPEC §2, account states, GB/T 2260 division levels, the city. */
import type { LocalizedText } from './provider-kinds';

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
  'jc_convener',
  'health_worker',
  'parent',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Readonly<Record<Role, LocalizedText>> = {
  sysadmin: { zh: '系统管理员', en: 'System administrator' },
  city_regulator: { zh: '市级监管', en: 'City regulator' },
  county_regulator: { zh: '旗县区监管', en: 'County regulator' },
  township_officer: { zh: '苏木乡镇(街道)', en: 'Township officer' },
  department_officer: { zh: '部门用户', en: 'Department user' },
  provider_manager: { zh: '机构负责人', en: 'Provider manager' },
  provider_staff: { zh: '机构工作人员', en: 'Provider staff' },
  jc_office: { zh: '联席会议办公室', en: 'Joint conference office' },
  jc_convener: { zh: '联席会议召集人', en: 'Joint conference convener' },
  health_worker: { zh: '基层卫生人员', en: 'Primary health worker' },
  parent: { zh: '家长', en: 'Parent' },
};

export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const USER_STATUS_NAMES: Readonly<Record<UserStatus, LocalizedText>> = {
  active: { zh: '启用', en: 'Active' },
  disabled: { zh: '停用', en: 'Disabled' },
};

/** Division levels of GB/T 2260 as used here: the city, its counties, their townships. */
export const DIVISION_LEVELS = ['city', 'county', 'township'] as const;
export type DivisionLevel = (typeof DIVISION_LEVELS)[number];

/** The city this deployment serves (巴彦淖尔市). */
export const CITY_CODE = '150800';
