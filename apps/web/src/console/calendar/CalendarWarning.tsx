import { Alert, Button } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../shared/i18n';
import { useMe } from '../auth/session';
import { canOpen, navGroups } from '../layout/navigation';
import { useCalendarWarning } from './queries';

const calendarPage = navGroups.flatMap((g) => g.pages).find((p) => p.key === 'calendar');

/**
 * On the console home, from 1 November (Beijing) while next year's official schedule is missing:
 * tells the city and the administrator to enter it. Read on each visit, independent of any job.
 */
export function CalendarWarning() {
  const t = useT();
  const me = useMe();
  const allowed = !!calendarPage && canOpen(calendarPage, me);
  const warning = useCalendarWarning(allowed).data?.warning;
  if (!allowed || !warning || !calendarPage) return null;
  return (
    <Alert
      className="console-block"
      type="warning"
      showIcon
      role="alert"
      title={t('cal.warning', { year: warning.year })}
      description={t('cal.warningBody', { year: warning.year })}
      action={
        <Link to={`${calendarPage.path}?year=${warning.year}`}>
          <Button size="small" type="primary">
            {t('cal.warningAction')}
          </Button>
        </Link>
      }
    />
  );
}
