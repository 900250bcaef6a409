/**
 * What the blacklist changes in the public listing: a blacklisted provider keeps its `public`
 * column (derived from its filing in providers/public-listing.ts, untouched) and its public page,
 * which shows the decision, but "find care" leaves it out. This is that one condition.
 */
import { type RawBuilder, type SqlBool, sql } from 'kysely';

/** SQL: the provider in `column` has no current (unremoved) blacklisting. */
export const notBlacklisted = (column: string): RawBuilder<SqlBool> =>
  sql<SqlBool>`not exists (select 1 from blacklist b where b.provider_id = ${sql.ref(column)} and b.removed_at is null)`;
