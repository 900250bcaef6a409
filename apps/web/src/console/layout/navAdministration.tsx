import { AuditOutlined, CalendarOutlined, DatabaseOutlined, TeamOutlined } from '@ant-design/icons';
import type { NavGroup } from './navTypes';

/** 平台管理, 系统设置, 基础数据: accounts and the audit trail, the holiday calendar, reference data. */
export const administrationGroups: NavGroup[] = [
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
];
