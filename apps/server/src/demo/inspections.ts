/**
 * Demo inspections (issue 5 item 8): the inspections of 临河区's draw (demo/plans.ts) taken through
 * every state — still assigned (one half recorded), passed, open rectification orders (one past its
 * deadline), a reply awaiting verification, closed with verified fixes (one published late) — and
 * for the demo provider (id 1, account `provider`) an inspection with an open failed item to reply
 * to and an older one whose fixes are verified and shown on /providers/1. Deterministic: states
 * follow the inspections' order, dates count back from today. When no draw exists, campaign
 * inspections stand in for it.
 */

import { DEFAULT_SETTINGS, isoDateToDayNumber, publishDueDate, SHIPPED_CALENDAR } from '@tuoyu/domain';
import { writeContent } from '../modules/files/content';
import type { AppContext } from '../platform/context';
import { todayInBeijing } from '../platform/time';
import { demoPhoto, PHOTO_KEY } from './inspection-photo';
import {
  at,
  type Ctx,
  createInspection,
  day,
  failedFindings,
  inspectorsOf,
  managerOf,
  recordFindings,
  reply,
  submit,
  type Trx,
  userId,
  verify,
} from './inspection-steps';

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
