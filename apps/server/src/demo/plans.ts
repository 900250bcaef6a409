/**
 * Demo "双随机" plans (issue 5 item 8, issue 9 item 3): a finished draw in 临河区 (inspections
 * created, one declared conflict frozen into it, witnessed and revealed, so its public record
 * checks out) and a published plan in 五原县 waiting for its draw (loaded last). Built with the
 * service's own publish, draw and reveal steps, inside the demo transaction; everything is
 * deterministic except the server seeds, which come from the CSPRNG exactly as in production.
 * demo/inspections.ts then takes the drawn inspections through every state.
 */

import type { Role } from '@tuoyu/contracts';
import { dayNumberToIsoDate, isoDateToDayNumber } from '@tuoyu/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { drawPlanIn } from '../modules/inspection-plans/draw';
import { type Planner, publishPlanIn } from '../modules/inspection-plans/publish';
import { revealPlanIn } from '../modules/inspection-plans/service';
import { providerRisks } from '../modules/risk/service';
import type { AuditActor } from '../platform/audit';
import type { AppContext } from '../platform/context';
import { beijingDate, nowIso, todayInBeijing } from '../platform/time';

type Trx = Transaction<Database>;

async function user(trx: Trx, username: string) {
  return trx
    .selectFrom('users')
    .select(['id', 'username', 'role', 'division_code', 'unit'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
}

const planner = (u: Awaited<ReturnType<typeof user>>): Planner => ({
  id: u.id,
  role: u.role as Role,
  divisionCode: u.division_code,
  unit: u.unit,
});
const actor = (u: Awaited<ReturnType<typeof user>>): AuditActor => ({
  actorId: u.id,
  actorUsername: u.username,
  actorRole: u.role,
  requestId: null,
  ip: null,
});

async function generalChecklist(trx: Trx) {
  const c = await trx
    .selectFrom('checklists')
    .select('id')
    .where('code', '=', 'general')
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return c.id;
}

const ids = async (trx: Trx, names: string[]) => Promise.all(names.map(async (n) => (await user(trx, n)).id));

export async function loadDemoPlans(ctx: AppContext, trx: Trx): Promise<void> {
  const checklistId = await generalChecklist(trx);
  const dueBy = dayNumberToIsoDate(isoDateToDayNumber(todayInBeijing()) + 30);

  // 临河区: linhe-insp2 declares a tie to the first normal-tier provider before the plan is published,
  // so the frozen conflicts and the public record show recusal at work.
  const linhe = await user(trx, 'linhe');
  const insp2 = await user(trx, 'linhe-insp2');
  const risks = await providerRisks(trx, '150802');
  const tied = risks.find((r) => r.tier === 'normal') ?? risks[0];
  if (tied)
    await trx
      .insertInto('inspector_conflicts')
      .values({
        inspector_id: insp2.id,
        provider_id: tied.providerId,
        reason: '配偶在该机构任保育人员',
        declared_at: nowIso(),
        withdrawn_at: null,
      })
      .execute();
  const byLinhe = { caller: planner(linhe), actor: actor(linhe) };
  const linhePlan = await publishPlanIn(trx, ctx.keys, byLinhe, {
    name: '2026年第四季度双随机抽查',
    divisionCode: '150802',
    checklistId,
    strata: [
      { name: 'high', rate: 0.3 },
      { name: 'normal', rate: 0.1 },
      { name: 'low', rate: 0.05 },
    ],
    perCheck: 2,
    inspectorIds: await ids(trx, ['linhe-insp1', 'linhe-insp2', 'linhe-insp3', 'linhe-insp4']),
    dueBy,
  });
  // The quarter's plan was published three weeks ago and drawn the next day, so the inspections
  // that demo/inspections.ts dates in the last fortnight come after it; the county revealed it
  // yesterday, with one check still being recorded.
  const at = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  await drawPlanIn(trx, ctx.keys, byLinhe, {
    planId: linhePlan,
    witnessInput: `${beijingDate(at(20))} 福彩3D 开奖号码 3 7 2`,
    witnessName: '临河区纪委监委驻区卫健委纪检监察组 李明',
  });
  await revealPlanIn(trx, ctx.keys, byLinhe.actor, { planId: linhePlan, reason: 'regulator' });
  await trx
    .updateTable('inspection_plans')
    .set({ published_at: at(21), drawn_at: at(20), revealed_at: at(1) })
    .where('id', '=', linhePlan)
    .execute();
  await trx
    .updateTable('inspections')
    .set({ created_at: at(20) })
    .where('plan_id', '=', linhePlan)
    .execute();
  await trx
    .updateTable('inspector_conflicts')
    .set({ declared_at: at(25) })
    .where('inspector_id', '=', insp2.id)
    .execute();
}

/**
 * 五原县: published (its seed committed), not yet drawn — the county draws it in the demo with
 * the witness' input. Loaded after the demo's
 * inspections, complaints and incidents, so its frozen strata show real risk tiers.
 */
export async function loadDemoNextPlans(ctx: AppContext, trx: Trx): Promise<void> {
  const checklistId = await generalChecklist(trx);
  const dueBy = dayNumberToIsoDate(isoDateToDayNumber(todayInBeijing()) + 30);
  const wuyuan = await user(trx, 'wuyuan');
  await publishPlanIn(
    trx,
    ctx.keys,
    { caller: planner(wuyuan), actor: actor(wuyuan) },
    {
      name: '2026年12月五原县托育机构联合抽查',
      divisionCode: '150821',
      checklistId,
      strata: [
        { name: 'high', rate: 0.5 },
        { name: 'normal', rate: 0.2 },
        { name: 'low', rate: 0.1 },
      ],
      perCheck: 2,
      inspectorIds: await ids(trx, ['wuyuan-insp1', 'wuyuan-insp2', 'wuyuan-insp3']),
      dueBy,
    },
  );
}
