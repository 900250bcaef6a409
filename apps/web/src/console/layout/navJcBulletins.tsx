import { FileTextOutlined, TeamOutlined } from '@ant-design/icons';
import type { NavGroup } from './navTypes';

/** 联席会议 (issue 12): progress bulletins, and the expert committee and industry association registers. */
export const jcBulletinGroups: NavGroup[] = [
  {
    key: 'jc-bulletins',
    label: 'jcb.nav.group',
    pages: [
      {
        key: 'jc-bulletins',
        path: '/console/jc-bulletins',
        label: 'jcb.nav.bulletins',
        icon: <FileTextOutlined aria-hidden />,
        permission: 'jc.read',
        subPages: [
          { key: 'jc-bulletin', match: /^\/console\/jc-bulletins\/\d+$/, label: 'jcb.nav.bulletin' },
        ],
      },
      {
        key: 'jc-registers',
        path: '/console/jc-registers',
        label: 'jcb.nav.registers',
        icon: <TeamOutlined aria-hidden />,
        permission: 'jc.read',
      },
    ],
  },
];
