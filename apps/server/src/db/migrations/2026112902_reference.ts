/**
 * Reference data (SPEC §3): the city, its 7 counties, 70 townships and 19 statistical units
 * (GB/T 2260, NBS 2023), the 2020 census population per county, and the joint conference's
 * 18 member units plus 河套学院 with their duties from annex 四. Sources are named in the JSON files.
 */
import type { Kysely } from 'kysely';
import divisions from '../reference/divisions.json' with { type: 'json' };
import populations from '../reference/populations.json' with { type: 'json' };
import units from '../reference/units.json' with { type: 'json' };

// biome-ignore lint/suspicious/noExplicitAny: a migration writes the tables as they were then, not as db/schema.ts types them today (Kysely’s documented practice)
export async function up(db: Kysely<any>): Promise<void> {
  const now = new Date().toISOString();
  // Parents before children (the JSON is ordered city, counties, townships) for the foreign key.
  for (const d of divisions.items) {
    await db
      .insertInto('divisions')
      .values({
        code: d.code,
        name: d.name,
        level: d.level,
        parent_code: d.parentCode,
        kind: d.kind,
        statistical_only: d.statisticalOnly ? 1 : 0,
        seat: d.seat,
        area_km2: d.areaKm2,
      })
      .execute();
  }
  await db
    .insertInto('populations')
    .values(
      populations.items.map((p) => ({
        division_code: p.divisionCode,
        year: p.year,
        residents: p.residents,
        source: p.source,
        updated_at: now,
      })),
    )
    .execute();
  await db
    .insertInto('units')
    .values(
      units.items.map((u) => ({
        code: u.code,
        name: u.name,
        short_name: u.shortName,
        local_name: u.localName,
        role: u.role,
        duties_clause: u.dutiesClause,
        duties: u.duties,
        sort: u.sort,
      })),
    )
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore from a backup instead');
}
