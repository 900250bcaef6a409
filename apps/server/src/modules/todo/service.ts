/**
 * 待办: what needs the caller's attention today, counted from the records each capability keeps —
 * incident alerts, complaints (new and overdue), rectifications to verify or still open, plans to
 * draw, inspections to record. Every count goes through the capability's own visibility rule
 * (incidents/queries, complaints/queries, inspections/queries), so the dashboard never shows a
 * number the list behind it would not.
 */
import type { AttentionKey, TodoItem, TodoList } from '@tuoyu/contracts';
import { isOneOf, SUPERVISORS } from '@tuoyu/contracts';
import { failingAddresses, lockedAccounts } from '../../platform/auth/throttle';
import type { AppContext, SessionUser } from '../../platform/context';
import { scopeOf } from '../../platform/scope';
import { todayInBeijing } from '../../platform/time';
import { countIncidents } from '../incidents/queries';
import { jcTodo } from './jc';
import {
  countComplaints,
  countFindings,
  countInspectionsToRecord,
  countPlansToDraw,
  countUnansweredComplaints,
} from './queries';

export async function todo(ctx: AppContext, caller: SessionUser): Promise<TodoList> {
  const db = ctx.db;
  const scope = scopeOf(caller);
  const today = todayInBeijing();
  const items: TodoItem[] = [];
  const add = (key: AttentionKey, count: number, level: TodoItem['level']) => {
    if (count > 0) items.push({ key, count, level });
  };

  if (caller.role === 'sysadmin') {
    // The administrator's watch: accounts a distributed guess has locked, addresses failing most.
    return {
      items,
      security: { lockedAccounts: await lockedAccounts(db), failingAddresses: await failingAddresses(db) },
    };
  }

  if (caller.providerId !== null) {
    add('findings_overdue', await countFindings(db, caller, 'open', today), 'danger');
    add('findings_open', await countFindings(db, caller, 'open', null), 'warning');
    add('incidents_open', await countIncidents(db, { scope, status: 'open' }), 'warning');
    return { items };
  }

  if (isOneOf(caller.role, SUPERVISORS)) {
    add('incident_alerts', await countIncidents(db, { scope, alertsOnly: true }), 'danger');
    add('complaints_overdue', await countComplaints(db, caller, true, today), 'danger');
    add('complaints_new', await countComplaints(db, caller, false, today), 'warning');
    add('findings_to_verify', await countFindings(db, caller, 'rectified', null), 'warning');
    add('findings_overdue', await countFindings(db, caller, 'open', today), 'warning');
    if (caller.role !== 'township_officer') {
      add('plans_to_draw', await countPlansToDraw(db, scope), 'info');
    }
    return { items };
  }

  if (caller.role === 'department_officer') {
    // An inspector: the tasks assigned to him (whereVisible keeps a department officer to those).
    add('inspections_to_record', await countInspectionsToRecord(db, caller), 'warning');
    add('findings_to_verify', await countFindings(db, caller, 'rectified', null), 'warning');
    add('complaints_assigned', await countUnansweredComplaints(db, caller), 'warning');
  }
  // The joint conference: a member unit's tasks and plan reports, the office's and convener's decisions.
  await jcTodo(ctx, caller, add);
  return { items };
}
