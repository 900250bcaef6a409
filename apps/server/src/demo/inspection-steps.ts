/**
 * The steps demo/inspections.ts takes an inspection through, written straight into the tables: create,
 * record findings (with photos for failures), submit, the provider's reply, the inspector's verification.
 */
import {
  DEFAULT_SETTINGS,
  dayNumberToIsoDate,
  isoDateToDayNumber,
  publishDueDate,
  SHIPPED_CALENDAR,
} from '@tuoyu/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { todayInBeijing } from '../platform/time';
import { PHOTO_KEY } from './inspection-photo';

export type Trx = Transaction<Database>;
type Result = 'pass' | 'rectify' | 'fail';

export const day = (offset: number) => dayNumberToIsoDate(isoDateToDayNumber(todayInBeijing()) + offset);
/** 10:00 Beijing on a day `offset` days from today. */
export const at = (offset: number, hour = 10) =>
  `${day(offset)}T${String(hour - 8).padStart(2, '0')}:00:00.000Z`;

/** Failed items of the general checklist, by position, with what the inspectors wrote. */
const FAILURES = [
  {
    seq: 8,
    note: '监控录像仅保存 30 日，未达到 90 日要求',
    fix: '已更换 4TB 硬盘，录像保存期设为 90 日，附设置截图',
  },
  {
    seq: 21,
    note: '抽查 3 日食品留样，11 月 12 日午餐缺少留样记录',
    fix: '已补齐留样登记本，炊事员重新培训并签字',
  },
  {
    seq: 23,
    note: '二楼东侧安全出口堆放杂物，疏散通道宽度不足',
    fix: '杂物已清理，安全出口保持畅通，附现场照片',
  },
  { seq: 10, note: '户外活动区滑梯护栏螺丝松动', fix: '已由厂家检修加固并出具检修单' },
  { seq: 17, note: '11 月消毒记录缺 5 日', fix: '已补录并明确保健员每日签字' },
] as const;

export interface Ctx {
  trx: Trx;
  checklistId: number;
  items: { id: number; seq: number }[];
  linhe: number;
  photoSize: number;
}
/** A file row for the demo photo, filed under the inspected provider. */
async function photoRow(c: Ctx, inspectionId: number, owner: number | null, name: string) {
  const i = await c.trx
    .selectFrom('inspections')
    .select(['provider_id', 'division_code'])
    .where('id', '=', inspectionId)
    .executeTakeFirstOrThrow();
  const r = await c.trx
    .insertInto('files')
    .values({
      name,
      mime: 'image/png',
      size: c.photoSize,
      sha256: 'demo',
      storage_key: PHOTO_KEY,
      owner_user_id: owner ?? 0,
      provider_id: i.provider_id,
      division_code: i.division_code,
      created_at: at(-1),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function userId(trx: Trx, username: string) {
  const u = await trx
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return u.id;
}

export async function createInspection(
  c: Ctx,
  o: {
    providerId: number;
    kind: 'campaign' | 'follow_up';
    inspectors: number[];
    dueBy: string;
    createdAt: string;
  },
) {
  const provider = await c.trx
    .selectFrom('providers')
    .select('division_code')
    .where('id', '=', o.providerId)
    .executeTakeFirstOrThrow();
  const row = await c.trx
    .insertInto('inspections')
    .values({
      plan_id: null,
      provider_id: o.providerId,
      division_code: provider.division_code,
      checklist_id: c.checklistId,
      kind: o.kind,
      status: 'assigned',
      due_by: o.dueBy,
      result: null,
      summary: null,
      inspected_on: null,
      submitted_at: null,
      submitted_by: null,
      publish_due: null,
      published_at: null,
      complaint_id: null,
      created_by: c.linhe,
      created_at: o.createdAt,
      closed_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await c.trx
    .insertInto('inspection_inspectors')
    .values(o.inspectors.map((user_id) => ({ inspection_id: row.id, user_id })))
    .execute();
  return row.id;
}

/** Findings for the first `count` items (all when absent): the listed failures fail, a few are n/a. */
export async function recordFindings(
  c: Ctx,
  inspectionId: number,
  failSeqs: number[],
  count = c.items.length,
) {
  for (const item of c.items.slice(0, count)) {
    const failure = failSeqs.includes(item.seq) ? FAILURES.find((f) => f.seq === item.seq) : undefined;
    await c.trx
      .insertInto('inspection_findings')
      .values({
        inspection_id: inspectionId,
        item_id: item.id,
        // Items 5 (infants under 6 months) and 20 (food licence) do not apply to every provider.
        outcome: failure ? 'fail' : item.seq === 5 ? 'na' : 'pass',
        note: failure?.note ?? null,
        photo_file_ids: JSON.stringify(
          failure
            ? [
                await photoRow(
                  c,
                  inspectionId,
                  (await inspectorsOf(c, inspectionId))[0] ?? null,
                  `现场照片-${item.seq}.png`,
                ),
              ]
            : [],
        ),
      })
      .execute();
  }
}

export async function submit(
  c: Ctx,
  id: number,
  o: {
    inspectedOn: number;
    result: Result;
    by: number;
    publishedOn?: number;
    closed: boolean;
    deadline?: number;
  },
) {
  const inspectedOn = day(o.inspectedOn);
  const publishedAt = at(o.publishedOn ?? o.inspectedOn, 17);
  await c.trx
    .updateTable('inspections')
    .set({
      status: o.closed ? 'closed' : 'submitted',
      result: o.result,
      summary:
        o.result === 'pass'
          ? '各项检查合格。'
          : '现场检查发现问题，已下达限期整改通知，逾期未整改将依法处理。',
      inspected_on: inspectedOn,
      submitted_at: publishedAt,
      submitted_by: o.by,
      publish_due: publishDueDate(inspectedOn, DEFAULT_SETTINGS.publishResultWorkingDays, SHIPPED_CALENDAR),
      published_at: publishedAt,
      closed_at: o.closed && o.result === 'pass' ? publishedAt : null,
    })
    .where('id', '=', id)
    .execute();
  if (o.result !== 'pass')
    await c.trx
      .updateTable('inspection_findings')
      .set({ status: 'open', deadline: day(o.deadline ?? o.inspectedOn + 15) })
      .where('inspection_id', '=', id)
      .where('outcome', '=', 'fail')
      .execute();
}

export async function failedFindings(c: Ctx, id: number) {
  return c.trx
    .selectFrom('inspection_findings as f')
    .innerJoin('checklist_items as i', 'i.id', 'f.item_id')
    .select(['f.id', 'i.seq'])
    .where('f.inspection_id', '=', id)
    .where('f.outcome', '=', 'fail')
    .orderBy('i.seq')
    .execute();
}

export async function managerOf(c: Ctx, inspectionId: number) {
  const r = await c.trx
    .selectFrom('inspections as i')
    .innerJoin('providers as p', 'p.id', 'i.provider_id')
    .select('p.manager_user_id')
    .where('i.id', '=', inspectionId)
    .executeTakeFirstOrThrow();
  return r.manager_user_id;
}

export async function reply(c: Ctx, findingId: number, seq: number, by: number | null, on: number) {
  const f = await c.trx
    .selectFrom('inspection_findings')
    .select('inspection_id')
    .where('id', '=', findingId)
    .executeTakeFirstOrThrow();
  await c.trx
    .updateTable('inspection_findings')
    .set({
      status: 'rectified',
      reply_file_ids: JSON.stringify([await photoRow(c, f.inspection_id, by, `整改后照片-${seq}.png`)]),
      reply: FAILURES.find((f) => f.seq === seq)?.fix ?? '已整改',
      replied_at: at(on, 15),
      replied_by: by,
    })
    .where('id', '=', findingId)
    .execute();
}

export async function verify(c: Ctx, findingId: number, by: number, on: number) {
  await c.trx
    .updateTable('inspection_findings')
    .set({ status: 'verified', verified_at: at(on, 11), verified_by: by })
    .where('id', '=', findingId)
    .execute();
}

export async function inspectorsOf(c: Ctx, id: number) {
  const rows = await c.trx
    .selectFrom('inspection_inspectors')
    .select('user_id')
    .where('inspection_id', '=', id)
    .orderBy('user_id')
    .execute();
  return rows.map((r) => r.user_id);
}
