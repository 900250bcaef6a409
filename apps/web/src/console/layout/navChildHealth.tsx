import { LineChartOutlined, MedicineBoxOutlined } from '@ant-design/icons';
import type { NavGroup } from './navTypes';

/** 儿童健康 (issue 11): the register of children under 3 kept by health workers, and I-2. */
export const childHealthGroups: NavGroup[] = [
  {
    key: 'child-health',
    label: 'ch.nav.group',
    pages: [
      {
        key: 'child-health',
        path: '/console/child-health',
        label: 'ch.nav.children',
        icon: <MedicineBoxOutlined aria-hidden />,
        permission: 'child-health.read',
        subPages: [
          {
            key: 'child-health-checkup',
            match: /^\/console\/child-health\/\d+\/checkup$/,
            label: 'ch.checkup.new',
            permission: 'child-health.manage',
          },
          { key: 'child-health-record', match: /^\/console\/child-health\/\d+$/, label: 'ch.nav.record' },
        ],
      },
      {
        key: 'child-health-indicators',
        path: '/console/child-health/indicators',
        label: 'ch.nav.indicators',
        icon: <LineChartOutlined aria-hidden />,
        permission: 'child-health.indicators',
      },
    ],
  },
];
