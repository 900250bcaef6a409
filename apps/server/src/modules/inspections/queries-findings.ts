/**
 * Kysely only: the inspections' findings — reads and writes of an item's finding, a provider's open
 * rectifications, and the files (photos, evidence) a finding or a reply carries. Who may reach the
 * inspection is checked first, through queries.ts's visibility rule.
 */
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db';
import type { InspectionFindingTable } from '../../db/schema-supervision';

export const findingsOf = (db: Db, inspectionId: number) =>
  db
    .selectFrom('inspection_findings')
    .selectAll()
    .where('inspection_id', '=', inspectionId)
    .orderBy('id')
    .execute();

export const findingOf = (db: Db, inspectionId: number, findingId: number) =>
  db
    .selectFrom('inspection_findings')
    .selectAll()
    .where('id', '=', findingId)
    .where('inspection_id', '=', inspectionId)
    .executeTakeFirst();

/** Writes an item's finding, replacing the one recorded before. */
export async function upsertFinding(
  trx: Db,
  inspectionId: number,
  itemId: number,
  values: Pick<Insertable<InspectionFindingTable>, 'outcome' | 'note' | 'photo_file_ids' | 'deadline'>,
) {
  await trx
    .insertInto('inspection_findings')
    .values({ inspection_id: inspectionId, item_id: itemId, ...values })
    .onConflict((oc) => oc.columns(['inspection_id', 'item_id']).doUpdateSet(values))
    .execute();
}

/** Sets a finding's columns if it is still in `status` (whatever it is when not given). */
export async function updateFinding(
  trx: Db,
  id: number,
  set: Updateable<InspectionFindingTable>,
  status?: 'open' | 'rectified',
): Promise<boolean> {
  let q = trx.updateTable('inspection_findings').set(set).where('id', '=', id);
  if (status) q = q.where('status', '=', status);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** The provider's failed findings still open or awaiting verification, of submitted inspections. */
export const openRectifications = (db: Db, providerId: number) =>
  db
    .selectFrom('inspection_findings as f')
    .innerJoin('inspections as i', 'i.id', 'f.inspection_id')
    .innerJoin('checklist_items as c', 'c.id', 'f.item_id')
    .select([
      'i.id as inspection_id',
      'i.inspected_on',
      'i.result',
      'f.id',
      'c.text',
      'c.category',
      'f.note',
      'f.status',
      'f.deadline',
      'f.rejection',
      'f.reply',
      'f.replied_at',
    ])
    .where('i.provider_id', '=', providerId)
    .where('i.status', '!=', 'assigned')
    .where('f.status', 'in', ['open', 'rectified'])
    .orderBy('f.deadline')
    .orderBy('f.id')
    .execute();

export const fileNames = async (db: Db, ids: number[]) =>
  ids.length ? db.selectFrom('files').select(['id', 'name']).where('id', 'in', ids).execute() : [];

/** A file filed under the provider, or undefined. */
export const providerFile = (db: Db, fileId: number, providerId: number) =>
  db
    .selectFrom('files')
    .selectAll()
    .where('id', '=', fileId)
    .where('provider_id', '=', providerId)
    .executeTakeFirst();

/** Which of these files are filed under the provider (and, if given, uploaded by that inspection's inspectors). */
export function knownFiles(db: Db, ids: number[], providerId: number, inspectorsOfInspection?: number) {
  let q = db.selectFrom('files').select('id').where('id', 'in', ids).where('provider_id', '=', providerId);
  if (inspectorsOfInspection !== undefined)
    q = q.where(
      'owner_user_id',
      'in',
      db
        .selectFrom('inspection_inspectors')
        .select('user_id')
        .where('inspection_id', '=', inspectorsOfInspection),
    );
  return q.execute();
}
