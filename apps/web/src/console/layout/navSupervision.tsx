import {
  AlertOutlined,
  CheckSquareOutlined,
  FireOutlined,
  FormOutlined,
  HeatMapOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  StopOutlined,
  TeamOutlined,
  UnorderedListOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import { INSPECTOR_UNITS } from '@tuoyu/domain';
import type { NavGroup } from './navTypes';

/** 监督检查, 投诉与安全: plans, inspections and risk; complaints, incidents and credit. */
export const supervisionGroups: NavGroup[] = [
  {
    key: 'supervision',
    label: 'plans.nav.group',
    // 监督检查 (SPEC C5): 双随机 plans and checklists, inspections and rectification, the risk view.
    pages: [
      {
        key: 'inspection-plans',
        path: '/console/inspection-plans',
        label: 'plans.nav.plans',
        icon: <ScheduleOutlined aria-hidden />,
        // 双随机: the health commission plans and draws; inspectors and the joint office read.
        units: INSPECTOR_UNITS,
        permission: 'inspection-plans.read',
        subPages: [
          {
            key: 'inspection-plan-detail',
            match: /^\/console\/inspection-plans\/\d+$/,
            label: 'plans.nav.planDetail',
          },
        ],
      },
      {
        key: 'checklists',
        path: '/console/checklists',
        label: 'plans.nav.checklists',
        icon: <UnorderedListOutlined aria-hidden />,
        // Kept by the city; read by everyone who regulates or inspects.
        units: INSPECTOR_UNITS,
        permission: 'checklists.read',
      },
      {
        key: 'inspector-conflicts',
        path: '/console/inspector-conflicts',
        label: 'plans.nav.conflicts',
        icon: <UserSwitchOutlined aria-hidden />,
        // Inspectors declare for themselves; regulators see every declaration in their area.
        units: INSPECTOR_UNITS,
        permission: 'inspector-conflicts.manage',
      },
      {
        key: 'inspections',
        path: '/console/inspections',
        label: 'insp.nav.inspections',
        icon: <CheckSquareOutlined aria-hidden />,
        // Inspectors their own tasks; regulators everything in scope (township officers read-only).
        units: INSPECTOR_UNITS,
        permission: 'inspections.list',
        subPages: [
          {
            key: 'inspection-detail',
            match: /^\/console\/inspections\/\d+$/,
            label: 'insp.nav.detail',
            permission: 'inspections.read',
          },
        ],
      },
      {
        key: 'rectifications',
        path: '/console/rectifications',
        label: 'insp.nav.rectifications',
        icon: <FormOutlined aria-hidden />,
        permission: 'rectifications.read',
      },
      {
        key: 'risk',
        path: '/console/risk',
        label: 'risk.nav.risk',
        icon: <HeatMapOutlined aria-hidden />,
        // County and city regulators, and township officers for their township (三级联动).
        permission: 'risk.read',
      },
    ],
  },
  {
    key: 'safety',
    label: 'cmp.nav.group',
    // 投诉与安全 (SPEC C6, C7, C4 credit): complaints, parent committees, incidents, drills, the blacklist.
    pages: [
      {
        key: 'complaints',
        path: '/console/complaints',
        label: 'cmp.nav.complaints',
        icon: <SolutionOutlined aria-hidden />,
        // 投诉举报: regulators by division, township officers and other officers the cases given to them.
        permission: 'complaints.handle',
        subPages: [
          { key: 'complaint-detail', match: /^\/console\/complaints\/\d+$/, label: 'cmp.nav.detail' },
        ],
      },
      {
        key: 'committee',
        path: '/console/committee',
        label: 'cmp.nav.committee',
        icon: <TeamOutlined aria-hidden />,
        // 家长委员会: the provider's manager keeps it, its staff read it.
        permission: 'committees.provider',
      },
      {
        key: 'incidents',
        path: '/console/incidents',
        label: 'inc.nav.monitor',
        icon: <AlertOutlined aria-hidden />,
        // 安全事故 for a provider (report, follow up), 事故监测 for regulators (alerts, close).
        permission: 'incidents.read',
        roleLabels: { provider_manager: 'inc.nav.incidents', provider_staff: 'inc.nav.incidents' },
        subPages: [{ key: 'incident-detail', match: /^\/console\/incidents\/\d+$/, label: 'inc.nav.detail' }],
      },
      {
        key: 'emergency',
        path: '/console/emergency',
        label: 'inc.nav.preparedness',
        icon: <FireOutlined aria-hidden />,
        permission: 'preparedness.read',
      },
      {
        key: 'credit',
        path: '/console/credit',
        label: 'credit.nav',
        icon: <StopOutlined aria-hidden />,
        // The blacklist and credit records; a provider's manager sees its own credit records.
        permission: 'credit.records',
        roleLabels: { provider_manager: 'credit.nav.mine' },
      },
    ],
  },
];
