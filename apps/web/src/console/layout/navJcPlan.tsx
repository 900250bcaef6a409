import { FileDoneOutlined, OrderedListOutlined, TableOutlined } from '@ant-design/icons';
import type { NavGroup } from './navTypes';

/** 实施方案任务 (issue 12 item 5): the plan's task list, the city's matrix, the counties' measures. */
export const jcPlanGroups: NavGroup[] = [
  {
    key: 'jc-plan',
    label: 'jcPlan.nav.group',
    pages: [
      {
        key: 'jc-plan',
        path: '/console/jc-plan',
        label: 'jcPlan.nav.tasks',
        icon: <OrderedListOutlined aria-hidden />,
        permission: 'jc.plan',
      },
      {
        key: 'jc-plan-matrix',
        path: '/console/jc-plan/matrix',
        label: 'jcPlan.nav.matrix',
        icon: <TableOutlined aria-hidden />,
        permission: 'jc.plan-matrix',
      },
      {
        key: 'jc-plan-measures',
        path: '/console/jc-plan/county-measures',
        label: 'jcPlan.nav.measures',
        icon: <FileDoneOutlined aria-hidden />,
        permission: 'jc.county-measures',
      },
    ],
  },
];
