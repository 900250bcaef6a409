/** Kysely only: open due dates of active children with the parent accounts of their guardians. */
import type { Db } from '../../db';

/** Due dates without a check-up whose window opens (`dueFrom`) or closed (`dueTo`) on a day. */
export function duesWithParents(db: Db, on: { dueFrom?: string; dueTo?: string }) {
  let q = db
    .selectFrom('health_dues as d')
    .innerJoin('health_children as c', 'c.id', 'd.child_id')
    .innerJoin('health_child_guardians as g', 'g.child_id', 'c.id')
    .innerJoin('users as u', 'u.mobile_hash', 'g.mobile_hash')
    .innerJoin('divisions as t', 't.code', 'c.division_code')
    .select([
      'd.child_id',
      'd.age_months',
      'd.due_from',
      'd.due_to',
      'c.name',
      'u.id as user_id',
      't.name as township',
    ])
    .where('d.checkup_id', 'is', null)
    .where('c.status', '=', 'active')
    .where('u.role', '=', 'parent')
    .where('u.status', '=', 'active');
  if (on.dueFrom) q = q.where('d.due_from', '=', on.dueFrom);
  if (on.dueTo) q = q.where('d.due_to', '=', on.dueTo);
  return q.orderBy('d.child_id').orderBy('d.age_months').execute();
}
