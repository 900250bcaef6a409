import { DashboardOutlined, KeyOutlined } from '@ant-design/icons';
import { DEPARTMENT_OFFICERS, isOneOf, type Role } from '@tuoyu/contracts';
import type { MessageKey } from '../../shared/i18n';
import { administrationGroups } from './navAdministration';
import { childHealthGroups } from './navChildHealth';
import { jcGroups } from './navJc';
import { jcBulletinGroups } from './navJcBulletins';
import { jcPlanGroups } from './navJcPlan';
import { providerGroups } from './navProviders';
import { supervisionGroups } from './navSupervision';
import type { NavGroup, NavPage, NavSubPage, PagePermission, Viewer } from './navTypes';

export type { NavGroup, NavPage, NavSubPage, Viewer } from './navTypes';

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

/**
 * The console's pages grouped by capability. The same table drives the side menu, the breadcrumb
 * and the page guard, so a page hidden from a role is also refused to it. (The server checks too:
 * this only keeps people away from pages that would answer 403.)
 */
export const navGroups: NavGroup[] = [
  ...administrationGroups,
  ...providerGroups,
  ...supervisionGroups,
  ...childHealthGroups,
  ...jcGroups,
  ...jcBulletinGroups,
  ...jcPlanGroups,
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
