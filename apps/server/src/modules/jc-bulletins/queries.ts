/** Kysely only: bulletins, their recipients' receipts, and the tasks and events the figures count. */
import type { JcBulletinStatus } from '@tuoyu/domain';
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db';
import type { JcBulletinTable } from '../../db/schema';

export interface BulletinFilter {
  year?: number | undefined;
  status?: JcBulletinStatus | undefined;
  /** A member unit sees the issued bulletins sent to it only. */
  unit: string | null;
}

function filtered(db: Db, f: BulletinFilter) {
  let q = db.selectFrom('jc_bulletins as b');
  if (f.year)
    q = q.where('b.period_to', '>=', `${f.year}-01-01`).where('b.period_from', '<=', `${f.year}-12-31`);
  if (f.status) q = q.where('b.status', '=', f.status);
  if (f.unit) {
    const unit = f.unit;
    q = q
      .where('b.status', '=', 'issued')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('jc_bulletin_units as r')
            .select('r.bulletin_id')
            .whereRef('r.bulletin_id', '=', 'b.id')
            .where('r.unit_code', '=', unit),
        ),
      );
  }
  return q;
}

export async function bulletinPage(db: Db, f: BulletinFilter, limit: number, offset: number) {
  const [rows, count] = await Promise.all([
    filtered(db, f)
      .selectAll('b')
      .orderBy('b.status')
      .orderBy('b.issued_on', 'desc')
      .orderBy('b.id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute(),
    filtered(db, f)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

export const bulletin = (db: Db, id: number) =>
  db.selectFrom('jc_bulletins').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertBulletin(trx: Db, row: Insertable<JcBulletinTable>) {
  return (await trx.insertInto('jc_bulletins').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Changes a bulletin only while it is in `from` (a concurrent issue wins: false). */
export async function updateBulletin(
  trx: Db,
  id: number,
  from: JcBulletinStatus,
  set: Updateable<JcBulletinTable>,
) {
  const r = await trx
    .updateTable('jc_bulletins')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function nextBulletinSeq(trx: Db, year: number) {
  const r = await trx
    .selectFrom('jc_bulletins')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('year', '=', year)
    .executeTakeFirst();
  return Number(r?.seq ?? 0) + 1;
}

export async function insertRecipients(trx: Db, bulletinId: number, units: string[]) {
  if (units.length)
    await trx
      .insertInto('jc_bulletin_units')
      .values(units.map((unit_code) => ({ bulletin_id: bulletinId, unit_code })))
      .execute();
}

/** Each bulletin's receipts: how many units signed, of how many. */
export async function receiptCounts(db: Db, ids: number[]) {
  const map = new Map<number, { acknowledged: number; recipients: number }>();
  if (!ids.length) return map;
  const rows = await db
    .selectFrom('jc_bulletin_units')
    .select((eb) => [
      'bulletin_id',
      eb.fn.countAll().as('recipients'),
      eb.fn.count('acknowledged_at').as('acknowledged'),
    ])
    .where('bulletin_id', 'in', ids)
    .groupBy('bulletin_id')
    .execute();
  for (const r of rows)
    map.set(r.bulletin_id, { acknowledged: Number(r.acknowledged), recipients: Number(r.recipients) });
  return map;
}

/** One unit's receipts of the bulletins. */
export async function unitReceipts(db: Db, ids: number[], unit: string) {
  if (!ids.length) return new Map<number, string | null>();
  const rows = await db
    .selectFrom('jc_bulletin_units')
    .select(['bulletin_id', 'acknowledged_at'])
    .where('bulletin_id', 'in', ids)
    .where('unit_code', '=', unit)
    .execute();
  return new Map(rows.map((r) => [r.bulletin_id, r.acknowledged_at]));
}

export const receipts = (db: Db, id: number) =>
  db
    .selectFrom('jc_bulletin_units as r')
    .innerJoin('units as u', 'u.code', 'r.unit_code')
    .leftJoin('users as s', 's.id', 'r.acknowledged_by')
    .select(['r.unit_code', 'u.short_name', 'r.acknowledged_at', 's.display_name'])
    .where('r.bulletin_id', '=', id)
    .orderBy('u.sort')
    .orderBy('r.unit_code')
    .execute();

/** Signs for the unit once (false: not a recipient, or already signed). */
export async function acknowledge(trx: Db, id: number, unit: string, by: number, at: string) {
  const r = await trx
    .updateTable('jc_bulletin_units')
    .set({ acknowledged_at: at, acknowledged_by: by })
    .where('bulletin_id', '=', id)
    .where('unit_code', '=', unit)
    .where('acknowledged_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const recipient = (db: Db, id: number, unit: string) =>
  db
    .selectFrom('jc_bulletin_units')
    .selectAll()
    .where('bulletin_id', '=', id)
    .where('unit_code', '=', unit)
    .executeTakeFirst();

/** The member units in their order (河套学院 is named in the plan but not a member). */
export const memberUnits = (db: Db) =>
  db
    .selectFrom('units')
    .select(['code', 'short_name'])
    .where('role', '!=', 'other')
    .orderBy('sort')
    .orderBy('code')
    .execute();

export const unitNames = async (db: Db) =>
  new Map(
    (await db.selectFrom('units').select(['code', 'short_name']).execute()).map((r) => [
      r.code,
      r.short_name,
    ]),
  );

/** The tasks agreed at meetings held in the period (交办 on the meeting's date). */
export const periodTasks = (db: Db, from: string, to: string) =>
  db
    .selectFrom('jc_tasks as t')
    .innerJoin('jc_matters as m', 'm.id', 't.matter_id')
    .innerJoin('jc_minutes as n', 'n.id', 'm.minutes_id')
    .innerJoin('jc_meetings as g', 'g.id', 'n.meeting_id')
    .select(['t.id', 't.lead_unit', 't.due_on'])
    .where('g.date', '>=', from)
    .where('g.date', '<=', to)
    .orderBy('t.id')
    .execute();

/** The steps the count reads, per task, in order. */
export async function countedEvents(db: Db, taskIds: number[]) {
  const rows = [];
  // Chunked: an IN list stays well under both engines' parameter limits.
  for (let i = 0; i < taskIds.length; i += 500)
    rows.push(
      ...(await db
        .selectFrom('jc_task_events')
        .select(['task_id', 'kind', 'at', 'approve', 'due_on'])
        .where('task_id', 'in', taskIds.slice(i, i + 500))
        .where('kind', 'in', ['extension', 'completion', 'decision'])
        .orderBy('task_id')
        .orderBy('at')
        .orderBy('id')
        .execute()),
    );
  return rows;
}

export function publicPage(db: Db, limit: number, offset: number) {
  const base = db.selectFrom('jc_bulletins').where('status', '=', 'issued').where('is_public', '=', 1);
  return Promise.all([
    base
      .select(['id', 'number', 'title', 'issued_on', 'public_summary'])
      .orderBy('issued_on', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
  ]);
}
