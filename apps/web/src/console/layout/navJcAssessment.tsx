import { TrophyOutlined } from '@ant-design/icons';
import type { NavPage } from './navTypes';

/** 联席会议 › 督查考核 (issue 12 item 7, plan 三(三)): the office's page; counties and units see their own. */
export const jcAssessmentPages: NavPage[] = [
  {
    key: 'jc-assessment',
    path: '/console/jc-assessment',
    label: 'jca.nav.page',
    icon: <TrophyOutlined aria-hidden />,
    permission: 'jc.assessments',
    roleLabels: { county_regulator: 'jca.nav.county', department_officer: 'jca.nav.unit' },
  },
];
