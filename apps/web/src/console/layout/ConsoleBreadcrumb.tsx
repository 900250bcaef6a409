import { Breadcrumb } from 'antd';
import { useContext } from 'react';
import { Link, useLocation } from 'react-router';
import { useT } from '../../shared/i18n';
import { MeContext } from '../auth/session';
import { canOpen, dashboardPage, findPage, pageLabelFor } from './navigation';

/** 工作台 / group / page, from the same navigation table as the menu. */
export function ConsoleBreadcrumb() {
  const t = useT();
  const { pathname } = useLocation();
  const found = findPage(pathname);
  const home = t(dashboardPage.label);
  const me = useContext(MeContext);

  const items =
    !found || found.page === dashboardPage
      ? [{ title: home }]
      : [
          { title: <Link to={dashboardPage.path}>{home}</Link> },
          ...(found.group ? [{ title: t(found.group.label) }] : []),
          ...(found.sub
            ? [
                {
                  // A link only when the person may open the parent page (a provider printing its receipt may not).
                  title:
                    me && canOpen(found.page, me) ? (
                      <Link to={found.page.path}>
                        {t(me ? pageLabelFor(found.page, me.role) : found.page.label)}
                      </Link>
                    ) : (
                      t(me ? pageLabelFor(found.page, me.role) : found.page.label)
                    ),
                },
                { title: t(found.sub.label) },
              ]
            : [{ title: t(me ? pageLabelFor(found.page, me.role) : found.page.label) }]),
        ];

  return (
    <nav aria-label={t('header.breadcrumb')}>
      <Breadcrumb className="console-breadcrumb" items={items} />
    </nav>
  );
}
