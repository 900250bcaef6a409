/** Publishing a "双随机、一公开" plan: its checks, its frozen inputs and the seed commitment (see service.ts). */
import { randomBytes } from 'node:crypto';
import type { PlanBody } from '@tuoyu/contracts';
import { isValidIsoDate, seedCommitmentOf } from '@tuoyu/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { encryptField, type Keys } from '../../platform/crypto';
import type { FieldError } from '../../platform/errors';
import { invalid, ruleBroken } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { divisionPrefix, isInScope, scopeOf } from '../../platform/scope';
import { nowIso, todayInBeijing } from '../../platform/time';
import { inspectorPool } from '../checklists/inspectors';
import { findDivision } from '../reference/queries';
import { providerRisks } from '../risk/service';
import { checklistStatus, insertPlan, openConflicts } from './queries';
import { publicRecord } from './record';

const STRATUM_ORDER = { high: 0, normal: 1, low: 2 } as const;

type Trx = Transaction<Database>;
export interface Planner {
  id: number;
  role: SessionUser['role'];
  divisionCode: string;
  unit: string | null;
}

/** Who publishes or draws a plan: the regulator (scope, the record's name) and the audit's actor. */
export interface PlanActing {
  caller: Planner;
  actor: AuditActor;
}

async function validatePlan(trx: Trx, caller: Planner, b: PlanBody): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  const division = await findDivision(trx, b.divisionCode);
  if (!division || division.level === 'township' || !isInScope(scopeOf(caller), b.divisionCode))
    problems.push({
      path: 'divisionCode',
      message: msg(
        '抽查范围须为您管辖的旗县区或全市',
        'The area must be your county or, for the city, any county',
      ),
    });
  const checklist = await checklistStatus(trx, b.checklistId);
  if (checklist?.status !== 'active')
    problems.push({
      path: 'checklistId',
      message: msg('请选择当前有效的检查表', 'Choose an active checklist'),
    });
  b.strata.forEach((s, i) => {
    if (b.strata.findIndex((o) => o.name === s.name) !== i)
      problems.push({ path: `strata.${i}.name`, message: msg('风险层重复', 'Stratum named twice') });
  });
  if (b.perCheck > b.inspectorIds.length)
    problems.push({
      path: 'perCheck',
      message: msg('每组人数不能多于所选检查人员', 'More inspectors per check than inspectors chosen'),
    });
  if (division && isInScope(scopeOf(caller), b.divisionCode)) {
    const pool = new Set((await inspectorPool(trx, b.divisionCode)).map((i) => i.id));
    b.inspectorIds.forEach((id, i) => {
      if (!pool.has(id))
        problems.push({
          path: `inspectorIds.${i}`,
          message: msg('该人员不在本区域的检查人员库中', 'Not in the inspector pool of the area'),
        });
      else if (b.inspectorIds.indexOf(id) !== i)
        problems.push({ path: `inspectorIds.${i}`, message: msg('检查人员重复', 'Inspector listed twice') });
    });
  }
  if (!isValidIsoDate(b.dueBy) || b.dueBy < todayInBeijing())
    problems.push({
      path: 'dueBy',
      message: msg('完成期限不能早于今天', 'The due date cannot be in the past'),
    });
  return problems;
}

/** Publishes a plan inside the caller's transaction (the demo reuses it). */
export async function publishPlanIn(trx: Trx, keys: Keys, { caller, actor }: PlanActing, b: PlanBody) {
  const problems = await validatePlan(trx, caller, b);
  if (problems.length) throw invalid(...problems);
  const now = nowIso();
  const risks = await providerRisks(trx, divisionPrefix(b.divisionCode), now);
  const strata = [...b.strata]
    .sort((x, y) => STRATUM_ORDER[x.name] - STRATUM_ORDER[y.name])
    .map((s) => ({
      name: s.name,
      rate: s.rate,
      candidates: risks.filter((r) => r.tier === s.name).map((r) => r.providerId),
    }));
  if (strata.every((s) => s.candidates.length === 0))
    throw ruleBroken(msg('所选风险层中没有可抽查的机构', 'No inspectable provider in the chosen strata'));
  const inspectors = [...b.inspectorIds].sort((x, y) => x - y);
  const candidates = strata.flatMap((s) => s.candidates);
  // Conflicts are frozen at publication, not read at the draw: a declaration made after it could
  // steer the assignment by whoever learns the seed early (dodge a provider, or land on one).
  const conflicts = (await openConflicts(trx, inspectors, candidates)).map((c) => ({
    inspectorId: c.inspector_id,
    providerId: c.provider_id,
  }));
  // 256 bits from the operating system's CSPRNG; only its commitment is public until the reveal.
  const serverSeed = randomBytes(32).toString('hex');
  const seedCommitment = seedCommitmentOf(serverSeed);
  const id = await insertPlan(trx, {
    name: b.name,
    division_code: b.divisionCode,
    checklist_id: b.checklistId,
    per_check: b.perCheck,
    due_by: b.dueBy,
    seed: '',
    server_seed_enc: encryptField(keys, serverSeed),
    seed_commitment: seedCommitment,
    witness_input: null,
    witness_name: null,
    revealed_at: null,
    revealed_by: null,
    reveal_reason: null,
    strata_json: JSON.stringify(strata),
    inspectors_json: JSON.stringify(inspectors),
    conflicts_json: JSON.stringify(conflicts),
    published_by: caller.id,
    published_at: now,
    selected_json: null,
    drawn_by: null,
    drawn_at: null,
  });
  await recordAudit(trx, keys, actor, {
    action: 'inspection_plan.publish',
    entityType: 'inspection_plan',
    entityId: id,
    divisionCode: b.divisionCode,
    changes: {
      name: b.name,
      seedCommitment,
      checklistId: b.checklistId,
      perCheck: b.perCheck,
      dueBy: b.dueBy,
      strata: strata.map((s) => ({ name: s.name, rate: s.rate, candidates: s.candidates.length })),
      inspectors,
      conflicts: conflicts.length,
    },
  });
  return id;
}

export async function publishPlan(ctx: AppContext, caller: SessionUser, actor: AuditActor, b: PlanBody) {
  const id = await ctx.db.transaction().execute((trx) => publishPlanIn(trx, ctx.keys, { caller, actor }, b));
  return publicRecord(ctx, id);
}
