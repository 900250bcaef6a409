import {
  DownOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Me } from '@tuoyu/contracts';
import { Avatar, Button, Dropdown, Flex, Layout } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../shared/i18n';
import { useLogout } from '../auth/session';
import { LanguageButton } from '../common/LanguageButton';
import { RoleTag } from '../common/RoleTag';

interface ConsoleHeaderProps {
  me: Me;
  /** Phone width: the short platform name, and only the person's name on the user button. */
  compact: boolean;
  menuOpen: boolean;
  onToggleMenu: () => void;
}

/** Platform name; who is logged in (name, role, unit or division); language; password and logout. */
export function ConsoleHeader({ me, compact, menuOpen, onToggleMenu }: ConsoleHeaderProps) {
  const t = useT();
  const navigate = useNavigate();
  const logout = useLogout();
  // 临河区卫生健康委 when the account belongs to a unit; the division alone otherwise.
  const jurisdiction = me.unitName ?? me.divisionName;

  return (
    <Layout.Header className="console-header">
      <Flex align="center" gap={8} className="console-header-left">
        <Button
          type="text"
          aria-label={t(menuOpen ? 'header.collapseMenu' : 'header.expandMenu')}
          aria-expanded={menuOpen}
          icon={menuOpen ? <MenuFoldOutlined aria-hidden /> : <MenuUnfoldOutlined aria-hidden />}
          onClick={onToggleMenu}
        />
        <Link to="/console" className="console-platform-name">
          {t(compact ? 'app.shortName' : 'app.name')}
        </Link>
      </Flex>
      <Flex align="center" gap={8}>
        <LanguageButton iconOnly={compact} />
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'password', icon: <KeyOutlined aria-hidden />, label: t('common.changePassword') },
              { type: 'divider' },
              { key: 'logout', icon: <LogoutOutlined aria-hidden />, label: t('header.logout') },
            ],
            onClick: ({ key }) => {
              if (key === 'password') void navigate('/console/password');
              if (key === 'logout') void logout();
            },
          }}
        >
          <Button type="text" className="console-user-button">
            <Avatar size="small" icon={<UserOutlined aria-hidden />} />
            <span className="console-user-name">{me.displayName}</span>
            {!compact && (
              <span className="console-user-detail">
                <RoleTag role={me.role} />
                <span>{jurisdiction}</span>
              </span>
            )}
            <DownOutlined aria-hidden />
          </Button>
        </Dropdown>
      </Flex>
    </Layout.Header>
  );
}
