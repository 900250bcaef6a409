/**
 * 待办: what needs the caller's attention today, counted from the records each capability keeps —
 * incident alerts, complaints (new and overdue), rectifications to verify or still open, plans to
 * draw, inspections to record. Every count goes through the capability's own visibility rule
 * (incidents/queries, complaints/queries, inspections/scope), so the dashboard never shows a
 * number the list behind it would not.
 */
import type { AttentionKey, TodoItem, TodoList } from '@tuoyu/contracts';
import { isOneOf, SUPERVISORS } from '@tuoyu/contracts';
import { failingAddresses, lockedAccounts } from '../../platform/auth/throttle';
import type { AppContext, SessionUser } from '../../platform/context';
import { inScope, scopeOf } from '../../platform/scope';
import { todayInBeijing } from '../../platform/time';
import { overdueSql, visibleTo } from '../complaints/queries';
import { countIncidents } from '../incidents/queries';
import { inspectionsFrom, whereVisible } from '../inspections/scope';

const n = (r: { n: number | string | bigint } | undefined) => Number(r?.n ?? 0);

export async function todo(ctx: AppContext, caller: SessionUser): Promise<TodoList> {
  const db = ctx.db;
  const scope = scopeOf(caller);
  const today = todayInBeijing();
  const items: TodoItem[] = [];
  const add = (key: AttentionKey, count: number, level: TodoItem['level']) => {
    if (count > 0) items.push({ key, count, level });
  };

  const findings = (status: 'open' | 'rectified', overdue = false) => {
    const visible = whereVisible(inspectionsFrom(db).select('i.id'), caller);
    let q = db
      .selectFrom('inspection_findings as f')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('f.inspection_id', 'in', visible)
      .where('f.status', '=', status);
    if (overdue) q = q.where('f.deadline', '<', today);
    return q.executeTakeFirst().then(n);
  };

  if (caller.role === 'sysadmin') {
    // The administrator's watch: accounts a distributed guess has locked, addresses failing most.
    return {
      items,
      security: { lockedAccounts: await lockedAccounts(db), failingAddresses: await failingAddresses(db) },
    };
  }

  if (caller.providerId !== null) {
    add('findings_overdue', await findings('open', true), 'danger');
    add('findings_open', await findings('open'), 'warning');
    add('incidents_open', await countIncidents(db, { scope, status: 'open' }), 'warning');
    return { items };
  }

  if (isOneOf(caller.role, SUPERVISORS)) {
    add('incident_alerts', await countIncidents(db, { scope, alertsOnly: true }), 'danger');
    const complaints = (overdue: boolean) => {
      let q = db
        .selectFrom('complaints as c')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where(visibleTo(caller));
      q = overdue ? q.where(overdueSql(today)) : q.where('c.status', '=', 'received');
      return q.executeTakeFirst().then(n);
    };
    add('complaints_overdue', await complaints(true), 'danger');
    add('complaints_new', await complaints(false), 'warning');
    add('findings_to_verify', await findings('rectified'), 'warning');
    add('findings_overdue', await findings('open', true), 'warning');
    if (caller.role !== 'township_officer') {
      const plans = await db
        .selectFrom('inspection_plans')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where(inScope(scope, 'division_code'))
        .where('drawn_at', 'is', null)
        .executeTakeFirst();
      add('plans_to_draw', n(plans), 'info');
    }
    return { items };
  }

  if (caller.role === 'department_officer') {
    // An inspector: the tasks assigned to him (whereVisible keeps a department officer to those).
    const assigned = await whereVisible(
      inspectionsFrom(db).select((eb) => eb.fn.countAll<number>().as('n')),
      caller,
    )
      .where('i.status', '=', 'assigned')
      .executeTakeFirst();
    add('inspections_to_record', n(assigned), 'warning');
    add('findings_to_verify', await findings('rectified'), 'warning');
    const cases = await db
      .selectFrom('complaints as c')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(visibleTo(caller))
      .where('c.status', '!=', 'answered')
      .executeTakeFirst();
    add('complaints_assigned', n(cases), 'warning');
  }
  return { items };
}
