import type { Me } from '@tuoyu/contracts';
import { Drawer, Grid, Layout } from 'antd';
import { useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useT } from '../../shared/i18n';
import { PasswordForm } from '../auth/PasswordForm';
import { ConsoleBreadcrumb } from './ConsoleBreadcrumb';
import { ConsoleHeader } from './ConsoleHeader';
import { ConsoleMenu } from './ConsoleMenu';
import { Forbidden } from './Forbidden';
import { canOpenFound, findPage } from './navigation';

/**
 * Side menu, header, breadcrumb and the current page — or only the password form while a change
 * is due. Desktop: a side menu the person can fold to icons (folded by default below 992 px, e.g.
 * a tablet in portrait). Phone: the menu opens as a drawer from the header button.
 */
export function ConsoleLayout({ me }: { me: Me }) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  const [foldedByChoice, setFoldedByChoice] = useState<boolean | null>(null);
  const folded = foldedByChoice ?? screens.lg === false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { pathname } = useLocation();
  const found = findPage(pathname);
  const mustChangePassword = me.mustChangePassword;

  let content = <Outlet />;
  if (mustChangePassword) content = <PasswordForm forced />;
  else if (found && !canOpenFound(found, me)) content = <Forbidden />;

  const menu = (compact: boolean) => (
    // Following a link in the phone menu closes it.
    <ConsoleMenu
      viewer={me}
      restricted={mustChangePassword}
      compact={compact}
      onNavigate={() => setDrawerOpen(false)}
    />
  );

  return (
    <Layout className="console-root">
      {phone ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={t('app.shortName')}
          size={260}
          className="console-menu-drawer"
        >
          {menu(false)}
        </Drawer>
      ) : (
        <Layout.Sider
          className="console-sider"
          width={220}
          collapsedWidth={64}
          collapsed={folded}
          trigger={null}
        >
          <div className="console-logo" aria-hidden="true">
            <span className="console-logo-mark">托</span>
            {!folded && <span className="console-logo-text">{t('app.shortName')}</span>}
          </div>
          {menu(folded)}
        </Layout.Sider>
      )}
      <Layout>
        <ConsoleHeader
          me={me}
          compact={phone}
          menuOpen={phone ? drawerOpen : !folded}
          onToggleMenu={() => (phone ? setDrawerOpen(!drawerOpen) : setFoldedByChoice(!folded))}
        />
        <Layout.Content className="console-content">
          {!mustChangePassword && <ConsoleBreadcrumb />}
          {content}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
