import {
  AuditOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  KeyOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Role } from '@tuoyu/contracts';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../shared/i18n';

/** Who may open a page: listed roles, or every console user. */
type Audience = readonly Role[] | 'everyone';

export interface NavPage {
  key: string;
  path: string;
  label: MessageKey;
  icon: ReactNode;
  audience: Audience;
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
        // City regulators read; county regulators manage their townships' officers (users/access.ts).
        audience: ['sysadmin', 'city_regulator', 'county_regulator'],
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
  { key: 'account', label: 'nav.group.account', pages: [passwordPage] },
];

export function canOpen(page: NavPage, role: Role): boolean {
  return page.audience === 'everyone' || page.audience.includes(role);
}

/** The groups and pages this role may open, empty groups dropped. */
export function navFor(role: Role): NavGroup[] {
  return navGroups
    .map((group) => ({ ...group, pages: group.pages.filter((page) => canOpen(page, role)) }))
    .filter((group) => group.pages.length > 0);
}

/** The page (and its group) at `pathname`, if it is a known console page. */
export function findPage(pathname: string): { page: NavPage; group?: NavGroup } | undefined {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === dashboardPage.path) return { page: dashboardPage };
  for (const group of navGroups) {
    const page = group.pages.find((candidate) => candidate.path === path);
    if (page) return { page, group };
  }
  return undefined;
}
