/**
 * Kysely only: the counts behind 待办, each narrowed by its capability's own visibility rule
 * (inspections/queries, complaints/queries), so a count never differs from the list behind it.
 */
import type { Db } from '../../db';
import type { SessionUser } from '../../platform/context';
import { inScope, type Scope } from '../../platform/scope';
import { overdueSql, visibleTo } from '../complaints/queries';
import { inspectionsFrom, whereVisible } from '../inspections/queries';

const n = (r: { n: number | string | bigint } | undefined) => Number(r?.n ?? 0);

/** Findings in a status on the inspections the caller sees; `overdueOn` keeps those past their deadline. */
export function countFindings(
  db: Db,
  caller: SessionUser,
  status: 'open' | 'rectified',
  overdueOn: string | null,
): Promise<number> {
  const visible = whereVisible(inspectionsFrom(db).select('i.id'), caller);
  let q = db
    .selectFrom('inspection_findings as f')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('f.inspection_id', 'in', visible)
    .where('f.status', '=', status);
  if (overdueOn) q = q.where('f.deadline', '<', overdueOn);
  return q.executeTakeFirst().then(n);
}

/** The caller's complaints past their deadline on `today`, or (overdue false) still only received. */
export function countComplaints(
  db: Db,
  caller: SessionUser,
  overdue: boolean,
  today: string,
): Promise<number> {
  let q = db
    .selectFrom('complaints as c')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(visibleTo(caller));
  q = overdue ? q.where(overdueSql(today)) : q.where('c.status', '=', 'received');
  return q.executeTakeFirst().then(n);
}

/** The complaints assigned to the caller that are not yet answered. */
export function countUnansweredComplaints(db: Db, caller: SessionUser): Promise<number> {
  return db
    .selectFrom('complaints as c')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(visibleTo(caller))
    .where('c.status', '!=', 'answered')
    .executeTakeFirst()
    .then(n);
}

/** Plans in scope not yet drawn. */
export function countPlansToDraw(db: Db, scope: Scope): Promise<number> {
  return db
    .selectFrom('inspection_plans')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(inScope(scope, 'division_code'))
    .where('drawn_at', 'is', null)
    .executeTakeFirst()
    .then(n);
}

/** Inspections the caller sees that are assigned and not yet recorded. */
export function countInspectionsToRecord(db: Db, caller: SessionUser): Promise<number> {
  return whereVisible(
    inspectionsFrom(db).select((eb) => eb.fn.countAll<number>().as('n')),
    caller,
  )
    .where('i.status', '=', 'assigned')
    .executeTakeFirst()
    .then(n);
}
