/** Today in the demo providers: the roll call, next week's hourly slots, a morning check a parent hears of. */
import { isPubliclyListed, maskMobile, minCarers } from '@tuoyu/domain';
import type { Insertable, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { trackBreach } from '../modules/attendance/service';
import type { AppContext } from '../platform/context';
import { encryptField } from '../platform/crypto';
import { beijingInstant, nowIso } from '../platform/time';
import type { DemoProvider } from './generate-providers';

/**
 * Today's roll call at a few providers: the carers and most children are in; at the first one
 * (the demo account `provider`) one carer of the first class is not, so the board shows a breach.
 */
export async function checkInToday(trx: Transaction<Database>, providerIds: number[], today: string) {
  const at = nowIso();
  for (const [n, providerId] of providerIds.entries()) {
    const classes = await trx
      .selectFrom('classes')
      .select(['id'])
      .where('provider_id', '=', providerId)
      .orderBy('id')
      .execute();
    const kids = await trx
      .selectFrom('children')
      .select(['id', 'class_id'])
      .where('provider_id', '=', providerId)
      .execute();
    const carers = await trx
      .selectFrom('staff')
      .select(['id'])
      .where('provider_id', '=', providerId)
      .where('role', '=', 'carer')
      .orderBy('id')
      .execute();
    const rows: Insertable<Database['attendance']>[] = [];
    let carer = 0;
    for (const [k, c] of classes.entries()) {
      const inClass = kids.filter((x) => x.class_id === c.id);
      const present = inClass.slice(0, Math.ceil(inClass.length * 0.9));
      for (const x of present)
        rows.push({
          provider_id: providerId,
          class_id: c.id,
          subject: 'child',
          subject_id: x.id,
          day: today,
          in_at: at,
          out_at: null,
        });
      const cls = await trx
        .selectFrom('classes')
        .select(['type'])
        .where('id', '=', c.id)
        .executeTakeFirstOrThrow();
      const need = minCarers(cls.type, present.length) - (n === 0 && k === 0 ? 1 : 0);
      for (let i = 0; i < need && carer < carers.length; i++) {
        rows.push({
          provider_id: providerId,
          class_id: c.id,
          subject: 'staff',
          subject_id: carers[carer++]?.id ?? 0,
          day: today,
          in_at: at,
          out_at: null,
        });
      }
    }
    if (rows.length) await trx.insertInto('attendance').values(rows).execute();
    for (const c of classes) await trackBreach(trx, { providerId, classId: c.id, day: today, at });
  }
}

/** Hourly-care slots for the next week at the first providers that offer hourly care. */
export async function publishDemoSlots(
  trx: Transaction<Database>,
  providers: DemoProvider[],
  ids: number[],
  today: string,
) {
  const hourly = providers
    .map((p, i) => ({ p, id: ids[i] }))
    .filter(
      ({ p, id }) => id !== undefined && isPubliclyListed(p.status) && p.serviceForms.includes('hourly'),
    )
    .slice(0, 5);
  const now = nowIso();
  const rows = [];
  for (const { p, id } of hourly) {
    for (let d = 1; d <= 7; d++) {
      const date = new Date(Date.parse(`${today}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10);
      for (const [start, end] of [
        ['09:00', '11:00'],
        ['14:30', '16:30'],
      ] as const) {
        rows.push({
          provider_id: id ?? 0,
          division_code: p.divisionCode,
          date,
          start_time: start,
          end_time: end,
          // Beijing wall-clock time as an instant (UTC+8, no daylight saving).
          starts_at: beijingInstant(date, start),
          places: 4,
          booked: 0,
          class_type: null,
          created_by: 0,
          created_at: now,
          withdrawn_at: null,
        });
      }
    }
  }
  if (rows.length) await trx.insertInto('slots').values(rows).execute();
}

/**
 * The demo parent (`parent`, 13804780010) is the guardian of a child at the first provider, whose
 * morning check today found a temperature: the parent sees it under 我的消息.
 */
export async function demoParentNotification(
  ctx: AppContext,
  trx: Transaction<Database>,
  providerId: number | undefined,
  today: string,
) {
  if (providerId === undefined) return;
  const parent = await trx
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'parent')
    .executeTakeFirst();
  const child = await trx
    .selectFrom('children')
    .select(['id', 'name', 'class_id', 'division_code'])
    .where('provider_id', '=', providerId)
    .orderBy('id')
    .executeTakeFirst();
  if (!child) return;
  const guardians = [{ name: '刘女士', relation: '母亲', mobile: '13804780010' }];
  await trx
    .updateTable('children')
    .set({
      guardians_enc: encryptField(ctx.keys, JSON.stringify(guardians)),
      guardians_masked: JSON.stringify(guardians.map((g) => ({ ...g, mobile: maskMobile(g.mobile) }))),
    })
    .where('id', '=', child.id)
    .execute();
  const at = nowIso();
  const note = '晨检体温 37.6℃，精神尚可，已电话告知家长，午检复查';
  await trx
    .insertInto('health_checks')
    .values({
      provider_id: providerId,
      child_id: child.id,
      class_id: child.class_id,
      division_code: child.division_code,
      day: today,
      session: 'morning',
      result: 'abnormal',
      note,
      checked_by: 0,
      created_at: at,
    })
    .execute();
  const notes = [null, parent?.id ?? null].map((userId) => ({
    user_id: userId,
    provider_id: providerId,
    child_id: child.id,
    kind: 'health_check.abnormal',
    title: `${child.name}晨检异常`,
    body: `${today} 晨检：${note}`,
    created_at: at,
    read_at: null,
  }));
  await trx.insertInto('notifications').values(notes).execute();
}
