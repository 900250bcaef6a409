/**
 * Demo life inside the providers (演示数据): classes from each listed provider's filing, enrolled
 * children with valid synthetic ID numbers and encrypted details (the count the public vacancies
 * were generated with), their staff (staff.ts), one banned person, and today's roll call, hourly
 * slots and a parent's notice (today.ts).
 */
import {
  type ClassType,
  isPubliclyListed,
  makeResidentId,
  maskMobile,
  maskResidentId,
  minCarers,
} from '@tuoyu/domain';
import { type Insertable, sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { AppContext } from '../platform/context';
import { encryptField, lookupHash } from '../platform/crypto';
import { nowIso, todayInBeijing } from '../platform/time';
import type { DemoProvider } from './generate-providers';
import { rng } from './rng';
import { SURNAMES, staffRow } from './staff';
import { checkInToday, demoParentNotification, publishDemoSlots } from './today';

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
  const children: Insertable<Database['children']>[] = [];
  const staff: Insertable<Database['staff']>[] = [];
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
    const classes = rows.map((c) => ({ id: c.id, type: c.type, capacity: c.capacity }));
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
        });
      }
      // Planned carers, plus the head and a health worker; some exams and certificates near expiry.
      const carers = minCarers(c.type, c.capacity);
      for (let k = 0; k < carers; k++)
        staff.push(staffRow(ctx, r, providerId, p.divisionCode, 'carer', seq++, now, today));
    }
    staff.push(staffRow(ctx, r, providerId, p.divisionCode, 'head', seq++, now, today));
    staff.push(staffRow(ctx, r, providerId, p.divisionCode, 'health', seq++, now, today));
  }
  await chunks(children, (part) => trx.insertInto('children').values(part).execute());
  await chunks(staff, (part) => trx.insertInto('staff').values(part).execute());
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
