/**
 * Demo life inside the providers (演示数据): classes from each listed provider's filing, enrolled
 * children with valid synthetic ID numbers and encrypted details (the count the public vacancies
 * were generated with), staff with some certificates about to expire, one banned person, and
 * today's attendance at a few providers so the ratio board shows both met and breached classes.
 */
import {
  type ClassType,
  isPubliclyListed,
  makeResidentId,
  maskMobile,
  maskResidentId,
  minCarers,
} from '@tuoyu/domain';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { trackBreach } from '../modules/attendance/service';
import type { AppContext } from '../platform/context';
import { encryptField, lookupHash } from '../platform/crypto';
import { beijingInstant, nowIso, todayInBeijing } from '../platform/time';
import type { DemoProvider } from './generate-providers';
import { rng } from './generate-providers';

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '胡',
  '郭',
  '高',
  '林',
  '何',
];
const GIVEN = [
  '子涵',
  '梓萱',
  '一诺',
  '欣怡',
  '浩宇',
  '宇轩',
  '沐宸',
  '若汐',
  '思远',
  '嘉怡',
  '明轩',
  '语桐',
  '安然',
  '星辰',
];
/** Age in months at which a class type's children are generated. */
const AGE_RANGE: Record<ClassType, [number, number]> = {
  infant: [6, 11],
  toddler_young: [12, 23],
  toddler_older: [24, 35],
  mixed: [18, 35],
  family: [6, 35],
};

const CHUNK = 200;
async function chunks<T>(rows: T[], insert: (part: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** A birth date that makes the child exactly `months` whole months old today (plus `days`). */
function birthDateFor(months: number, days: number): string {
  const d = new Date(Date.now() + 8 * 3600_000);
  d.setUTCDate(Math.min(d.getUTCDate(), 28));
  d.setUTCMonth(d.getUTCMonth() - months);
  return new Date(d.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

const shiftDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function loadDemoOperations(
  ctx: AppContext,
  trx: Transaction<Database>,
  providers: DemoProvider[],
  ids: number[],
) {
  const r = rng(3600);
  const now = nowIso();
  const today = todayInBeijing();
  let seq = 0;
  const children: Database['children'][] = [];
  const staff: Database['staff'][] = [];
  const classIdsByProvider = new Map<number, { id: number; type: ClassType; capacity: number }[]>();

  for (const [i, p] of providers.entries()) {
    const providerId = ids[i];
    if (providerId === undefined || (!isPubliclyListed(p.status) && p.status !== 'suspended')) continue;
    const rows = await trx
      .insertInto('classes')
      .values(
        p.data.classes.map((c, k) => ({
          provider_id: providerId,
          type: c.type,
          name: c.name ?? `${k + 1}班`,
          capacity: c.capacity,
          room: null,
          created_at: now,
        })),
      )
      .returning(['id', 'type', 'capacity'])
      .execute();
    const classes = rows.map((c) => ({ id: c.id, type: c.type as ClassType, capacity: c.capacity }));
    classIdsByProvider.set(providerId, classes);
    // The generated enrolment, spread over the classes without exceeding any.
    let left = p.enrolled;
    for (const c of classes) {
      const n = Math.min(
        c.capacity,
        Math.ceil(
          (p.enrolled * c.capacity) /
            Math.max(
              1,
              p.data.classes.reduce((s, x) => s + x.capacity, 0),
            ),
        ),
        left,
      );
      left -= n;
      for (let k = 0; k < n; k++) {
        const [lo, hi] = AGE_RANGE[c.type];
        const birth = birthDateFor(r.int(lo, hi), r.int(0, 20));
        // Enrolled within the last three months, never before the age of six months.
        const enrolledOn = [shiftDays(today, -r.int(0, 90)), shiftDays(birth, 190)].sort()[1] ?? today;
        const residentId = makeResidentId(p.divisionCode, birth, seq++ % 1000);
        const mobile = `13${r.int(500000000, 999999999)}`;
        const guardians = [
          {
            name: `${r.pick(SURNAMES)}${r.pick(['建国', '丽', '伟', '芳', '强', '静'])}`,
            relation: r.pick(['父亲', '母亲', '祖母', '外祖母']),
            mobile,
          },
        ];
        children.push({
          provider_id: providerId,
          class_id: c.id,
          division_code: p.divisionCode,
          name: `${r.pick(SURNAMES)}${r.pick(GIVEN)}`,
          resident_id_enc: encryptField(ctx.keys, residentId),
          resident_id_hash: lookupHash(ctx.keys, residentId),
          resident_id_masked: maskResidentId(residentId),
          birth_date: birth,
          sex: Number(residentId[16]) % 2 === 1 ? 'male' : 'female',
          guardians_enc: encryptField(ctx.keys, JSON.stringify(guardians)),
          guardians_masked: JSON.stringify(guardians.map((g) => ({ ...g, mobile: maskMobile(g.mobile) }))),
          enrolled_on: [enrolledOn, today].sort()[0] ?? today,
          vaccination_up_to_date: 1,
          entry_exam_date: today,
          left_on: null,
          leave_reason: null,
          duplicate_flag: 0,
          created_at: now,
        } as never);
      }
      // Planned carers, plus the head and a health worker; some exams and certificates near expiry.
      const carers = minCarers(c.type, c.capacity);
      for (let k = 0; k < carers; k++)
        staff.push(staffRow(ctx, r, providerId, p.divisionCode, 'carer', seq++, now, today) as never);
    }
    staff.push(staffRow(ctx, r, providerId, p.divisionCode, 'head', seq++, now, today) as never);
    staff.push(staffRow(ctx, r, providerId, p.divisionCode, 'health', seq++, now, today) as never);
  }
  await chunks(children, (part) =>
    trx
      .insertInto('children')
      .values(part as never)
      .execute(),
  );
  await chunks(staff, (part) =>
    trx
      .insertInto('staff')
      .values(part as never)
      .execute(),
  );
  // Public vacancies count real children from here on.
  await trx
    .updateTable('providers')
    .set({
      enrolled: sql<number>`(select count(*) from children c where c.provider_id = providers.id and c.left_on is null)`,
    })
    .execute();
  await checkInToday(trx, [...classIdsByProvider.keys()].slice(0, 6), today);
  await publishDemoSlots(trx, providers, ids, today);
  await demoParentNotification(ctx, trx, ids[0], today);

  // One person banned for life (未成年人保护法 art. 62): hiring them anywhere is refused.
  const banned = makeResidentId('150802', '1983-04-12', 999);
  await trx
    .insertInto('bans')
    .values({
      resident_id_hash: lookupHash(ctx.keys, banned),
      resident_id_enc: encryptField(ctx.keys, banned),
      resident_id_masked: maskResidentId(banned),
      name: '刘某某',
      reason: '在托育机构工作期间殴打婴幼儿，经查证属实（演示数据）',
      legal_basis: '《中华人民共和国未成年人保护法》第六十二条',
      decided_on: '2025-09-18',
      division_code: '150802',
      created_by: 'demo',
      created_at: now,
    })
    .execute();
  return { children: children.length, staff: staff.length, bannedResidentId: banned, classIdsByProvider };
}

function staffRow(
  ctx: AppContext,
  r: ReturnType<typeof rng>,
  providerId: number,
  division: string,
  role: string,
  seq: number,
  now: string,
  today: string,
) {
  const residentId = makeResidentId(
    division,
    `19${r.int(70, 99)}-0${r.int(1, 9)}-1${r.int(0, 9)}`,
    seq % 1000,
  );
  const mobile = `13${r.int(500000000, 999999999)}`;
  // About one in eight has a health exam or certificate running out within the month.
  const soon = r.next() < 0.125;
  const examDate = new Date(Date.parse(`${today}T00:00:00Z`) - (soon ? 350 : r.int(10, 300)) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const certUntil = new Date(
    Date.parse(`${today}T00:00:00Z`) + (soon ? r.int(3, 25) : r.int(200, 1500)) * 86_400_000,
  )
    .toISOString()
    .slice(0, 10);
  return {
    provider_id: providerId,
    division_code: division,
    name: `${r.pick(SURNAMES)}${r.pick(['秀兰', '海燕', '丽娟', '晓红', '春梅', '建华', '玉珍'])}`,
    resident_id_enc: encryptField(ctx.keys, residentId),
    resident_id_hash: lookupHash(ctx.keys, residentId),
    resident_id_masked: maskResidentId(residentId),
    role,
    mobile_enc: encryptField(ctx.keys, mobile),
    mobile_masked: maskMobile(mobile),
    qualifications: JSON.stringify(
      role === 'carer'
        ? [{ type: '保育师证', number: `BY${seq}`, validUntil: certUntil }]
        : role === 'health'
          ? [{ type: '妇幼保健机构培训合格证', number: `FY${seq}`, validUntil: certUntil }]
          : [],
    ),
    health_exam_date: examDate,
    no_criminal_record_date: examDate,
    hired_on: '2024-03-01',
    left_on: null,
    created_at: now,
  };
}

/**
 * Today's roll call at a few providers: the carers and most children are in; at the first one
 * (the demo account `provider`) one carer of the first class is not, so the board shows a breach.
 */
async function checkInToday(trx: Transaction<Database>, providerIds: number[], today: string) {
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
    const rows: Database['attendance'][] = [];
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
        } as never);
      const cls = await trx
        .selectFrom('classes')
        .select(['type'])
        .where('id', '=', c.id)
        .executeTakeFirstOrThrow();
      const need = minCarers(cls.type as ClassType, present.length) - (n === 0 && k === 0 ? 1 : 0);
      for (let i = 0; i < need && carer < carers.length; i++) {
        rows.push({
          provider_id: providerId,
          class_id: c.id,
          subject: 'staff',
          subject_id: carers[carer++]?.id ?? 0,
          day: today,
          in_at: at,
          out_at: null,
        } as never);
      }
    }
    if (rows.length)
      await trx
        .insertInto('attendance')
        .values(rows as never)
        .execute();
    for (const c of classes) await trackBreach(trx, providerId, c.id, today, at);
  }
}

/** Hourly-care slots for the next week at the first providers that offer hourly care. */
async function publishDemoSlots(
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
  if (rows.length)
    await trx
      .insertInto('slots')
      .values(rows as never)
      .execute();
}

/**
 * The demo parent (`parent`, 13804780010) is the guardian of a child at the first provider, whose
 * morning check today found a temperature: the parent sees it under 我的消息.
 */
async function demoParentNotification(
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
    } as never)
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
  await trx
    .insertInto('notifications')
    .values(notes as never)
    .execute();
}
