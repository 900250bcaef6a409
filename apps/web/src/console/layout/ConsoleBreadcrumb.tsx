import { Breadcrumb } from 'antd';
import { Link, useLocation } from 'react-router';
import { useT } from '../../shared/i18n';
import { dashboardPage, findPage } from './navigation';

/** 工作台 / group / page, from the same navigation table as the menu. */
export function ConsoleBreadcrumb() {
  const t = useT();
  const { pathname } = useLocation();
  const found = findPage(pathname);
  const home = t(dashboardPage.label);

  const items =
    !found || found.page === dashboardPage
      ? [{ title: home }]
      : [
          { title: <Link to={dashboardPage.path}>{home}</Link> },
          ...(found.group ? [{ title: t(found.group.label) }] : []),
          { title: t(found.page.label) },
        ];

  return (
    <nav aria-label={t('header.breadcrumb')}>
      <Breadcrumb className="console-breadcrumb" items={items} />
    </nav>
  );
}
