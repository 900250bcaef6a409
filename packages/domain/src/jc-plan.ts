/**
 * The plan's own task list (巴政办发〔2021〕20号 二、三; issue 12 item 5): each responsible unit's
 * yearly progress on each task, and the city's matrix of units × tasks. Pure.
 */
import type { LocalizedText } from './provider-kinds';

export const JC_PLAN_STATUSES = ['not_started', 'in_progress', 'done'] as const;
export type JcPlanStatus = (typeof JC_PLAN_STATUSES)[number];
export const JC_PLAN_STATUS_NAMES: Readonly<Record<JcPlanStatus, LocalizedText>> = {
  not_started: { zh: '未启动', en: 'Not started' },
  in_progress: { zh: '推进中', en: 'In progress' },
  done: { zh: '已完成', en: 'Done' },
};

/** The first year the plan's tasks are reported for (the plan was issued in 2021). */
export const JC_PLAN_FIRST_YEAR = 2021;

/** A matrix cell: the unit's reported status, `unreported` when it has not reported, null when the unit is not responsible. */
export type JcPlanCell = JcPlanStatus | 'unreported' | null;

/**
 * One cell of the units × tasks matrix: a unit not responsible for the task has no cell (null);
 * a responsible unit without a report this year is `unreported`.
 */
export function jcPlanCell(
  responsible: readonly string[],
  unit: string,
  reported: JcPlanStatus | undefined,
): JcPlanCell {
  if (!responsible.includes(unit)) return null;
  return reported ?? 'unreported';
}

/** A unit's share of its tasks reported done, in whole per cent (0 when it has none). */
export function jcPlanDoneRate(cells: readonly JcPlanCell[]) {
  const mine = cells.filter((c) => c !== null);
  if (mine.length === 0) return 0;
  return Math.round((mine.filter((c) => c === 'done').length * 100) / mine.length);
}
