import type { Me, Permission, Role } from '@tuoyu/contracts';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../shared/i18n';

/** Who may open a page: holders of a permission (contracts/access.ts), or every console user. */
export type PagePermission = Permission | 'everyone';

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
