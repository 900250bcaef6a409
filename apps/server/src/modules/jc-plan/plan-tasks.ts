/**
 * The plan's own task list (issue 12 item 5): every reader sees every task of a year with every
 * responsible unit's latest progress; a unit (a city-level department account) reports only on the
 * tasks the plan makes it responsible for. A task id the plan does not have is 404; another unit's
 * task, which the caller can see, is 403 (decision 77).
 */
import type { JcPlanProgressBody, JcPlanTask, JcPlanTaskList } from '@tuoyu/contracts';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { forbidden, notFound } from '../../platform/errors';
import { nowIso } from '../../platform/time';
import { unitOf } from '../jc/parties';
import {
  ensureYear,
  progressHistory,
  progressOf,
  saveProgress,
  yearProgress,
  yearTask,
  yearTasks,
} from './queries';

export const unitsOf = (row: { responsible_units: string }) =>
  row.responsible_units.split(';').filter(Boolean);

export async function listPlanTasks(
  ctx: AppContext,
  caller: SessionUser,
  year: number,
): Promise<JcPlanTaskList> {
  await ensureYear(ctx.db, year);
  const [tasks, progress] = await Promise.all([yearTasks(ctx.db, year), yearProgress(ctx.db, year)]);
  const own = unitOf(caller);
  return tasks.map((t): JcPlanTask => {
    const units = unitsOf(t);
    return {
      id: t.task_id,
      year,
      section: t.section,
      title: t.title,
      notes: t.notes,
      responsibleUnits: units,
      progress: progress
        .filter((p) => p.task_id === t.task_id && units.includes(p.unit_code))
        .map((p) => ({ unit: p.unit_code, status: p.status, text: p.text, updatedAt: p.updated_at })),
      mine: own !== null && units.includes(own),
    };
  });
}

export async function reportPlanProgress(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: string,
  body: JcPlanProgressBody,
) {
  await ensureYear(ctx.db, body.year);
  return ctx.db.transaction().execute(async (trx) => {
    const task = await yearTask(trx, body.year, id);
    if (!task) throw notFound();
    const unit = unitOf(caller);
    if (!unit || !unitsOf(task).includes(unit)) throw forbidden();
    const before = await progressOf(trx, body.year, id, unit);
    const at = nowIso();
    await saveProgress(trx, {
      year: body.year,
      task_id: id,
      unit_code: unit,
      status: body.status,
      text: body.text,
      updated_by: caller.id,
      updated_at: at,
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'jc.plan.progress',
      entityType: 'jc_plan_task',
      entityId: `${body.year}:${id}:${unit}`,
      changes: { from: before?.status ?? null, to: body.status },
    });
    return { unit, status: body.status, text: body.text, updatedAt: at };
  });
}

/** Every report made on a task in a year, oldest first (404 for a task id the plan does not have). */
export async function planProgressHistory(ctx: AppContext, id: string, year: number) {
  await ensureYear(ctx.db, year);
  if (!(await yearTask(ctx.db, year, id))) throw notFound();
  return (await progressHistory(ctx.db, year, id)).map((h) => ({
    unit: h.unit_code,
    status: h.status,
    text: h.text,
    at: h.at,
  }));
}
