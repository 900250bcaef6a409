import {
  AlertOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ClockCircleOutlined,
  ControlOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FileProtectOutlined,
  FireOutlined,
  FormOutlined,
  HeatMapOutlined,
  IdcardOutlined,
  KeyOutlined,
  MedicineBoxOutlined,
  PayCircleOutlined,
  ScheduleOutlined,
  SendOutlined,
  SmileOutlined,
  SolutionOutlined,
  StopOutlined,
  TeamOutlined,
  UnorderedListOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { Role } from '@tuoyu/contracts';
import { INSPECTOR_UNITS, REGISTERING_UNITS } from '@tuoyu/domain';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../shared/i18n';

/** Who may open a page: listed roles, or every console user. */
type Audience = readonly Role[] | 'everyone';

/** A page below a menu page (a record's detail): shown in the breadcrumb, guarded by its own audience. */
export interface NavSubPage {
  key: string;
  /** Matched against the whole path, e.g. /^\/console\/filings\/\d+$/. */
  match: RegExp;
  label: MessageKey;
  /** Who may open it; the parent page's audience when absent. */
  audience?: Audience;
}

export interface NavPage {
  key: string;
  path: string;
  label: MessageKey;
  icon: ReactNode;
  audience: Audience;
  /**
   * Department officers of these units only (a department officer's work depends on the unit:
   * 编办/民政/市场监管/教育 register providers; 卫健/消防/公安/市场监管 inspect).
   */
  units?: readonly string[];
  /** What the menu calls the page for some roles (e.g. a provider's manager), instead of `label`. */
  roleLabels?: Partial<Record<Role, MessageKey>>;
  subPages?: NavSubPage[];
}

export interface NavGroup {
  key: string;
  label: MessageKey;
  pages: NavPage[];
}

/**
 * The console's pages grouped by capability. The same table drives the side menu, the breadcrumb
 * and the page guard, so a page hidden from a role is also refused to it. (The server checks too:
 * this only keeps people away from pages that would answer 403.)
 */
export const dashboardPage: NavPage = {
  key: 'dashboard',
  path: '/console',
  label: 'nav.dashboard',
  icon: <DashboardOutlined aria-hidden />,
  audience: 'everyone',
};

export const passwordPage: NavPage = {
  key: 'password',
  path: '/console/password',
  label: 'nav.password',
  icon: <KeyOutlined aria-hidden />,
  audience: 'everyone',
};

export const navGroups: NavGroup[] = [
  {
    key: 'platform',
    label: 'nav.group.platform',
    pages: [
      {
        key: 'users',
        path: '/console/users',
        label: 'nav.users',
        icon: <TeamOutlined aria-hidden />,
        // City regulators read; county regulators manage their townships' officers; a provider's
        // manager its own staff (users/access.ts).
        audience: ['sysadmin', 'city_regulator', 'county_regulator', 'provider_manager'],
        roleLabels: { provider_manager: 'nav.staffAccounts' },
      },
      {
        key: 'audit',
        path: '/console/audit',
        label: 'nav.audit',
        icon: <AuditOutlined aria-hidden />,
        audience: ['sysadmin', 'city_regulator'],
      },
    ],
  },
  {
    key: 'settings',
    label: 'cal.nav.group',
    pages: [
      {
        key: 'calendar',
        path: '/console/settings/calendar',
        label: 'cal.nav.calendar',
        icon: <CalendarOutlined aria-hidden />,
        // The city enters the State Council's schedule; every deadline counts with it.
        audience: ['city_regulator', 'sysadmin'],
      },
    ],
  },
  {
    key: 'reference',
    label: 'nav.group.reference',
    pages: [
      {
        key: 'reference',
        path: '/console/reference',
        label: 'nav.reference',
        icon: <DatabaseOutlined aria-hidden />,
        audience: 'everyone',
      },
    ],
  },
  {
    key: 'providers',
    label: 'prov.nav.group',
    pages: [
      {
        key: 'registrations',
        path: '/console/registrations',
        label: 'prov.nav.registrations',
        icon: <SendOutlined aria-hidden />,
        audience: ['department_officer'],
        units: REGISTERING_UNITS,
      },
      {
        key: 'filings',
        path: '/console/filings',
        label: 'prov.nav.filings',
        icon: <FileProtectOutlined aria-hidden />,
        // Township officers read their county's queue; only county and city regulators act on it.
        audience: ['county_regulator', 'city_regulator', 'township_officer'],
        subPages: [
          {
            key: 'filing-receipt',
            match: /^\/console\/filings\/\d+\/receipt$/,
            label: 'prov.nav.receipt',
            audience: [
              'county_regulator',
              'city_regulator',
              'township_officer',
              'department_officer',
              'provider_manager',
              'provider_staff',
            ],
          },
          {
            key: 'filing-detail',
            match: /^\/console\/filings\/\d+$/,
            label: 'prov.nav.filingDetail',
            // Registering departments follow what they pushed (read-only).
            audience: ['county_regulator', 'city_regulator', 'township_officer', 'department_officer'],
          },
        ],
      },
      {
        key: 'my-filing',
        path: '/console/my-filing',
        label: 'prov.nav.myFiling',
        icon: <FormOutlined aria-hidden />,
        audience: ['provider_manager', 'provider_staff'],
      },
      {
        key: 'fee-ceilings',
        path: '/console/fee-ceilings',
        label: 'prov.nav.feeCeilings',
        icon: <PayCircleOutlined aria-hidden />,
        // City regulators and administrators set them; county regulators read them.
        audience: ['city_regulator', 'sysadmin', 'county_regulator'],
      },
    ],
  },
  {
    key: 'operations',
    label: 'ops.nav.group',
    pages: [
      {
        key: 'ops-children',
        path: '/console/operations/children',
        label: 'ops.nav.children',
        icon: <SmileOutlined aria-hidden />,
        audience: ['provider_manager', 'provider_staff'],
      },
      {
        key: 'ops-staff',
        path: '/console/operations/staff',
        label: 'ops.nav.staff',
        icon: <IdcardOutlined aria-hidden />,
        // Every provider user reads; only the manager registers hires (the page hides the button).
        audience: ['provider_manager', 'provider_staff'],
      },
      {
        key: 'desk-applications',
        path: '/console/provider-desk/applications',
        label: 'desk.nav.applications',
        icon: <SolutionOutlined aria-hidden />,
        audience: ['provider_manager', 'provider_staff'],
      },
      {
        key: 'desk-slots',
        path: '/console/provider-desk/slots',
        label: 'desk.nav.slots',
        icon: <ClockCircleOutlined aria-hidden />,
        audience: ['provider_manager', 'provider_staff'],
      },
      {
        key: 'ops-roll-call',
        path: '/console/operations/roll-call',
        label: 'ops.nav.rollCall',
        icon: <CheckSquareOutlined aria-hidden />,
        audience: ['provider_manager', 'provider_staff'],
      },
      {
        key: 'ops-ratios',
        path: '/console/operations/ratios',
        label: 'ops.nav.ratios',
        icon: <AlertOutlined aria-hidden />,
        // Regulators see their area's providers; a provider's users their own (the server scopes it).
        audience: [
          'county_regulator',
          'city_regulator',
          'township_officer',
          'provider_manager',
          'provider_staff',
        ],
      },
      {
        key: 'ops-bans',
        path: '/console/operations/bans',
        label: 'ops.nav.bans',
        icon: <StopOutlined aria-hidden />,
        audience: ['county_regulator', 'city_regulator'],
      },
    ],
  },
  {
    key: 'care',
    label: 'care.nav.group',
    pages: [
      {
        key: 'care-health-checks',
        path: '/console/care/health-checks',
        label: 'care.nav.healthChecks',
        icon: <MedicineBoxOutlined aria-hidden />,
        audience: ['provider_manager', 'provider_staff'],
      },
      {
        key: 'care-reports',
        path: '/console/care/reports',
        label: 'care.nav.reports',
        icon: <BarChartOutlined aria-hidden />,
        // A provider's users see their own month; county and city regulators every provider in scope.
        audience: ['provider_manager', 'provider_staff', 'county_regulator', 'city_regulator'],
      },
      {
        key: 'care-standards',
        path: '/console/care/standards',
        label: 'care.nav.standards',
        icon: <ControlOutlined aria-hidden />,
        // City regulators and administrators edit; county regulators and the joint office read.
        audience: ['city_regulator', 'sysadmin', 'county_regulator', 'jc_office'],
      },
    ],
  },
  {
    key: 'supervision',
    label: 'plans.nav.group',
    // 监督检查 (SPEC C5): 双随机 plans and checklists, inspections and rectification, the risk view.
    pages: [
      {
        key: 'inspection-plans',
        path: '/console/inspection-plans',
        label: 'plans.nav.plans',
        icon: <ScheduleOutlined aria-hidden />,
        // 双随机: the health commission plans and draws; inspectors and the joint office read.
        units: INSPECTOR_UNITS,
        audience: ['sysadmin', 'city_regulator', 'county_regulator', 'department_officer', 'jc_office'],
        subPages: [
          {
            key: 'inspection-plan-detail',
            match: /^\/console\/inspection-plans\/\d+$/,
            label: 'plans.nav.planDetail',
          },
        ],
      },
      {
        key: 'checklists',
        path: '/console/checklists',
        label: 'plans.nav.checklists',
        icon: <UnorderedListOutlined aria-hidden />,
        // Kept by the city; read by everyone who regulates or inspects.
        units: INSPECTOR_UNITS,
        audience: [
          'sysadmin',
          'city_regulator',
          'county_regulator',
          'township_officer',
          'department_officer',
          'jc_office',
        ],
      },
      {
        key: 'inspector-conflicts',
        path: '/console/inspector-conflicts',
        label: 'plans.nav.conflicts',
        icon: <UserSwitchOutlined aria-hidden />,
        // Inspectors declare for themselves; regulators see every declaration in their area.
        units: INSPECTOR_UNITS,
        audience: ['city_regulator', 'county_regulator', 'department_officer'],
      },
      {
        key: 'inspections',
        path: '/console/inspections',
        label: 'insp.nav.inspections',
        icon: <CheckSquareOutlined aria-hidden />,
        // Inspectors their own tasks; regulators everything in scope (township officers read-only).
        units: INSPECTOR_UNITS,
        audience: ['department_officer', 'county_regulator', 'city_regulator', 'township_officer'],
        subPages: [
          {
            key: 'inspection-detail',
            match: /^\/console\/inspections\/\d+$/,
            label: 'insp.nav.detail',
            audience: [
              'department_officer',
              'county_regulator',
              'city_regulator',
              'township_officer',
              'provider_manager',
              'provider_staff',
            ],
          },
        ],
      },
      {
        key: 'rectifications',
        path: '/console/rectifications',
        label: 'insp.nav.rectifications',
        icon: <FormOutlined aria-hidden />,
        audience: ['provider_manager', 'provider_staff'],
      },
      {
        key: 'risk',
        path: '/console/risk',
        label: 'risk.nav.risk',
        icon: <HeatMapOutlined aria-hidden />,
        // County and city regulators, and township officers for their township (三级联动).
        audience: ['county_regulator', 'city_regulator', 'township_officer'],
      },
    ],
  },
  {
    key: 'safety',
    label: 'cmp.nav.group',
    // 投诉与安全 (SPEC C6, C7, C4 credit): complaints, parent committees, incidents, drills, the blacklist.
    pages: [
      {
        key: 'complaints',
        path: '/console/complaints',
        label: 'cmp.nav.complaints',
        icon: <SolutionOutlined aria-hidden />,
        // 投诉举报: regulators by division, township officers and other officers the cases given to them.
        audience: ['city_regulator', 'county_regulator', 'township_officer', 'department_officer'],
        subPages: [
          { key: 'complaint-detail', match: /^\/console\/complaints\/\d+$/, label: 'cmp.nav.detail' },
        ],
      },
      {
        key: 'committee',
        path: '/console/committee',
        label: 'cmp.nav.committee',
        icon: <TeamOutlined aria-hidden />,
        // 家长委员会: the provider's manager keeps it, its staff read it.
        audience: ['provider_manager', 'provider_staff'],
      },
      {
        key: 'incidents',
        path: '/console/incidents',
        label: 'inc.nav.monitor',
        icon: <AlertOutlined aria-hidden />,
        // 安全事故 for a provider (report, follow up), 事故监测 for regulators (alerts, close).
        audience: [
          'provider_manager',
          'provider_staff',
          'county_regulator',
          'city_regulator',
          'township_officer',
        ],
        roleLabels: { provider_manager: 'inc.nav.incidents', provider_staff: 'inc.nav.incidents' },
        subPages: [{ key: 'incident-detail', match: /^\/console\/incidents\/\d+$/, label: 'inc.nav.detail' }],
      },
      {
        key: 'emergency',
        path: '/console/emergency',
        label: 'inc.nav.preparedness',
        icon: <FireOutlined aria-hidden />,
        audience: [
          'provider_manager',
          'provider_staff',
          'county_regulator',
          'city_regulator',
          'township_officer',
        ],
      },
      {
        key: 'credit',
        path: '/console/credit',
        label: 'credit.nav',
        icon: <StopOutlined aria-hidden />,
        // The blacklist and credit records; a provider's manager sees its own credit records.
        audience: ['county_regulator', 'city_regulator', 'township_officer', 'provider_manager'],
        roleLabels: { provider_manager: 'credit.nav.mine' },
      },
    ],
  },
  { key: 'account', label: 'nav.group.account', pages: [passwordPage] },
];

export function canOpen(
  page: { audience: Audience; units?: readonly string[] },
  role: Role,
  unit?: string | null,
): boolean {
  if (page.units && role === 'department_officer' && !page.units.includes(unit ?? '')) return false;
  return page.audience === 'everyone' || page.audience.includes(role);
}

/** May `role` open what `findPage` found (a sub-page's own audience wins over its parent's)? */
export function canOpenFound(found: FoundPage, role: Role, unit?: string | null): boolean {
  return canOpen(
    found.sub?.audience ? { audience: found.sub.audience, units: found.page.units } : found.page,
    role,
    unit,
  );
}

/** What `role` sees a page called: its role label when it has one, else its label. */
export function pageLabelFor(page: NavPage, role: Role): MessageKey {
  return page.roleLabels?.[role] ?? page.label;
}

/** The groups and pages this role may open, empty groups dropped, each page under its role's label. */
export function navFor(role: Role, unit?: string | null): NavGroup[] {
  return navGroups
    .map((group) => ({
      ...group,
      pages: group.pages
        .filter((page) => canOpen(page, role, unit))
        .map((page) => ({ ...page, label: pageLabelFor(page, role) })),
    }))
    .filter((group) => group.pages.length > 0);
}

export interface FoundPage {
  page: NavPage;
  group?: NavGroup;
  sub?: NavSubPage;
}

/** The page (and its group, and the sub-page below it) at `pathname`, if it is a known console page. */
export function findPage(pathname: string): FoundPage | undefined {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === dashboardPage.path) return { page: dashboardPage };
  for (const group of navGroups) {
    const page = group.pages.find((candidate) => candidate.path === path);
    if (page) return { page, group };
    for (const parent of group.pages) {
      const sub = parent.subPages?.find((candidate) => candidate.match.test(path));
      if (sub) return { page: parent, group, sub };
    }
  }
  return undefined;
}
