/** The health worker's 待办 (issue 11 item 5): due this week, overdue, flagged growth, newborns not visited. */
import type { HealthWorkCounts } from '@tuoyu/contracts';
import type { AppContext, SessionUser } from '../../platform/context';
import { scopeOf } from '../../platform/scope';
import { todayInBeijing } from '../../platform/time';
import { countList } from './queries';
import { listDates } from './register';

export async function healthWorkCounts(ctx: AppContext, caller: SessionUser): Promise<HealthWorkCounts> {
  const scope = scopeOf(caller);
  const dates = listDates(todayInBeijing());
  const [dueWeek, overdue, flagged, newbornUnvisited] = await Promise.all(
    (['due_week', 'overdue', 'flagged', 'newborn_unvisited'] as const).map((list) =>
      countList(ctx.db, scope, { ...dates, list }),
    ),
  );
  return {
    dueWeek: dueWeek ?? 0,
    overdue: overdue ?? 0,
    flagged: flagged ?? 0,
    newbornUnvisited: newbornUnvisited ?? 0,
  };
}
