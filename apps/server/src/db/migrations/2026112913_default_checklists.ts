/**
 * The default checklists (issue 5 item 1), version 1 and active, so every database — production,
 * demo, tests — starts with templates built from standards.md. The city edits them later through
 * the API, which inserts new versions; this migration's rows are never changed in place.
 *
 * The templates come from @tuoyu/domain (DEFAULT_CHECKLISTS), the one place that cites the
 * standard of each item; a later change to those constants does not touch databases that already
 * ran this migration (the city's versions are the living copy).
 */
import { DEFAULT_CHECKLISTS } from '@tuoyu/domain';
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration writes the tables as they were then, not as db/schema.ts types them today (Kysely’s documented practice)
export async function up(db: Kysely<any>): Promise<void> {
  const now = new Date().toISOString();
  for (const t of DEFAULT_CHECKLISTS) {
    const row = await db
      .insertInto('checklists')
      .values({
        code: t.code,
        version: 1,
        name: t.name,
        status: 'active',
        created_by: null,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('checklist_items')
      .values(
        t.items.map((i, n) => ({
          checklist_id: row.id,
          seq: n + 1,
          category: i.category,
          risk: i.risk,
          text: i.text,
          legal_basis: i.legalBasis,
        })),
      )
      .execute();
  }
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore from a backup instead');
}
