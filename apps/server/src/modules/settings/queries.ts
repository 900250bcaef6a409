/** Kysely only: the city's standards overrides, kept as JSON under one `meta` key. */
import type { Db } from '../../db';

export const STANDARDS_KEY = 'standards_settings';

/** The stored overrides as JSON text, or undefined when the city has set none. */
export async function readStandardsOverrides(db: Db): Promise<string | undefined> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', STANDARDS_KEY).executeTakeFirst();
  return row?.value;
}

export async function writeStandardsOverrides(trx: Db, value: string): Promise<void> {
  await trx
    .insertInto('meta')
    .values({ key: STANDARDS_KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
