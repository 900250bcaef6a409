import {
  AlertOutlined,
  BarChartOutlined,
  CheckSquareOutlined,
  ClockCircleOutlined,
  ControlOutlined,
  FileProtectOutlined,
  FormOutlined,
  IdcardOutlined,
  MedicineBoxOutlined,
  PayCircleOutlined,
  SendOutlined,
  SmileOutlined,
  SolutionOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { REGISTERING_UNITS } from '@tuoyu/domain';
import type { NavGroup } from './navTypes';

/** 托育机构, 本机构, 保育与报告: the providers' filings, and their daily work and its reports. */
export const providerGroups: NavGroup[] = [
  {
    key: 'providers',
    label: 'prov.nav.group',
    pages: [
      {
        key: 'registrations',
        path: '/console/registrations',
        label: 'prov.nav.registrations',
        icon: <SendOutlined aria-hidden />,
        permission: 'registrations.push',
        units: REGISTERING_UNITS,
      },
      {
        key: 'filings',
        path: '/console/filings',
        label: 'prov.nav.filings',
        icon: <FileProtectOutlined aria-hidden />,
        // Township officers read their county's queue; only county and city regulators act on it.
        permission: 'filings.queue',
        subPages: [
          {
            key: 'filing-receipt',
            match: /^\/console\/filings\/\d+\/receipt$/,
            label: 'prov.nav.receipt',
            permission: 'filings.receipt',
          },
          {
            key: 'filing-detail',
            match: /^\/console\/filings\/\d+$/,
            label: 'prov.nav.filingDetail',
            // Registering departments follow what they pushed (read-only).
            permission: 'filings.detail',
          },
        ],
      },
      {
        key: 'my-filing',
        path: '/console/my-filing',
        label: 'prov.nav.myFiling',
        icon: <FormOutlined aria-hidden />,
        permission: 'filings.edit',
      },
      {
        key: 'fee-ceilings',
        path: '/console/fee-ceilings',
        label: 'prov.nav.feeCeilings',
        icon: <PayCircleOutlined aria-hidden />,
        // City regulators and administrators set them; county regulators read them.
        permission: 'fee-ceilings.read',
      },
    ],
  },
  {
    key: 'operations',
    label: 'ops.nav.group',
    pages: [
      {
        key: 'ops-children',
        path: '/console/operations/children',
        label: 'ops.nav.children',
        icon: <SmileOutlined aria-hidden />,
        permission: 'children.manage',
      },
      {
        key: 'ops-staff',
        path: '/console/operations/staff',
        label: 'ops.nav.staff',
        icon: <IdcardOutlined aria-hidden />,
        // Every provider user reads; only the manager registers hires (the page hides the button).
        permission: 'staff.read',
      },
      {
        key: 'desk-applications',
        path: '/console/provider-desk/applications',
        label: 'desk.nav.applications',
        icon: <SolutionOutlined aria-hidden />,
        permission: 'applications.handle',
      },
      {
        key: 'desk-slots',
        path: '/console/provider-desk/slots',
        label: 'desk.nav.slots',
        icon: <ClockCircleOutlined aria-hidden />,
        permission: 'slots.manage',
      },
      {
        key: 'ops-roll-call',
        path: '/console/operations/roll-call',
        label: 'ops.nav.rollCall',
        icon: <CheckSquareOutlined aria-hidden />,
        permission: 'attendance.record',
      },
      {
        key: 'ops-ratios',
        path: '/console/operations/ratios',
        label: 'ops.nav.ratios',
        icon: <AlertOutlined aria-hidden />,
        // Regulators see their area's providers; a provider's users their own (the server scopes it).
        permission: 'attendance.read',
      },
      {
        key: 'ops-bans',
        path: '/console/operations/bans',
        label: 'ops.nav.bans',
        icon: <StopOutlined aria-hidden />,
        permission: 'bans.manage',
      },
    ],
  },
  {
    key: 'care',
    label: 'care.nav.group',
    pages: [
      {
        key: 'care-health-checks',
        path: '/console/care/health-checks',
        label: 'care.nav.healthChecks',
        icon: <MedicineBoxOutlined aria-hidden />,
        permission: 'health-checks.record',
      },
      {
        key: 'care-reports',
        path: '/console/care/reports',
        label: 'care.nav.reports',
        icon: <BarChartOutlined aria-hidden />,
        // A provider's users see their own month; county and city regulators every provider in scope.
        permission: 'reports.monthly',
      },
      {
        key: 'care-standards',
        path: '/console/care/standards',
        label: 'care.nav.standards',
        icon: <ControlOutlined aria-hidden />,
        // City regulators and administrators edit; county regulators and the joint office read.
        permission: 'standards.read',
      },
    ],
  },
];
