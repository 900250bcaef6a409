/** Kysely only: the joint conference's members, meetings, agenda, attendance and minutes. */
import type { Insertable } from 'kysely';
import type { Db } from '../../db';
import type {
  JcMatterTable,
  JcMeetingTable,
  JcMemberProposalTable,
  JcMemberTable,
  JcMinutesTable,
} from '../../db/schema';

/** The member units' codes (河套学院 is named in the plan but not a member). */
export async function memberUnitCodes(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom('units').select('code').where('role', '!=', 'other').execute();
  return new Set(rows.map((r) => r.code));
}

export function members(db: Db, history: boolean) {
  let q = db.selectFrom('jc_members').selectAll();
  if (!history) q = q.where('to_on', 'is', null);
  return q.orderBy('unit_code').orderBy('position').orderBy('from_on', 'desc').execute();
}

export function proposals(db: Db, unit: string | null) {
  let q = db.selectFrom('jc_member_proposals').selectAll();
  if (unit) q = q.where('unit_code', '=', unit);
  return q.orderBy('id', 'desc').limit(200).execute();
}

export async function insertProposal(trx: Db, row: Insertable<JcMemberProposalTable>) {
  return (await trx.insertInto('jc_member_proposals').values(row).returning('id').executeTakeFirstOrThrow())
    .id;
}

export const proposal = (db: Db, id: number) =>
  db.selectFrom('jc_member_proposals').selectAll().where('id', '=', id).executeTakeFirst();

export async function decideProposal(
  trx: Db,
  id: number,
  d: { status: 'approved' | 'rejected'; reason: string | null; by: number; at: string },
) {
  const r = await trx
    .updateTable('jc_member_proposals')
    .set({ status: d.status, decision_reason: d.reason, decided_by: d.by, decided_at: d.at })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * The serving holder of the position ends the day before the new one starts: the unit's own, or
 * (`conferenceWide`, for the convener, deputy and director) whoever holds it in any unit.
 */
export async function replaceMember(
  trx: Db,
  row: Insertable<JcMemberTable>,
  endOn: string,
  conferenceWide = false,
) {
  let q = trx
    .updateTable('jc_members')
    .set({ to_on: endOn })
    .where('position', '=', row.position)
    .where('to_on', 'is', null);
  if (!conferenceWide) q = q.where('unit_code', '=', row.unit_code);
  await q.execute();
  return (await trx.insertInto('jc_members').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertMeeting(trx: Db, row: Insertable<JcMeetingTable>, unitCodes: string[]) {
  const { id } = await trx.insertInto('jc_meetings').values(row).returning('id').executeTakeFirstOrThrow();
  await trx
    .insertInto('jc_meeting_units')
    .values(unitCodes.map((unit_code) => ({ meeting_id: id, unit_code })))
    .execute();
  return id;
}

export function meetings(db: Db, year: number | undefined, unit: string | null) {
  let q = db
    .selectFrom('jc_meetings as m')
    .leftJoin('jc_minutes as n', 'n.meeting_id', 'm.id')
    .select(['m.id', 'm.kind', 'm.title', 'm.date', 'm.place', 'm.chair', 'm.status', 'n.number']);
  if (year) q = q.where('m.date', '>=', `${year}-01-01`).where('m.date', '<=', `${year}-12-31`);
  if (unit)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('jc_meeting_units as u')
          .select('u.meeting_id')
          .whereRef('u.meeting_id', '=', 'm.id')
          .where('u.unit_code', '=', unit),
      ),
    );
  return q.orderBy('m.date', 'desc').orderBy('m.id', 'desc').execute();
}

export const meeting = (db: Db, id: number) =>
  db.selectFrom('jc_meetings').selectAll().where('id', '=', id).executeTakeFirst();

export const meetingUnits = (db: Db, id: number) =>
  db.selectFrom('jc_meeting_units').selectAll().where('meeting_id', '=', id).orderBy('unit_code').execute();

export const agendaItems = (db: Db, id: number) =>
  db.selectFrom('jc_agenda_items').selectAll().where('meeting_id', '=', id).orderBy('id').execute();

export async function insertAgendaItem(
  trx: Db,
  row: {
    meeting_id: number;
    unit_code: string | null;
    title: string;
    detail: string | null;
    by: number;
    at: string;
  },
) {
  const r = await trx
    .insertInto('jc_agenda_items')
    .values({
      meeting_id: row.meeting_id,
      unit_code: row.unit_code,
      title: row.title,
      detail: row.detail,
      status: 'proposed',
      proposed_by: row.by,
      created_at: row.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** Accepts or declines an item still proposed (false: none such, or decided already). */
export async function decideAgendaItem(
  trx: Db,
  meetingId: number,
  itemId: number,
  status: 'accepted' | 'declined',
) {
  const r = await trx
    .updateTable('jc_agenda_items')
    .set({ status })
    .where('id', '=', itemId)
    .where('meeting_id', '=', meetingId)
    .where('status', '=', 'proposed')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setAttendance(
  trx: Db,
  meetingId: number,
  a: { unitCode: string; status: string; substitute: string | null; reason: string | null },
) {
  await trx
    .updateTable('jc_meeting_units')
    .set({
      attendance: a.status as 'attended' | 'substitute' | 'absent',
      substitute: a.substitute,
      reason: a.reason,
    })
    .where('meeting_id', '=', meetingId)
    .where('unit_code', '=', a.unitCode)
    .execute();
}

export const minutesOf = (db: Db, meetingId: number) =>
  db.selectFrom('jc_minutes').selectAll().where('meeting_id', '=', meetingId).executeTakeFirst();

/** The next number of the year's minutes (1 for the first). */
export async function nextMinutesSeq(trx: Db, year: number) {
  const r = await trx
    .selectFrom('jc_minutes')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('year', '=', year)
    .executeTakeFirst();
  return Number(r?.seq ?? 0) + 1;
}

export async function insertMinutes(trx: Db, row: Insertable<JcMinutesTable>) {
  return (await trx.insertInto('jc_minutes').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertMatter(trx: Db, row: Insertable<JcMatterTable>) {
  return (await trx.insertInto('jc_matters').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export const mattersOf = (db: Db, minutesId: number) =>
  db.selectFrom('jc_matters').selectAll().where('minutes_id', '=', minutesId).orderBy('id').execute();

export async function markHeld(trx: Db, meetingId: number) {
  await trx.updateTable('jc_meetings').set({ status: 'held' }).where('id', '=', meetingId).execute();
}

export async function unitShortNames(db: Db) {
  const rows = await db.selectFrom('units').select(['code', 'short_name']).orderBy('sort').execute();
  return new Map(rows.map((r) => [r.code, r.short_name]));
}
