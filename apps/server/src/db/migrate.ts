/** Runs the append-only migrations in order; the same files on SQLite and PostgreSQL. */
import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { DbHandle } from './index';
import * as m001 from './migrations/2026112901_platform';
import * as m002 from './migrations/2026112902_reference';
import * as m003 from './migrations/2026112903_providers';
import * as m004 from './migrations/2026112904_search_and_summaries';
import * as m005 from './migrations/2026112905_operations';
import * as m006 from './migrations/2026112906_booking';
import * as m007 from './migrations/2026112907_reports';
import * as m008 from './migrations/2026112908_parent_notifications';
import * as m009 from './migrations/2026112909_supervision';
import * as m010 from './migrations/2026112910_complaints';
import * as m011 from './migrations/2026112911_incidents';
import * as m012 from './migrations/2026112912_credit';
import * as m013 from './migrations/2026112913_default_checklists';
import * as m014 from './migrations/2026120201_calendar';
import * as m015 from './migrations/2026120202_draw_commitment';
import * as m016 from './migrations/2026120203_login_throttle';
import * as m017 from './migrations/2026120204_files_and_jobs';
import * as m018 from './migrations/2026120301_child_health';
import * as m019 from './migrations/2026120401_joint_conference';
import * as m020 from './migrations/2026120501_jc_plan';
import * as m021 from './migrations/2026120502_jc_bulletins';
import * as m022 from './migrations/2026120503_jc_assessment';

const migrations: Record<string, Migration> = {
  '2026112901_platform': m001,
  '2026112902_reference': m002,
  '2026112903_providers': m003,
  '2026112904_search_and_summaries': m004,
  '2026112905_operations': m005,
  '2026112906_booking': m006,
  '2026112907_reports': m007,
  '2026112908_parent_notifications': m008,
  '2026112909_supervision': m009,
  '2026112910_complaints': m010,
  '2026112911_incidents': m011,
  '2026112912_credit': m012,
  '2026112913_default_checklists': m013,
  '2026120201_calendar': m014,
  '2026120202_draw_commitment': m015,
  '2026120203_login_throttle': m016,
  '2026120204_files_and_jobs': m017,
  '2026120301_child_health': m018,
  '2026120401_joint_conference': m019,
  '2026120501_jc_plan': m020,
  '2026120502_jc_bulletins': m021,
  '2026120503_jc_assessment': m022,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest({ db, pgSchema }: DbHandle): Promise<void> {
  // Kysely looks for its bookkeeping tables across all schemas unless told which one is ours.
  const migrator = new Migrator({ db, provider, ...(pgSchema ? { migrationTableSchema: pgSchema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}
