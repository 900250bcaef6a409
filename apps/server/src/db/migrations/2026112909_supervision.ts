/**
 * Supervision (SPEC C5; plan (四)2, (四)5): checklists kept by the city, inspectors' declared
 * conflicts, "双随机、一公开" inspection plans with their published seed and frozen inputs, and the
 * inspections (random or not) with a finding per checklist item and its rectification.
 *
 * Checklists are versioned by rows: an edit inserts a new version and retires the old one, so an
 * inspection keeps the exact items it used (`inspections.checklist_id` names the version).
 *
 * A plan's draw inputs (candidates per stratum, the inspector pool, the declared conflicts) are
 * frozen as JSON when the plan is published with its seed, and the outcome is frozen when drawn:
 * the public record is exactly these columns, so anyone can recompute it later.
 */
import type { Kysely } from 'kysely';
import { withId } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('checklists'))
    // Stable across versions (e.g. "general"); (code, version) is unique.
    .addColumn('code', 'varchar(32)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    // active | retired: one active version per code.
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('checklists_code_version')
    .on('checklists')
    .columns(['code', 'version'])
    .unique()
    .execute();

  await withId(db, db.schema.createTable('checklist_items'))
    .addColumn('checklist_id', 'integer', (c) => c.notNull().references('checklists.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    // safety | fire | health | food | care | management
    .addColumn('category', 'varchar(16)', (c) => c.notNull())
    // high | medium | low
    .addColumn('risk', 'varchar(8)', (c) => c.notNull())
    .addColumn('text', 'varchar(500)', (c) => c.notNull())
    .addColumn('legal_basis', 'varchar(300)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('checklist_items_list')
    .on('checklist_items')
    .columns(['checklist_id', 'seq'])
    .unique()
    .execute();

  await withId(db, db.schema.createTable('inspector_conflicts'))
    .addColumn('inspector_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('provider_id', 'integer', (c) => c.notNull().references('providers.id'))
    .addColumn('reason', 'varchar(300)', (c) => c.notNull())
    .addColumn('declared_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('withdrawn_at', 'varchar(32)')
    .execute();
  await db.schema
    .createIndex('inspector_conflicts_inspector')
    .on('inspector_conflicts')
    .columns(['inspector_id', 'provider_id'])
    .execute();

  await withId(db, db.schema.createTable('inspection_plans'))
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('division_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('checklist_id', 'integer', (c) => c.notNull().references('checklists.id'))
    .addColumn('per_check', 'integer', (c) => c.notNull())
    .addColumn('due_by', 'varchar(10)', (c) => c.notNull())
    // Lowercase hex, ≥ 128 bits from the operating system's CSPRNG; public from publication on.
    .addColumn('seed', 'varchar(128)', (c) => c.notNull())
    // Frozen at publication: [{name, rate, candidates: [providerId…]}], [inspectorId…],
    // [{inspectorId, providerId}].
    .addColumn('strata_json', 'text', (c) => c.notNull())
    .addColumn('inspectors_json', 'text', (c) => c.notNull())
    .addColumn('conflicts_json', 'text', (c) => c.notNull())
    .addColumn('published_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('published_at', 'varchar(32)', (c) => c.notNull())
    // Frozen at the draw: [{providerId, inspectorIds}] in the rule's order.
    .addColumn('selected_json', 'text')
    .addColumn('drawn_by', 'integer')
    .addColumn('drawn_at', 'varchar(32)')
    .execute();
  await db.schema
    .createIndex('inspection_plans_division')
    .on('inspection_plans')
    .columns(['division_code', 'id'])
    .execute();

  await withId(db, db.schema.createTable('inspections'))
    // null for inspections outside a draw (complaint-driven, special campaigns, follow-ups).
    .addColumn('plan_id', 'integer', (c) => c.references('inspection_plans.id'))
    .addColumn('provider_id', 'integer', (c) => c.notNull().references('providers.id'))
    .addColumn('division_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('checklist_id', 'integer', (c) => c.notNull().references('checklists.id'))
    // random | complaint | campaign | follow_up
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    // assigned | submitted | closed
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('due_by', 'varchar(10)')
    // pass (合格) | rectify (限期整改) | fail (不合格); null until submitted.
    .addColumn('result', 'varchar(16)')
    .addColumn('summary', 'varchar(1000)')
    .addColumn('inspected_on', 'varchar(10)')
    .addColumn('submitted_at', 'varchar(32)')
    .addColumn('submitted_by', 'integer')
    // Beijing date by which the result must be public (working days after the inspection).
    .addColumn('publish_due', 'varchar(10)')
    .addColumn('published_at', 'varchar(32)')
    .addColumn('complaint_id', 'integer')
    .addColumn('created_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('closed_at', 'varchar(32)')
    .execute();
  await db.schema
    .createIndex('inspections_provider')
    .on('inspections')
    .columns(['provider_id', 'id'])
    .execute();
  await db.schema
    .createIndex('inspections_division')
    .on('inspections')
    .columns(['division_code', 'id'])
    .execute();
  await db.schema.createIndex('inspections_plan').on('inspections').columns(['plan_id']).execute();

  await db.schema
    .createTable('inspection_inspectors')
    .addColumn('inspection_id', 'integer', (c) => c.notNull().references('inspections.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('inspection_inspectors_pk', ['inspection_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('inspection_inspectors_user')
    .on('inspection_inspectors')
    .columns(['user_id'])
    .execute();

  await withId(db, db.schema.createTable('inspection_findings'))
    .addColumn('inspection_id', 'integer', (c) => c.notNull().references('inspections.id'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('checklist_items.id'))
    // pass | fail | na
    .addColumn('outcome', 'varchar(8)', (c) => c.notNull())
    .addColumn('note', 'varchar(1000)')
    // JSON array of file ids (files module), photos taken on the spot.
    .addColumn('photo_file_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    // Failed items only: open → rectified (provider replied) → verified (inspector accepted).
    .addColumn('status', 'varchar(16)')
    .addColumn('deadline', 'varchar(10)')
    .addColumn('reply', 'varchar(1000)')
    .addColumn('reply_file_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('replied_at', 'varchar(32)')
    .addColumn('replied_by', 'integer')
    .addColumn('verified_at', 'varchar(32)')
    .addColumn('verified_by', 'integer')
    // When the inspector sends a reply back (not fixed yet): why, and the finding is open again.
    .addColumn('rejection', 'varchar(500)')
    .execute();
  await db.schema
    .createIndex('inspection_findings_item')
    .on('inspection_findings')
    .columns(['inspection_id', 'item_id'])
    .unique()
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore from a backup instead');
}
