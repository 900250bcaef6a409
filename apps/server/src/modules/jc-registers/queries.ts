/** Kysely only: the expert committee and the industry association's member providers. */
import type { JcAssociationRole, JcExpertField } from '@tuoyu/domain';
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db';
import type { JcAssociationMemberTable, JcExpertTable } from '../../db/schema';

export interface ExpertFilter {
  field?: JcExpertField | undefined;
  active?: boolean | undefined;
}

function experts(db: Db, f: ExpertFilter) {
  let q = db.selectFrom('jc_experts');
  if (f.field) q = q.where('field', '=', f.field);
  if (f.active !== undefined) q = q.where('active', '=', f.active ? 1 : 0);
  return q;
}

export async function expertPage(db: Db, f: ExpertFilter, limit: number, offset: number) {
  const [rows, count] = await Promise.all([
    experts(db, f)
      .select([
        'id',
        'name',
        'field',
        'employer',
        'title',
        'mobile_masked',
        'appointed_from',
        'appointed_to',
        'active',
      ])
      .orderBy('active', 'desc')
      .orderBy('field')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute(),
    experts(db, f)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

export const expert = (db: Db, id: number) =>
  db.selectFrom('jc_experts').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertExpert(trx: Db, row: Insertable<JcExpertTable>) {
  return (await trx.insertInto('jc_experts').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateExpert(trx: Db, id: number, set: Updateable<JcExpertTable>) {
  await trx.updateTable('jc_experts').set(set).where('id', '=', id).execute();
}

export interface MemberFilter {
  role?: JcAssociationRole | undefined;
  active?: boolean | undefined;
}

function members(db: Db, f: MemberFilter) {
  let q = db.selectFrom('jc_association_members as a').innerJoin('providers as p', 'p.id', 'a.provider_id');
  if (f.role) q = q.where('a.role', '=', f.role);
  if (f.active !== undefined) q = q.where('a.active', '=', f.active ? 1 : 0);
  return q;
}

export async function memberPage(db: Db, f: MemberFilter, limit: number, offset: number) {
  const [rows, count] = await Promise.all([
    members(db, f)
      .select(['a.id', 'a.provider_id', 'p.name', 'p.division_code', 'a.joined_on', 'a.role', 'a.active'])
      .orderBy('a.active', 'desc')
      .orderBy('a.joined_on')
      .orderBy('a.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    members(db, f)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

export const member = (db: Db, id: number) =>
  db.selectFrom('jc_association_members').selectAll().where('id', '=', id).executeTakeFirst();

export const memberOfProvider = (db: Db, providerId: number) =>
  db
    .selectFrom('jc_association_members')
    .select('id')
    .where('provider_id', '=', providerId)
    .executeTakeFirst();

export const provider = (db: Db, id: number) =>
  db.selectFrom('providers').select(['id', 'name']).where('id', '=', id).executeTakeFirst();

export async function insertMember(trx: Db, row: Insertable<JcAssociationMemberTable>) {
  return (
    await trx.insertInto('jc_association_members').values(row).returning('id').executeTakeFirstOrThrow()
  ).id;
}

export async function updateMember(trx: Db, id: number, set: Updateable<JcAssociationMemberTable>) {
  await trx.updateTable('jc_association_members').set(set).where('id', '=', id).execute();
}
