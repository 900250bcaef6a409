/**
 * One child's health record: read in full (audited), its status (moved inside the city — the
 * record follows — moved out, died), the family-doctor contract and the vaccination status as
 * the immunisation system confirmed it.
 */
import type {
  FamilyDoctorBody,
  HealthChildRecord,
  HealthChildStatusBody,
  HealthGuardian,
  VaccinationBody,
} from '@tuoyu/contracts';
import { can, type Permission } from '@tuoyu/contracts';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { decryptField, encryptField } from '../../platform/crypto';
import { invalid, notFound } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { isInScope, scopeOf } from '../../platform/scope';
import { todayInBeijing } from '../../platform/time';
import { healthRules, refreshLedger } from './ledger';
import {
  checkupRows,
  divisionNames,
  dueRows,
  enrolmentOf,
  scopedChild,
  township,
  updateHealthChild,
} from './queries';
import { dueView, isCountedAge, openDueStatus, toCheckup, toListItem } from './view';

async function childInScope(ctx: AppContext, caller: SessionUser, id: number) {
  const row = await scopedChild(ctx.db, scopeOf(caller), id);
  if (!row) throw notFound();
  return row;
}

export async function getHealthChild(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
): Promise<HealthChildRecord> {
  const r = await childInScope(ctx, caller, id);
  const today = todayInBeijing();
  const [dues, checkups, names, enrolment] = await Promise.all([
    dueRows(ctx.db, id),
    checkupRows(ctx.db, id),
    divisionNames(ctx.db, [r.division_code]),
    r.resident_id_hash ? enrolmentOf(ctx.db, r.resident_id_hash) : Promise.resolve(undefined),
  ]);
  await ctx.db.transaction().execute((trx) =>
    recordAudit(trx, ctx.keys, actor, {
      action: 'health_child.read_full',
      entityType: 'health_child',
      entityId: id,
      divisionCode: r.division_code,
    }),
  );
  const next = dues.find((d) => d.checkup_id === null && d.due_to >= today);
  const fd = r.fd_enc ? (JSON.parse(decryptField(ctx.keys, r.fd_enc)) as FamilyDoctorBody) : null;
  const actions: Permission[] =
    can(caller.role, 'child-health.manage') && r.status === 'active' ? ['child-health.manage'] : [];
  return {
    ...toListItem(r, names.get(r.division_code) ?? r.division_code, dueView(next, today), today),
    birthCertificateNo: r.birth_cert_enc ? decryptField(ctx.keys, r.birth_cert_enc) : null,
    residentId: r.resident_id_enc ? decryptField(ctx.keys, r.resident_id_enc) : null,
    guardians: JSON.parse(decryptField(ctx.keys, r.guardians_enc)) as HealthGuardian[],
    statusOn: r.status_on,
    schedule: dues.map((d) => ({
      ageMonths: d.age_months,
      dueOn: d.due_on,
      dueFrom: d.due_from,
      dueTo: d.due_to,
      status: d.checkup_id !== null ? 'done' : openDueStatus(d, today),
      checkupId: d.checkup_id,
      counted: isCountedAge(d.age_months),
    })),
    checkups: checkups.map((c) => toCheckup(ctx.keys, c, r.birth_date)),
    familyDoctor: fd ? { ...fd, valid: fd.validUntil >= today && fd.signedOn <= today } : null,
    vaccination:
      r.vaccination_up_to_date === null
        ? null
        : { upToDate: r.vaccination_up_to_date === 1, confirmedOn: r.vaccination_confirmed_on ?? '' },
    enrolledWith: enrolment?.name ?? null,
    actions,
  };
}

/** Only an active child's record is changed (moved out and died are final here). */
async function activeChild(ctx: AppContext, caller: SessionUser, id: number) {
  const r = await childInScope(ctx, caller, id);
  if (r.status !== 'active')
    throw invalid({
      path: 'status',
      message: msg('该儿童已不在册，档案不能再修改', 'The child is off the register'),
    });
  return r;
}

export async function setHealthChildStatus(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  b: HealthChildStatusBody,
) {
  const r = await activeChild(ctx, caller, id);
  if (b.on > todayInBeijing() || b.on < r.birth_date)
    throw invalid({
      path: 'on',
      message: msg('日期须在出生之后、今天之前', 'The date must be after birth and not after today'),
    });
  const moveTo = b.status === 'active' ? b.townshipCode : undefined;
  if (b.status === 'active' && (!moveTo || moveTo === r.division_code || !(await township(ctx.db, moveTo))))
    throw invalid({
      path: 'townshipCode',
      message: msg(
        '迁往市内其他苏木乡镇(街道)时须选择新的乡镇',
        'Choose the new township of a move inside the city',
      ),
    });
  const rules = await healthRules(ctx.db);
  await ctx.db.transaction().execute(async (trx) => {
    await updateHealthChild(trx, id, {
      status: b.status,
      status_on: b.on,
      status_reason: b.reason ?? null,
      ...(moveTo ? { division_code: moveTo } : {}),
    });
    await refreshLedger(trx, id, rules);
    await recordAudit(trx, ctx.keys, actor, {
      action: moveTo ? 'health_child.move' : `health_child.${b.status}`,
      entityType: 'health_child',
      entityId: id,
      divisionCode: r.division_code,
      changes: { status: b.status, on: b.on, ...(moveTo ? { from: r.division_code, to: moveTo } : {}) },
    });
  });
  return { ok: true as const };
}

export async function setFamilyDoctor(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  b: FamilyDoctorBody,
) {
  const r = await activeChild(ctx, caller, id);
  if (b.validUntil < b.signedOn)
    throw invalid({
      path: 'validUntil',
      message: msg('有效期不能早于签约日期', 'Valid until cannot precede the signing date'),
    });
  await ctx.db.transaction().execute(async (trx) => {
    await updateHealthChild(trx, id, {
      fd_enc: encryptField(ctx.keys, JSON.stringify(b)),
      fd_valid_until: b.validUntil,
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'health_child.family_doctor',
      entityType: 'health_child',
      entityId: id,
      divisionCode: r.division_code,
      changes: { team: b.team, signedOn: b.signedOn, validUntil: b.validUntil },
    });
  });
  return { ok: true as const };
}

export async function setVaccination(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  b: VaccinationBody,
) {
  const r = await activeChild(ctx, caller, id);
  if (b.confirmedOn > todayInBeijing())
    throw invalid({
      path: 'confirmedOn',
      message: msg('确认日期不能晚于今天', 'The date cannot be after today'),
    });
  await ctx.db.transaction().execute(async (trx) => {
    await updateHealthChild(trx, id, {
      vaccination_up_to_date: b.upToDate ? 1 : 0,
      vaccination_confirmed_on: b.confirmedOn,
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'health_child.vaccination',
      entityType: 'health_child',
      entityId: id,
      divisionCode: r.division_code,
      changes: b,
    });
  });
  return { ok: true as const };
}

export const inScopeOf = (caller: SessionUser, code: string) => isInScope(scopeOf(caller), code);
