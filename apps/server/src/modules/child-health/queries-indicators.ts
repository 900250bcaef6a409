/** Kysely only: I-2 and its companion rates from the kept sums, and the children not managed. */
import { sql } from 'kysely';
import type { Db } from '../../db';
import { inScope } from '../../platform/scope';

/**
 * Per township, children counted and children failing by `asOf`, and births and newborns
 * visited: a sum over at most one row per township and day, read from the covering index
 * (grouped by the column itself, which the index already orders: faster than by a prefix).
 */
export function rateSums(db: Db, year: number, asOf: string, prefix: string) {
  return db
    .selectFrom('health_rate_days')
    .select([
      'division_code as code',
      sql<number>`sum(entering)`.as('entering'),
      sql<number>`sum(failing)`.as('failing'),
      sql<number>`sum(births)`.as('births'),
      sql<number>`sum(visited)`.as('visited'),
    ])
    .where('year', '=', year)
    .where(inScope({ prefix }, 'division_code'))
    .where('day', '<=', asOf)
    .groupBy('division_code')
    .execute();
}

/** The divisions one level down (counties of the city, townships of a county), or the township itself. */
export function childDivisions(db: Db, code: string) {
  return db
    .selectFrom('divisions')
    .select(['code', 'name'])
    .where((eb) =>
      eb.or([eb('parent_code', '=', code), eb.and([eb('code', '=', code), eb('level', '=', 'township')])]),
    )
    .where('statistical_only', '=', 0)
    .orderBy('code')
    .execute();
}

export const divisionNamed = (db: Db, code: string) =>
  db.selectFrom('divisions').select(['code', 'name', 'level']).where('code', '=', code).executeTakeFirst();

/** Children under 3 on `asOf` and those with a family-doctor contract valid then. */
export function familyDoctorSums(db: Db, prefix: string, asOf: string, bornAfter: string) {
  return db
    .selectFrom('health_children')
    .select([
      sql<number>`count(*)`.as('children'),
      sql<number>`coalesce(sum(case when fd_valid_until >= ${asOf} then 1 else 0 end), 0)`.as('contracted'),
    ])
    .where(inScope({ prefix }, 'division_code'))
    .where('status', '=', 'active')
    .where('birth_date', '<=', asOf)
    .where('birth_date', '>', bornAfter)
    .executeTakeFirstOrThrow();
}

/** Children counted and not managed by `asOf` (first page, oldest failure first) and how many. */
export async function unmanagedChildren(db: Db, year: number, asOf: string, prefix: string, limit: number) {
  const base = db
    .selectFrom('health_child_years as y')
    .innerJoin('health_children as c', 'c.id', 'y.child_id')
    .where('y.year', '=', year)
    .where(inScope({ prefix }, 'y.division_code'))
    .where('y.first_due', '<=', asOf)
    .where('y.first_unsatisfied', '<=', asOf);
  const [{ n } = { n: 0 }] = await base.select((eb) => eb.fn.countAll<number>().as('n')).execute();
  const rows = await base
    .select(['c.id', 'c.name', 'c.division_code', 'c.birth_date', 'y.first_unsatisfied'])
    .orderBy('y.first_unsatisfied')
    .orderBy('c.id')
    .limit(limit)
    .execute();
  return { rows, total: Number(n) };
}

/** Due dates of these children in [from, asOf] left without a check-up (their missed ages). */
export function missedDues(db: Db, childIds: number[], from: string, asOf: string) {
  if (childIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('health_dues')
    .select(['child_id', 'age_months'])
    .where('child_id', 'in', childIds)
    .where('checkup_id', 'is', null)
    .where('age_months', '<=', 30)
    .where('due_on', '>=', from)
    .where('due_on', '<=', asOf)
    .orderBy('child_id')
    .orderBy('age_months')
    .execute();
}
