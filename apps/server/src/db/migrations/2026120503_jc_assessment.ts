/**
 * The annual assessment (督查考核, plan 三(三); issue 12 item 7): one row per year (the weights the city
 * set, the computed snapshot's weights and when it was computed and published), the snapshot's rows
 * per county and unit (indicator figures as JSON), and the office's marks with their reasons.
 */
import type { Kysely } from 'kysely';
import { withId } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('jc_assessments')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('weights', 'text', (c) => c.notNull())
    .addColumn('computed_weights', 'text')
    .addColumn('as_of', 'varchar(10)')
    .addColumn('computed_at', 'varchar(32)')
    .addColumn('computed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('published_at', 'varchar(32)')
    .addColumn('published_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  // kind county | unit; code a county's division code or a unit's code; figures JSON per indicator.
  await db.schema
    .createTable('jc_assessment_rows')
    .addColumn('year', 'integer', (c) => c.notNull().references('jc_assessments.year'))
    .addColumn('kind', 'varchar(8)', (c) => c.notNull())
    .addColumn('code', 'varchar(32)', (c) => c.notNull())
    .addColumn('figures', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('jc_assessment_rows_pk', ['year', 'kind', 'code'])
    .execute();

  // Points in tenths (−100 … 100 in total per target), so both engines keep them exact.
  await withId(db, db.schema.createTable('jc_assessment_marks'))
    .addColumn('year', 'integer', (c) => c.notNull().references('jc_assessments.year'))
    .addColumn('kind', 'varchar(8)', (c) => c.notNull())
    .addColumn('code', 'varchar(32)', (c) => c.notNull())
    .addColumn('tenths', 'integer', (c) => c.notNull())
    .addColumn('reason', 'varchar(400)', (c) => c.notNull())
    .addColumn('by_user', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('jc_assessment_marks_target')
    .on('jc_assessment_marks')
    .columns(['year', 'kind', 'code'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('jc_assessment_marks').execute();
  await db.schema.dropTable('jc_assessment_rows').execute();
  await db.schema.dropTable('jc_assessments').execute();
}
