import { ApartmentOutlined, CalendarOutlined, ScheduleOutlined, TeamOutlined } from '@ant-design/icons';
import { jcAssessmentPages } from './navJcAssessment';
import type { NavGroup } from './navTypes';

/**
 * 联席会议 (issue 12): the conference's home, meetings and minutes, tracked tasks, members and the
 * annual assessment; the plan's tasks and the bulletins and registers have groups of their own.
 */
export const jcGroups: NavGroup[] = [
  {
    key: 'jc',
    label: 'jc.nav.group',
    pages: [
      {
        key: 'jc-home',
        path: '/console/jc',
        label: 'jc.nav.home',
        icon: <ApartmentOutlined aria-hidden />,
        permission: 'jc.read',
      },
      {
        key: 'jc-meetings',
        path: '/console/jc/meetings',
        label: 'jc.nav.meetings',
        icon: <CalendarOutlined aria-hidden />,
        permission: 'jc.read',
        subPages: [
          {
            key: 'jc-minutes-new',
            match: /^\/console\/jc\/meetings\/\d+\/minutes\/new$/,
            label: 'jc.nav.minutesNew',
            permission: 'jc.manage',
          },
          { key: 'jc-minutes', match: /^\/console\/jc\/meetings\/\d+\/minutes$/, label: 'jc.nav.minutes' },
          { key: 'jc-meeting', match: /^\/console\/jc\/meetings\/\d+$/, label: 'jc.nav.meeting' },
        ],
      },
      {
        key: 'jc-tasks',
        path: '/console/jc/tasks',
        label: 'jc.nav.tasks',
        icon: <ScheduleOutlined aria-hidden />,
        permission: 'jc.tasks',
        roleLabels: { department_officer: 'jc.nav.ourTasks' },
      },
      {
        key: 'jc-members',
        path: '/console/jc/members',
        label: 'jc.nav.members',
        icon: <TeamOutlined aria-hidden />,
        permission: 'jc.read',
      },
      ...jcAssessmentPages,
    ],
  },
];
