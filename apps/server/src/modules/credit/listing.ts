/**
 * What the blacklist changes in the public listing: a blacklisted provider keeps its `public`
 * column (derived from its filing in providers/public-listing.ts, untouched) and its public page,
 * which shows the decision, but "find care" leaves it out, and it takes no applications or
 * bookings. These are those conditions.
 */
import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/schema';
import { ruleBroken } from '../../platform/errors';

/** SQL: the provider in `column` has no current (unremoved) blacklisting. */
export const notBlacklisted = (column: string): RawBuilder<SqlBool> =>
  sql<SqlBool>`not exists (select 1 from blacklist b where b.provider_id = ${sql.ref(column)} and b.removed_at is null)`;

/** Whether the provider is on the blacklist now. */
export async function isBlacklisted(db: Kysely<Database>, providerId: number): Promise<boolean> {
  const row = await db
    .selectFrom('blacklist')
    .select('id')
    .where('provider_id', '=', providerId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** A blacklisted provider takes no new applications or bookings (its page says why). */
export const blacklistedRefusal = () =>
  ruleBroken({
    zh: '该机构已被列入黑名单，暂停接受入托申请和预约。',
    en: 'This provider is on the blacklist and takes no applications or bookings.',
  });
