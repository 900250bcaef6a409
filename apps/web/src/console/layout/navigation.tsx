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
import { DEPARTMENT_OFFICERS, isOneOf, type Me, type Permission, type Role } from '@tuoyu/contracts';
import { INSPECTOR_UNITS, REGISTERING_UNITS } from '@tuoyu/domain';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../shared/i18n';

/** Who may open a page: holders of a permission (contracts/access.ts), or every console user. */
type PagePermission = Permission | 'everyone';

/** What the guard needs to know of the logged-in person. */
export type Viewer = Pick<Me, 'role' | 'unit' | 'permissions'>;

/** A page below a menu page (a record's detail): shown in the breadcrumb, guarded by its own permission. */
export interface NavSubPage {
  key: string;
  /** Matched against the whole path, e.g. /^\/console\/filings\/\d+$/. */
  match: RegExp;
  label: MessageKey;
  /** Who may open it; the parent page's permission when absent. */
  permission?: PagePermission;
}

export interface NavPage {
  key: string;
  path: string;
  label: MessageKey;
  icon: ReactNode;
  /** The permission the page's main GET route declares, or a page permission as narrow as the page. */
  permission: PagePermission;
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
  permission: 'everyone',
};

export const passwordPage: NavPage = {
  key: 'password',
  path: '/console/password',
  label: 'nav.password',
  icon: <KeyOutlined aria-hidden />,
  permission: 'everyone',
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
        permission: 'users.read',
        roleLabels: { provider_manager: 'nav.staffAccounts' },
      },
      {
        key: 'audit',
        path: '/console/audit',
        label: 'nav.audit',
        icon: <AuditOutlined aria-hidden />,
        permission: 'audit.read',
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
        permission: 'calendar.edit',
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
        permission: 'everyone',
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
        permission: 'registrations.push',
        units: REGISTERING_UNITS,
      },
      {
        key: 'filings',
        path: '/console/filings',
        label: 'prov.nav.filings',
        icon: <FileProtectOutlined aria-hidden />,
        // Township officers read their county's queue; only county and city regulators act on it.
        permission: 'filings.queue',
        subPages: [
          {
            key: 'filing-receipt',
            match: /^\/console\/filings\/\d+\/receipt$/,
            label: 'prov.nav.receipt',
            permission: 'filings.receipt',
          },
          {
            key: 'filing-detail',
            match: /^\/console\/filings\/\d+$/,
            label: 'prov.nav.filingDetail',
            // Registering departments follow what they pushed (read-only).
            permission: 'filings.detail',
          },
        ],
      },
      {
        key: 'my-filing',
        path: '/console/my-filing',
        label: 'prov.nav.myFiling',
        icon: <FormOutlined aria-hidden />,
        permission: 'filings.edit',
      },
      {
        key: 'fee-ceilings',
        path: '/console/fee-ceilings',
        label: 'prov.nav.feeCeilings',
        icon: <PayCircleOutlined aria-hidden />,
        // City regulators and administrators set them; county regulators read them.
        permission: 'fee-ceilings.read',
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
        permission: 'children.manage',
      },
      {
        key: 'ops-staff',
        path: '/console/operations/staff',
        label: 'ops.nav.staff',
        icon: <IdcardOutlined aria-hidden />,
        // Every provider user reads; only the manager registers hires (the page hides the button).
        permission: 'staff.read',
      },
      {
        key: 'desk-applications',
        path: '/console/provider-desk/applications',
        label: 'desk.nav.applications',
        icon: <SolutionOutlined aria-hidden />,
        permission: 'applications.handle',
      },
      {
        key: 'desk-slots',
        path: '/console/provider-desk/slots',
        label: 'desk.nav.slots',
        icon: <ClockCircleOutlined aria-hidden />,
        permission: 'slots.manage',
      },
      {
        key: 'ops-roll-call',
        path: '/console/operations/roll-call',
        label: 'ops.nav.rollCall',
        icon: <CheckSquareOutlined aria-hidden />,
        permission: 'attendance.record',
      },
      {
        key: 'ops-ratios',
        path: '/console/operations/ratios',
        label: 'ops.nav.ratios',
        icon: <AlertOutlined aria-hidden />,
        // Regulators see their area's providers; a provider's users their own (the server scopes it).
        permission: 'attendance.read',
      },
      {
        key: 'ops-bans',
        path: '/console/operations/bans',
        label: 'ops.nav.bans',
        icon: <StopOutlined aria-hidden />,
        permission: 'bans.manage',
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
        permission: 'health-checks.record',
      },
      {
        key: 'care-reports',
        path: '/console/care/reports',
        label: 'care.nav.reports',
        icon: <BarChartOutlined aria-hidden />,
        // A provider's users see their own month; county and city regulators every provider in scope.
        permission: 'reports.monthly',
      },
      {
        key: 'care-standards',
        path: '/console/care/standards',
        label: 'care.nav.standards',
        icon: <ControlOutlined aria-hidden />,
        // City regulators and administrators edit; county regulators and the joint office read.
        permission: 'standards.read',
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
        permission: 'inspection-plans.read',
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
        permission: 'checklists.read',
      },
      {
        key: 'inspector-conflicts',
        path: '/console/inspector-conflicts',
        label: 'plans.nav.conflicts',
        icon: <UserSwitchOutlined aria-hidden />,
        // Inspectors declare for themselves; regulators see every declaration in their area.
        units: INSPECTOR_UNITS,
        permission: 'inspector-conflicts.manage',
      },
      {
        key: 'inspections',
        path: '/console/inspections',
        label: 'insp.nav.inspections',
        icon: <CheckSquareOutlined aria-hidden />,
        // Inspectors their own tasks; regulators everything in scope (township officers read-only).
        units: INSPECTOR_UNITS,
        permission: 'inspections.list',
        subPages: [
          {
            key: 'inspection-detail',
            match: /^\/console\/inspections\/\d+$/,
            label: 'insp.nav.detail',
            permission: 'inspections.read',
          },
        ],
      },
      {
        key: 'rectifications',
        path: '/console/rectifications',
        label: 'insp.nav.rectifications',
        icon: <FormOutlined aria-hidden />,
        permission: 'rectifications.read',
      },
      {
        key: 'risk',
        path: '/console/risk',
        label: 'risk.nav.risk',
        icon: <HeatMapOutlined aria-hidden />,
        // County and city regulators, and township officers for their township (三级联动).
        permission: 'risk.read',
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
        permission: 'complaints.handle',
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
        permission: 'committees.provider',
      },
      {
        key: 'incidents',
        path: '/console/incidents',
        label: 'inc.nav.monitor',
        icon: <AlertOutlined aria-hidden />,
        // 安全事故 for a provider (report, follow up), 事故监测 for regulators (alerts, close).
        permission: 'incidents.read',
        roleLabels: { provider_manager: 'inc.nav.incidents', provider_staff: 'inc.nav.incidents' },
        subPages: [{ key: 'incident-detail', match: /^\/console\/incidents\/\d+$/, label: 'inc.nav.detail' }],
      },
      {
        key: 'emergency',
        path: '/console/emergency',
        label: 'inc.nav.preparedness',
        icon: <FireOutlined aria-hidden />,
        permission: 'preparedness.read',
      },
      {
        key: 'credit',
        path: '/console/credit',
        label: 'credit.nav',
        icon: <StopOutlined aria-hidden />,
        // The blacklist and credit records; a provider's manager sees its own credit records.
        permission: 'credit.records',
        roleLabels: { provider_manager: 'credit.nav.mine' },
      },
    ],
  },
  { key: 'account', label: 'nav.group.account', pages: [passwordPage] },
];

export function canOpen(
  page: { permission: PagePermission; units?: readonly string[] },
  viewer: Viewer,
): boolean {
  if (page.units && isOneOf(viewer.role, DEPARTMENT_OFFICERS) && !page.units.includes(viewer.unit ?? ''))
    return false;
  return page.permission === 'everyone' || viewer.permissions.includes(page.permission);
}

/** May the viewer open what `findPage` found (a sub-page's own permission wins over its parent's)? */
export function canOpenFound(found: FoundPage, viewer: Viewer): boolean {
  return canOpen(
    found.sub?.permission ? { permission: found.sub.permission, units: found.page.units } : found.page,
    viewer,
  );
}

/** What `role` sees a page called: its role label when it has one, else its label. */
export function pageLabelFor(page: NavPage, role: Role): MessageKey {
  return page.roleLabels?.[role] ?? page.label;
}

/** The groups and pages the viewer may open, empty groups dropped, each page under its role's label. */
export function navFor(viewer: Viewer): NavGroup[] {
  return navGroups
    .map((group) => ({
      ...group,
      pages: group.pages
        .filter((page) => canOpen(page, viewer))
        .map((page) => ({ ...page, label: pageLabelFor(page, viewer.role) })),
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
