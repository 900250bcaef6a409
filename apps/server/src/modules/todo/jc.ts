/**
 * 待办 of the joint conference (issue 12): each count is the total of the list its card opens, taken
 * from the same use case (the task list with its light or status filter, the plan's task list, the
 * member changes), so a count never differs from its list.
 */
import { type AttentionKey, can, type TodoItem } from '@tuoyu/contracts';
import type { AppContext, SessionUser } from '../../platform/context';
import { todayInBeijing } from '../../platform/time';
import { listMembers } from '../jc/members';
import { oversees, unitOf } from '../jc/parties';
import { listTasks } from '../jc/tasks';
import { listPlanTasks } from '../jc-plan/plan-tasks';

type Add = (key: AttentionKey, count: number, level: TodoItem['level']) => void;

const total = async (
  ctx: AppContext,
  caller: SessionUser,
  f: { light?: 'red' | 'yellow'; status?: 'open' | 'extension_requested' | 'completion_requested' },
) => (await listTasks(ctx, caller, { page: 1, pageSize: 1, ...f })).total;

export async function jcTodo(ctx: AppContext, caller: SessionUser, add: Add) {
  const unit = unitOf(caller);
  if (unit) {
    add('jc_tasks_red', await total(ctx, caller, { light: 'red' }), 'danger');
    add('jc_tasks_yellow', await total(ctx, caller, { light: 'yellow' }), 'warning');
    add('jc_tasks_open', await total(ctx, caller, { status: 'open' }), 'info');
    const year = Number(todayInBeijing().slice(0, 4));
    const tasks = await listPlanTasks(ctx, caller, year);
    const unreported = tasks.filter((t) => t.mine && !t.progress.some((p) => p.unit === unit));
    add('jc_plan_unreported', unreported.length, 'warning');
    return;
  }
  if (!oversees(caller)) return;
  add('jc_extensions_requested', await total(ctx, caller, { status: 'extension_requested' }), 'warning');
  add('jc_completions_requested', await total(ctx, caller, { status: 'completion_requested' }), 'warning');
  if (can(caller.role, 'jc.manage')) {
    const { proposals } = await listMembers(ctx, caller, false);
    add('jc_member_proposals', proposals.filter((p) => p.status === 'pending').length, 'warning');
  }
}
