import { Menu, type MenuProps } from 'antd';
import { Link, useLocation } from 'react-router';
import { useT } from '../../shared/i18n';
import { dashboardPage, findPage, type NavPage, navFor, passwordPage, type Viewer } from './navigation';

type MenuItem = NonNullable<MenuProps['items']>[number];

interface ConsoleMenuProps {
  viewer: Viewer;
  /** The password must be changed first: only the password page is offered. */
  restricted: boolean;
  /** Folded to icons: group titles would be cut off, so groups become dividers. */
  compact: boolean;
  onNavigate?: () => void;
}

/** The side menu: only the pages this person's permissions open, grouped by capability. */
export function ConsoleMenu({ viewer, restricted, compact, onNavigate }: ConsoleMenuProps) {
  const t = useT();
  const { pathname } = useLocation();
  const selected = findPage(pathname)?.page.key;

  const leaf = (page: NavPage): MenuItem => ({
    key: page.key,
    icon: page.icon,
    label: <Link to={page.path}>{t(page.label)}</Link>,
  });

  const items: MenuItem[] = restricted
    ? [leaf(passwordPage)]
    : [
        leaf(dashboardPage),
        ...navFor(viewer).flatMap((group): MenuItem[] =>
          compact
            ? [{ type: 'divider', key: `${group.key}-divider` }, ...group.pages.map(leaf)]
            : [{ type: 'group', key: group.key, label: t(group.label), children: group.pages.map(leaf) }],
        ),
      ];

  return (
    <Menu
      theme="dark"
      mode="inline"
      aria-label={t('nav.mainMenu')}
      selectedKeys={selected ? [selected] : []}
      items={items}
      onClick={onNavigate}
    />
  );
}
