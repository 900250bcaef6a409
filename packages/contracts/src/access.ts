/**
 * Who may do what, declared once for server and web. Every /api route names one permission (or is
 * public / open to any logged-in account); the access hook checks the caller's role against this
 * table, `GET /api/auth/me` lists the caller's permissions, and the web's menu and buttons ask the
 * same table. A permission is `<resource>.<ability>`, the resource named as the API path names it.
 * Whether a permission reaches one record (scope, own provider, record state) is the service's
 * check; detail responses say what the caller may do there (`actions`).
 */
import { z } from 'zod';
import type { Role } from './enums';

/** The provider's own accounts. */
export const PROVIDER_USERS = ['provider_manager', 'provider_staff'] as const satisfies readonly Role[];
/** The health commission's regulators: the city and the counties. */
export const REGULATORS = ['city_regulator', 'county_regulator'] as const satisfies readonly Role[];
/** Regulators and the township officers who oversee providers on the ground. */
export const SUPERVISORS = [...REGULATORS, 'township_officer'] as const satisfies readonly Role[];
/** Everyone who may be an inspector (a department officer only in an inspecting unit). */
export const INSPECTORS = [...REGULATORS, 'department_officer'] as const satisfies readonly Role[];
/** The officers who handle complaints. */
export const OFFICERS = [...SUPERVISORS, 'department_officer'] as const satisfies readonly Role[];
/** Supervisors and the provider's own accounts: who sees one provider's operational records. */
export const PROVIDER_OVERSEERS = [...PROVIDER_USERS, ...SUPERVISORS] as const satisfies readonly Role[];
/** The city keeps the platform-wide settings, with the system administrator. */
export const CITY_ADMINS = ['sysadmin', 'city_regulator'] as const satisfies readonly Role[];
/** The regulators whose scope is every county: the console lets them pick a county, and shows which. */
export const CITY_REGULATORS = ['city_regulator'] as const satisfies readonly Role[];
export const PARENTS = ['parent'] as const satisfies readonly Role[];
/** The primary health workers of a township's 卫生院 or a community health centre (issue 11). */
export const HEALTH_WORKERS = ['health_worker'] as const satisfies readonly Role[];
/** Who reads the child-health register of a jurisdiction: its health workers and the regulators. */
export const CHILD_HEALTH_READERS = [...HEALTH_WORKERS, ...REGULATORS] as const satisfies readonly Role[];
/** The officers below the city whom a complaint's assignee picker offers. */
export const COMPLAINT_ASSIGNEES = [
  'county_regulator',
  'township_officer',
  'department_officer',
] as const satisfies readonly Role[];
/** Officers of a member department: their unit is required and decides their pages (编办/民政/市场监管/
 * 教育 register providers; 卫健/消防/公安/市场监管 inspect). */
export const DEPARTMENT_OFFICERS = ['department_officer'] as const satisfies readonly Role[];
/** Accounts that belong to a unit: a department's officers, and the health commission's regulators and
 * office (卫生健康委 when none is given). */
export const UNIT_ROLES = [
  ...DEPARTMENT_OFFICERS,
  ...REGULATORS,
  'jc_office',
] as const satisfies readonly Role[];
/** The joint conference's office and its convener: they see every unit's tasks. */
export const JC_OVERSEERS = ['jc_office', 'jc_convener'] as const satisfies readonly Role[];
/** Who reads the joint conference: its office, its convener and the member units' officers. */
export const JC_READERS = [
  'jc_office',
  'jc_convener',
  'department_officer',
] as const satisfies readonly Role[];
/** The user administration (分级管理, SPEC C1; the server's users/policy.ts decides): the system
 * administrator keeps every account, a county regulator its county's township officers, a provider's
 * manager its own staff. */
export const ACCOUNT_ADMINS = ['sysadmin'] as const satisfies readonly Role[];
export const TOWNSHIP_ACCOUNT_ADMINS = ['county_regulator'] as const satisfies readonly Role[];
export const STAFF_ACCOUNT_ADMINS = ['provider_manager'] as const satisfies readonly Role[];

const PERMISSION_ROLES = {
  'applications.apply': PARENTS,
  'applications.handle': PROVIDER_USERS,
  'attendance.record': PROVIDER_USERS,
  'attendance.read': PROVIDER_OVERSEERS,
  'audit.read': CITY_ADMINS,
  'bans.manage': REGULATORS,
  'blacklist.read': SUPERVISORS,
  'bookings.book': PARENTS,
  'calendar.edit': CITY_ADMINS,
  'checklists.read': [
    ...CITY_ADMINS,
    'county_regulator',
    'township_officer',
    'department_officer',
    'jc_office',
  ],
  'checklists.edit': CITY_ADMINS,
  /** The child-health register (issue 11): health workers keep it, regulators read their scope. */
  'child-health.read': CHILD_HEALTH_READERS,
  'child-health.manage': HEALTH_WORKERS,
  /** I-2 and its companion rates in scope, with the children not managed. */
  'child-health.indicators': [...CHILD_HEALTH_READERS, 'jc_office'],
  /** A parent's own children's health records (我的孩子). */
  'child-health.own': PARENTS,
  'children.manage': PROVIDER_USERS,
  'children.read': [...PROVIDER_USERS, ...REGULATORS],
  'committees.read': PROVIDER_OVERSEERS,
  'committees.manage': ['provider_manager'],
  /** The console's committee page: the provider's own accounts (supervisors read it through their views). */
  'committees.provider': PROVIDER_USERS,
  'committees.own': PARENTS,
  /** The case pages; each case narrows it down (acknowledge, assign, answer below). */
  'complaints.handle': OFFICERS,
  'complaints.acknowledge': REGULATORS,
  'complaints.assign': REGULATORS,
  /** Handing a triage case to a county is the city's call. */
  'complaints.reroute': ['city_regulator'],
  /** The regulators, and the officer or township a case was given to. */
  'complaints.answer': OFFICERS,
  'complaints.own': PARENTS,
  'credit.read': [...SUPERVISORS, ...PROVIDER_USERS],
  'credit.decide': REGULATORS,
  /** The credit page: supervisors, and a provider's manager for its own records. */
  'credit.records': [...SUPERVISORS, 'provider_manager'],
  'fee-ceilings.edit': CITY_ADMINS,
  /** The fee-ceilings page: the city sets them, county regulators read them. */
  'fee-ceilings.read': [...CITY_ADMINS, 'county_regulator'],
  'files.read': PROVIDER_OVERSEERS,
  'files.upload': PROVIDER_USERS,
  'filings.read': [
    ...CITY_ADMINS,
    'county_regulator',
    'township_officer',
    'department_officer',
    ...PROVIDER_USERS,
  ],
  'filings.edit': PROVIDER_USERS,
  'filings.review': REGULATORS,
  /** The console's filing pages, narrower than `filings.read`: the review queue (township officers
   * read it), a filing's detail (registering departments follow what they pushed), its receipt. */
  'filings.queue': SUPERVISORS,
  'filings.detail': OFFICERS,
  'filings.receipt': [...OFFICERS, ...PROVIDER_USERS],
  /** The queue across counties (its county filter): the city's regulators. */
  'filings.all-counties': ['city_regulator'],
  'health-checks.record': PROVIDER_USERS,
  'incidents.read': PROVIDER_OVERSEERS,
  'incidents.report': PROVIDER_USERS,
  'incidents.follow-up': [...PROVIDER_USERS, 'county_regulator', 'township_officer'],
  'incidents.acknowledge': ['county_regulator'],
  'incidents.close': ['county_regulator'],
  'incidents.monitor': SUPERVISORS,
  /** The console home's places indicator (plan 总体要求): regulators and the joint office. */
  'indicators.places': [...REGULATORS, 'jc_office'],
  'inspection-plans.read': [...CITY_ADMINS, 'county_regulator', 'department_officer', 'jc_office'],
  'inspection-plans.manage': REGULATORS,
  'inspection-plans.draw': REGULATORS,
  'inspection-plans.reveal': REGULATORS,
  'inspections.read': [...OFFICERS, ...PROVIDER_USERS],
  'inspections.create': REGULATORS,
  /** The inspection list page (a provider reaches its inspections through rectifications). */
  'inspections.list': OFFICERS,
  /** The inspection list as one's own tasks: a department officer is only given inspections. */
  'inspections.tasks': ['department_officer'],
  'inspections.record': INSPECTORS,
  'inspections.verify': INSPECTORS,
  'inspections.reply': ['provider_manager'],
  'inspector-conflicts.manage': INSPECTORS,
  'inspectors.read': [...CITY_ADMINS, 'county_regulator'],
  /** The joint conference (issue 12): its members, meetings and minutes — the office, the convener and
   * the member units' department accounts (each unit acts through its city-level accounts). */
  'jc.read': JC_READERS,
  /** Meetings, attendance, minutes and member changes: the office runs the conference. */
  'jc.manage': ['jc_office'],
  /** Decisions on a task's extension or completion (销号): the office, and the convener who approves. */
  'jc.approve': ['jc_convener', 'jc_office'],
  /** The agreed tasks: the office and the convener see all, a unit its own. */
  'jc.tasks': JC_READERS,
  /** A unit's own steps: progress, extension and completion of its tasks, a change of its member. */
  'jc.report': DEPARTMENT_OFFICERS,
  /** Agenda items (议题): an invited unit or the office. */
  'jc.agenda': ['department_officer', 'jc_office'],
  /** The plan's own task list: every reader sees every task; a unit writes where it is responsible. */
  'jc.plan': JC_READERS,
  /** The city's units × tasks matrix of the plan's tasks (and its Excel). */
  'jc.plan-matrix': JC_OVERSEERS,
  /** Which counties have issued their implementation measures: the city sees all, a county its own. */
  'jc.county-measures': [...JC_OVERSEERS, ...REGULATORS],
  /** A county regulator uploads its county's 具体实施办法. */
  'jc.county-measures.upload': ['county_regulator'],
  /** The annual assessment (督查考核, 三(三)): the office sets weights, computes, marks and publishes. */
  'jc.assess': ['jc_office'],
  /** Its results: the office and convener all; a county regulator its county's row, a member unit's
   * city-level account its unit's, once published. */
  'jc.assessments': [...JC_READERS, 'county_regulator'],
  'map-boundaries.edit': ['sysadmin'],
  /** 我的消息: reminders and notices (the conference's units, office and convener hear of their tasks). */
  'notifications.read': [
    'parent',
    'provider_manager',
    'county_regulator',
    'department_officer',
    ...JC_OVERSEERS,
  ],
  'populations.edit': CITY_ADMINS,
  'preparedness.read': PROVIDER_OVERSEERS,
  'preparedness.record': PROVIDER_USERS,
  'preparedness.monitor': SUPERVISORS,
  /** 监管档案 below a filing: the supervisors (registering departments share the filing page, not it). */
  'providers.record': SUPERVISORS,
  'providers.set-manager': ['sysadmin', 'county_regulator'],
  'rectifications.read': PROVIDER_USERS,
  'registrations.push': ['department_officer'],
  'reports.read': PROVIDER_OVERSEERS,
  'reports.overview': REGULATORS,
  /** The monthly care-report page: a provider its own month, county and city regulators their scope. */
  'reports.monthly': [...PROVIDER_USERS, ...REGULATORS],
  'risk.read': SUPERVISORS,
  'slots.manage': PROVIDER_USERS,
  'staff.read': PROVIDER_USERS,
  'staff.manage': ['provider_manager'],
  'standards.edit': CITY_ADMINS,
  /** The care-standards page: the city edits, county regulators and the joint office read. */
  'standards.read': [...CITY_ADMINS, 'county_regulator', 'jc_office'],
  /** The console home's watch on locked accounts and failing addresses. */
  'todo.security': ['sysadmin'],
  /** Who sees the user administration (each their own accounts). */
  'users.read': [...CITY_ADMINS, 'county_regulator', 'provider_manager'],
  /** County regulators their townships' officers; a provider's manager its own staff (SPEC C1). */
  'users.manage': ['sysadmin', 'county_regulator', 'provider_manager'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSION_ROLES;

/** Every permission with the roles that hold it. */
export const PERMISSIONS: Readonly<Record<Permission, readonly Role[]>> = PERMISSION_ROLES;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as [Permission, ...Permission[]];
export const Permission = z.enum(PERMISSION_NAMES);

/** What the caller may do on one record (detail responses), computed from role and record state. */
export const RecordActions = z.array(Permission);

/** The roles that hold a permission. */
export const rolesWith = (permission: Permission): readonly Role[] => PERMISSIONS[permission];

export const can = (role: Role, permission: Permission): boolean => PERMISSIONS[permission].includes(role);

/** Every permission a role holds, in the table's order. */
export const permissionsOf = (role: Role): Permission[] => PERMISSION_NAMES.filter((p) => can(role, p));

/** Whether a role is one of a group's. */
export const isOneOf = (role: Role, group: readonly Role[]): boolean => group.includes(role);
