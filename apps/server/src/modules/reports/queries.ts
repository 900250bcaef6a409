/** Kysely only: the monthly figures of a set of providers, each one grouped query over the set. */
import { type SelectQueryBuilder, sql } from 'kysely';
import type { Db } from '../../db';
import type { Database } from '../../db/schema';
import { inScope, type Scope } from '../../platform/scope';

/** A sub-select of provider ids (`select id from providers …`). */
export type ProviderSet = SelectQueryBuilder<Database, 'providers', { id: number }>;

export function oneProvider(db: Db, providerId: number): ProviderSet {
  return db.selectFrom('providers').select('id').where('id', '=', providerId);
}

/** Every filed or listed provider in scope. */
export function reportedProviders(db: Db, scope: Scope): ProviderSet {
  return db
    .selectFrom('providers')
    .select('id')
    .where(inScope(scope, 'division_code'))
    .where((eb) =>
      eb.or([
        eb('public', '=', 1),
        eb('id', 'in', eb.selectFrom('filings').select('provider_id').where('filed_at', 'is not', null)),
      ]),
    );
}

/** The providers of the set by id, the first `limit` of them when given. */
export function providerHeads(db: Db, set: ProviderSet, limit?: number) {
  let q = db.selectFrom('providers').select(['id', 'name', 'capacity']).where('id', 'in', set).orderBy('id');
  if (limit) q = q.limit(limit);
  return q.execute();
}

/** Children enrolled on the day `last`, per provider. */
export function enrolledOn(db: Db, set: ProviderSet, last: string) {
  return db
    .selectFrom('children')
    .select(['provider_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('provider_id', 'in', set)
    .where('enrolled_on', '<=', last)
    .where((eb) => eb.or([eb('left_on', 'is', null), eb('left_on', '>', last)]))
    .groupBy('provider_id')
    .execute();
}

/** Child-days present between `first` and `last`: a child checked in (at least once) on a day. */
export function childDaysPresent(db: Db, set: ProviderSet, first: string, last: string) {
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('attendance')
        .select(['provider_id', 'subject_id', 'day'])
        .distinct()
        .where('provider_id', 'in', set)
        .where('subject', '=', 'child')
        .where('day', '>=', first)
        .where('day', '<=', last)
        .as('d'),
    )
    .select(['d.provider_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('d.provider_id')
    .execute();
}

/** Staff employed on the day `last`, per provider and role. */
export function staffOn(db: Db, set: ProviderSet, last: string) {
  return db
    .selectFrom('staff')
    .select(['provider_id', 'role', (eb) => eb.fn.countAll<number>().as('n')])
    .where('provider_id', 'in', set)
    .where('hired_on', '<=', last)
    .where((eb) => eb.or([eb('left_on', 'is', null), eb('left_on', '>', last)]))
    .groupBy(['provider_id', 'role'])
    .execute();
}

/** Ratio breaches that overlap the instants [startUtc, endUtc). */
export function breachesOverlapping(db: Db, set: ProviderSet, startUtc: string, endUtc: string) {
  return db
    .selectFrom('ratio_breaches')
    .select(['provider_id', 'started_at', 'ended_at'])
    .where('provider_id', 'in', set)
    .where('started_at', '<', endUtc)
    .where((eb) => eb.or([eb('ended_at', 'is', null), eb('ended_at', '>', startUtc)]))
    .execute();
}

/** Morning checks between `first` and `last` of children present that day, per provider. */
export function morningChecksOfPresent(db: Db, set: ProviderSet, first: string, last: string) {
  return db
    .selectFrom('health_checks as h')
    .select(['h.provider_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('h.provider_id', 'in', set)
    .where('h.session', '=', 'morning')
    .where('h.day', '>=', first)
    .where('h.day', '<=', last)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('attendance as a')
          .select(sql`1`.as('one'))
          .where('a.subject', '=', 'child')
          .whereRef('a.subject_id', '=', 'h.child_id')
          .whereRef('a.day', '=', 'h.day'),
      ),
    )
    .groupBy('h.provider_id')
    .execute();
}
