/**
 * A bulletin's figures: the tasks agreed at meetings in the period, counted per lead unit by the
 * rule of @tuoyu/domain (jcBulletinOutcome) as of the period's end, or today while it runs.
 */
import type { JcBulletinFigures } from '@tuoyu/contracts';
import { type JcBulletinEvent, type JcBulletinTask, jcBulletinAsOf, jcBulletinFigures } from '@tuoyu/domain';
import type { Db } from '../../db';
import { todayInBeijing } from '../../platform/time';
import { countedEvents, memberUnits, periodTasks, unitNames } from './queries';

export async function computeFigures(
  db: Db,
  period: { from: string; to: string },
  today = todayInBeijing(),
): Promise<JcBulletinFigures> {
  const asOf = jcBulletinAsOf(period.to, today);
  const tasks = await periodTasks(db, period.from, period.to);
  const events = new Map<number, JcBulletinEvent[]>();
  for (const e of await countedEvents(
    db,
    tasks.map((t) => t.id),
  ))
    events.set(e.task_id, [
      ...(events.get(e.task_id) ?? []),
      { kind: e.kind, at: e.at, approve: e.approve === null ? null : e.approve === 1, dueOn: e.due_on },
    ]);
  const input: JcBulletinTask[] = tasks.map((t) => ({
    leadUnit: t.lead_unit,
    dueOn: t.due_on,
    events: events.get(t.id) ?? [],
  }));
  const [order, names] = await Promise.all([memberUnits(db), unitNames(db)]);
  const { rows, totals } = jcBulletinFigures(
    input,
    asOf,
    order.map((u) => u.code),
  );
  return { asOf, rows: rows.map((r) => ({ ...r, unitName: names.get(r.unitCode) ?? r.unitCode })), totals };
}

/** The figures frozen at issue, as stored. */
export const frozenFigures = (json: string): JcBulletinFigures => JSON.parse(json) as JcBulletinFigures;
