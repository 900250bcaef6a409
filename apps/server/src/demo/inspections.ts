/**
 * Demo inspections (issue 5 item 8): the inspections of 临河区's draw (demo/plans.ts) taken through
 * every state — still assigned (one half recorded), passed, open rectification orders (one past its
 * deadline), a reply awaiting verification, closed with verified fixes (one published late) — and
 * for the demo provider (id 1, account `provider`) an inspection with an open failed item to reply
 * to and an older one whose fixes are verified and shown on /providers/1. Deterministic: states
 * follow the inspections' order, dates count back from today. When no draw exists, campaign
 * inspections stand in for it.
 */

import { deflateSync } from 'node:zlib';
import {
  DEFAULT_SETTINGS,
  dayNumberToIsoDate,
  isoDateToDayNumber,
  publishDueDate,
  SHIPPED_CALENDAR,
} from '@tuoyu/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { writeContent } from '../modules/files/content';
import type { AppContext } from '../platform/context';
import { todayInBeijing } from '../platform/time';

type Trx = Transaction<Database>;
type Result = 'pass' | 'rectify' | 'fail';

const day = (offset: number) => dayNumberToIsoDate(isoDateToDayNumber(todayInBeijing()) + offset);
/** 10:00 Beijing on a day `offset` days from today. */
const at = (offset: number, hour = 10) => `${day(offset)}T${String(hour - 8).padStart(2, '0')}:00:00.000Z`;

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

interface Ctx {
  trx: Trx;
  checklistId: number;
  items: { id: number; seq: number }[];
  linhe: number;
  photoSize: number;
}

/** CRC-32 of PNG chunks (ISO 3309), table-driven. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A stand-in "site photo" drawn here (a wall, a doorway and a floor line, 320×240 RGB PNG), so the
 * demo ships no image file and still shows photos on findings and replies.
 */
export function demoPhoto(): Buffer {
  const [w, h] = [320, 240];
  const rows: Buffer[] = [];
  for (let y = 0; y < h; y++) {
    const row = Buffer.alloc(1 + w * 3);
    for (let x = 0; x < w; x++) {
      const door = x > 120 && x < 200 && y > 50 && y < 200;
      const floor = y >= 200;
      const rgb = door
        ? [96, 125, 139]
        : floor
          ? [161, 136, 127]
          : [236 - (y >> 3), 230 - (y >> 3), 214 - (y >> 3)];
      row.set(rgb, 1 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const PHOTO_KEY = 'demo-inspection-photo';

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

async function userId(trx: Trx, username: string) {
  const u = await trx
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return u.id;
}

async function createInspection(
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
async function recordFindings(c: Ctx, inspectionId: number, failSeqs: number[], count = c.items.length) {
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

async function submit(
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

async function failedFindings(c: Ctx, id: number) {
  return c.trx
    .selectFrom('inspection_findings as f')
    .innerJoin('checklist_items as i', 'i.id', 'f.item_id')
    .select(['f.id', 'i.seq'])
    .where('f.inspection_id', '=', id)
    .where('f.outcome', '=', 'fail')
    .orderBy('i.seq')
    .execute();
}

async function managerOf(c: Ctx, inspectionId: number) {
  const r = await c.trx
    .selectFrom('inspections as i')
    .innerJoin('providers as p', 'p.id', 'i.provider_id')
    .select('p.manager_user_id')
    .where('i.id', '=', inspectionId)
    .executeTakeFirstOrThrow();
  return r.manager_user_id;
}

async function reply(c: Ctx, findingId: number, seq: number, by: number | null, on: number) {
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

async function verify(c: Ctx, findingId: number, by: number, on: number) {
  await c.trx
    .updateTable('inspection_findings')
    .set({ status: 'verified', verified_at: at(on, 11), verified_by: by })
    .where('id', '=', findingId)
    .execute();
}

async function inspectorsOf(c: Ctx, id: number) {
  const rows = await c.trx
    .selectFrom('inspection_inspectors')
    .select('user_id')
    .where('inspection_id', '=', id)
    .orderBy('user_id')
    .execute();
  return rows.map((r) => r.user_id);
}

/**
 * Takes one assigned inspection to a state: 0 assigned, 1 passed, 2 open orders, 3 awaiting
 * verification, 4 closed (published late), 5 closed (in time).
 */
async function toState(c: Ctx, id: number, state: number) {
  const [lead = c.linhe] = await inspectorsOf(c, id);
  const manager = await managerOf(c, id);
  switch (state) {
    case 0: // Still assigned, half recorded on the inspector's phone.
      await recordFindings(c, id, [23], 12);
      return;
    case 1: // Passed and closed.
      await recordFindings(c, id, []);
      await submit(c, id, { inspectedOn: -12, result: 'pass', by: lead, closed: true });
      return;
    case 2: {
      // Open orders, one of them past its deadline.
      await recordFindings(c, id, [8, 21]);
      await submit(c, id, {
        inspectedOn: -20,
        result: 'rectify',
        by: lead,
        closed: false,
        deadline: -20 + 25,
      });
      const [first] = await failedFindings(c, id);
      if (first)
        await c.trx
          .updateTable('inspection_findings')
          .set({ deadline: day(-3) })
          .where('id', '=', first.id)
          .execute();
      return;
    }
    case 3: {
      // The provider replied; the inspector has yet to verify.
      await recordFindings(c, id, [23, 10]);
      await submit(c, id, {
        inspectedOn: -15,
        result: 'rectify',
        by: lead,
        closed: false,
        deadline: -15 + 20,
      });
      for (const f of await failedFindings(c, id)) await reply(c, f.id, f.seq, manager, -4);
      return;
    }
    default: {
      // Closed with verified fixes; the draw's one was published two days after its deadline.
      await recordFindings(c, id, state === 5 ? [23, 8] : [17]);
      const inspectedOn = -45;
      const due = publishDueDate(
        day(inspectedOn),
        DEFAULT_SETTINGS.publishResultWorkingDays,
        SHIPPED_CALENDAR,
      );
      const publishedOn =
        state === 5 ? inspectedOn + 1 : isoDateToDayNumber(due) - isoDateToDayNumber(todayInBeijing()) + 2;
      await submit(c, id, {
        inspectedOn,
        result: 'rectify',
        by: lead,
        closed: false,
        publishedOn,
        deadline: inspectedOn + 20,
      });
      for (const f of await failedFindings(c, id)) {
        await reply(c, f.id, f.seq, manager, publishedOn + 3);
        await verify(c, f.id, lead, publishedOn + 5);
      }
      await c.trx
        .updateTable('inspections')
        .set({ status: 'closed', closed_at: at(publishedOn + 5, 11) })
        .where('id', '=', id)
        .execute();
    }
  }
}

export async function loadDemoInspections(_ctx: AppContext, trx: Trx): Promise<void> {
  const checklist = await trx
    .selectFrom('checklists')
    .select('id')
    .where('code', '=', 'general')
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!checklist) return;
  const items = await trx
    .selectFrom('checklist_items')
    .select(['id', 'seq'])
    .where('checklist_id', '=', checklist.id)
    .orderBy('seq')
    .execute();
  const photo = demoPhoto();
  await writeContent(trx, PHOTO_KEY, photo);
  const c: Ctx = {
    trx,
    checklistId: checklist.id,
    items,
    linhe: await userId(trx, 'linhe'),
    photoSize: photo.length,
  };
  const [insp1, insp2, insp3, insp4] = await Promise.all(
    ['linhe-insp1', 'linhe-insp2', 'linhe-insp3', 'linhe-insp4'].map((u) => userId(trx, u)),
  );

  // The draw's inspections, in order; campaign inspections stand in when there are fewer than five.
  const drawn = await trx
    .selectFrom('inspections')
    .select(['id', 'provider_id'])
    .where('division_code', '=', '150802')
    .where('kind', '=', 'random')
    .where('status', '=', 'assigned')
    .orderBy('id')
    .execute();
  const slots = drawn.map((d) => d.id);
  if (slots.length < 5) {
    const taken = new Set([1, ...drawn.map((d) => d.provider_id)]);
    const others = await trx
      .selectFrom('filings')
      .select('provider_id')
      .where('division_code', '=', '150802')
      .where('filing_number', 'is not', null)
      .orderBy('provider_id')
      .execute();
    for (const o of others) {
      if (slots.length >= 5) break;
      if (taken.has(o.provider_id)) continue;
      taken.add(o.provider_id);
      slots.push(
        await createInspection(c, {
          providerId: o.provider_id,
          kind: 'campaign',
          inspectors: [insp1 ?? 0, insp3 ?? 0],
          dueBy: day(20),
          createdAt: at(-60),
        }),
      );
    }
  }
  // The first stays assigned (being recorded); the rest cycle through the other states.
  for (const [n, id] of slots.entries()) await toState(c, id, n === 0 ? 0 : ((n - 1) % 4) + 1);

  // The demo provider: an older campaign with its fixes verified, and a recent one still open.
  const older = await createInspection(c, {
    providerId: 1,
    kind: 'campaign',
    inspectors: [insp1 ?? 0, insp3 ?? 0],
    dueBy: day(-40),
    createdAt: at(-80),
  });
  await toState(c, older, 5);
  const recent = await createInspection(c, {
    providerId: 1,
    kind: 'follow_up',
    inspectors: [insp2 ?? 0, insp4 ?? 0],
    dueBy: day(-5),
    createdAt: at(-20),
  });
  await recordFindings(c, recent, [21, 23]);
  await submit(c, recent, {
    inspectedOn: -6,
    result: 'rectify',
    by: insp2 ?? 0,
    closed: false,
    deadline: 14,
  });
  // An assigned inspection for linhe-insp1 to record on a phone (beside whatever the draw gave), at
  // a provider in 解放街道 so the township officer (linhe-jiefang) follows one too.
  const filed = (township: boolean) => {
    let q = trx
      .selectFrom('filings as f')
      .innerJoin('providers as p', 'p.id', 'f.provider_id')
      .select('f.provider_id')
      .where('f.division_code', '=', '150802')
      .where('f.filing_number', 'is not', null)
      .where('f.provider_id', '!=', 1);
    if (township) q = q.where('p.township_code', '=', '150802004');
    return q.orderBy('f.provider_id', 'desc').executeTakeFirst();
  };
  const more = (await filed(true)) ?? (await filed(false));
  if (more)
    await createInspection(c, {
      providerId: more.provider_id,
      kind: 'campaign',
      inspectors: [insp1 ?? 0, insp4 ?? 0],
      dueBy: day(12),
      createdAt: at(-3),
    });
}

/**
 * Last year's clean campaign inspections of the providers filed for more than a year in 临河区 and
 * 五原县: passed and closed, so those providers have the long clean record of the low risk tier.
 * Loaded before the plans, whose strata are frozen from the risk tiers at publication.
 */
export async function loadDemoInspectionHistory(_ctx: AppContext, trx: Trx): Promise<void> {
  const checklist = await trx
    .selectFrom('checklists')
    .select('id')
    .where('code', '=', 'general')
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!checklist) return;
  const items = await trx
    .selectFrom('checklist_items')
    .select(['id', 'seq'])
    .where('checklist_id', '=', checklist.id)
    .orderBy('seq')
    .execute();
  const c: Ctx = { trx, checklistId: checklist.id, items, linhe: await userId(trx, 'linhe'), photoSize: 0 };
  const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString();
  const longFiled = await trx
    .selectFrom('filings')
    .select(['provider_id', 'division_code'])
    .where('division_code', 'in', ['150802', '150821'])
    .where('status', 'in', ['filed', 'change_submitted'])
    .where('filed_at', '<', yearAgo)
    .where('provider_id', '!=', 1)
    .orderBy('provider_id')
    .execute();
  const inspectors = {
    '150802': await Promise.all(['linhe-insp1', 'linhe-insp3'].map((u) => userId(trx, u))),
    '150821': await Promise.all(['wuyuan-insp1', 'wuyuan-insp2'].map((u) => userId(trx, u))),
  } as Record<string, number[]>;
  for (const [n, f] of longFiled.entries()) {
    const by = inspectors[f.division_code] ?? [];
    const id = await createInspection(c, {
      providerId: f.provider_id,
      kind: 'campaign',
      inspectors: by,
      dueBy: day(-170 - n),
      createdAt: at(-200 - n),
    });
    await recordFindings(c, id, []);
    await submit(c, id, { inspectedOn: -180 - n, result: 'pass', by: by[0] ?? c.linhe, closed: true });
  }
}
