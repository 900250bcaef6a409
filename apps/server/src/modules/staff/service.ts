/**
 * The staff register and the city-wide ban list (SPEC C4; standards.md "People";
 * 未成年人保护法 art. 62): a banned person can never be hired by any provider in the city; the
 * attempt is refused, audited and visible to the county. One person cannot be employed at two
 * providers at once. A lapsed yearly health exam takes the person off duty in ratio counting.
 */
import type { CreateStaffBody, StaffMember } from '@tuoyu/contracts';
import { isValidMobile, isValidResidentId, maskMobile, maskResidentId } from '@tuoyu/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { encryptField, lookupHash } from '../../platform/crypto';
import { conflict, type FieldError, invalid, ruleBroken } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { ownProvider } from '../../platform/provider-access';
import { scopeOf } from '../../platform/scope';
import { nowIso, todayInBeijing } from '../../platform/time';
import {
  banByHash,
  banRows,
  currentEmployment,
  currentStaffRows,
  insertBan,
  insertStaffRow,
  providerDivision,
  refusedHireRows,
} from './queries';

const DAY = 86_400_000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** A health exam counts for one year (standards.md: before starting and once a year). */
export function healthExamLapsed(examDate: string | null, today: string): boolean {
  return !examDate || addDays(examDate, 365) < today;
}

export function staffView(
  r: {
    id: number;
    name: string;
    resident_id_masked: string;
    role: string;
    mobile_masked: string | null;
    qualifications: string;
    health_exam_date: string | null;
    no_criminal_record_date: string | null;
    hired_on: string;
    left_on: string | null;
  },
  today: string,
): StaffMember {
  const qualifications = JSON.parse(r.qualifications) as StaffMember['qualifications'];
  const soon = addDays(today, 30);
  const alerts: StaffMember['alerts'] = [];
  const examDue = r.health_exam_date ? addDays(r.health_exam_date, 365) : today;
  if (examDue <= soon) alerts.push({ kind: 'health_exam', due: examDue, label: '年度健康检查' });
  for (const q of qualifications)
    if (q.validUntil && q.validUntil <= soon)
      alerts.push({ kind: 'qualification', due: q.validUntil, label: q.type });
  return {
    id: r.id,
    name: r.name,
    residentId: r.resident_id_masked,
    role: r.role as StaffMember['role'],
    mobile: r.mobile_masked,
    qualifications,
    healthExamDate: r.health_exam_date,
    noCriminalRecordDate: r.no_criminal_record_date,
    hiredOn: r.hired_on,
    leftOn: r.left_on,
    healthExamLapsed: healthExamLapsed(r.health_exam_date, today),
    alerts,
  };
}

export async function listStaff(ctx: AppContext, caller: SessionUser) {
  const providerId = ownProvider(caller);
  const rows = await currentStaffRows(ctx.db, providerId);
  const today = todayInBeijing();
  return { items: rows.map((r) => staffView(r, today)) };
}

/** Every reason a hire is refused, by field; `banned` tells the caller to record the attempt. */
export async function hireProblems(ctx: AppContext, providerId: number, b: CreateStaffBody) {
  const problems: FieldError[] = [];
  if (!isValidResidentId(b.residentId)) {
    problems.push({
      path: 'residentId',
      message: msg('身份证号码无效（GB 11643-1999）', 'Invalid resident ID number (GB 11643-1999)'),
    });
    return { problems, banId: null, employment: null };
  }
  if (b.mobile && !isValidMobile(b.mobile))
    problems.push({ path: 'mobile', message: msg('手机号码格式不正确', 'Not a valid mobile number') });
  const hash = lookupHash(ctx.keys, b.residentId);
  const ban = await banByHash(ctx.db, hash);
  if (ban) {
    problems.push({
      path: 'residentId',
      message: msg(
        '此人已被列入从业禁止名单（终身禁入），全市任何托育机构不得聘用（未成年人保护法第六十二条）',
        'This person is on the lifetime ban list: no provider in the city may hire them (Minors Protection Law art. 62)',
      ),
    });
  }
  const employed = await currentEmployment(ctx.db, hash);
  const employment =
    employed.length === 0
      ? null
      : employed.some((e) => e.provider_id === providerId)
        ? EMPLOYED.here
        : EMPLOYED.elsewhere;
  return { problems, banId: ban?.id ?? null, employment };
}

/** Why a person cannot be hired again: one provider at a time (standards.md, People). */
const EMPLOYED = {
  here: msg('此人已在本机构任职', 'Already on this provider’s staff'),
  elsewhere: msg(
    '此人正在其他托育机构任职，不能同时在两家机构任职',
    'This person works at another provider and cannot be on duty at two',
  ),
};

/** Records a refused hire of a banned person in its own transaction: the county must see it. */
export async function recordRefusedHire(
  ctx: AppContext,
  actor: AuditActor,
  banId: number,
  providerId: number,
  divisionCode: string,
  b: { residentId: string; name: string },
) {
  await ctx.db.transaction().execute((trx) =>
    recordAudit(trx, ctx.keys, actor, {
      action: 'staff.hire_refused_banned',
      entityType: 'ban',
      entityId: banId,
      divisionCode,
      changes: { providerId, residentId: b.residentId, name: b.name },
    }),
  );
}

export async function hireStaff(ctx: AppContext, caller: SessionUser, actor: AuditActor, b: CreateStaffBody) {
  const providerId = ownProvider(caller);
  const provider = await providerDivision(ctx.db, providerId);
  const { problems, banId, employment } = await hireProblems(ctx, providerId, b);
  const banned = problems.find((p) => p.path === 'residentId' && banId !== null);
  if (banId !== null && banned) {
    await recordRefusedHire(ctx, actor, banId, providerId, provider.division_code, b);
    throw ruleBroken(banned.message, problems);
  }
  if (problems.length) throw invalid(...problems);
  if (employment) throw conflict(employment);
  return ctx.db
    .transaction()
    .execute((trx) => insertStaff(trx, ctx, actor, providerId, provider.division_code, b));
}

/** Writes one checked hire and its audit entry (the caller owns the transaction). */
export async function insertStaff(
  trx: Transaction<Database>,
  ctx: AppContext,
  actor: AuditActor,
  providerId: number,
  divisionCode: string,
  b: CreateStaffBody,
) {
  const row = await insertStaffRow(trx, {
    provider_id: providerId,
    division_code: divisionCode,
    name: b.name,
    resident_id_enc: encryptField(ctx.keys, b.residentId),
    resident_id_hash: lookupHash(ctx.keys, b.residentId),
    resident_id_masked: maskResidentId(b.residentId),
    role: b.role,
    mobile_enc: b.mobile ? encryptField(ctx.keys, b.mobile) : null,
    mobile_masked: b.mobile ? maskMobile(b.mobile) : null,
    qualifications: JSON.stringify(b.qualifications),
    health_exam_date: b.healthExamDate ?? null,
    no_criminal_record_date: b.noCriminalRecordDate ?? null,
    hired_on: b.hiredOn,
    created_at: nowIso(),
  });
  await recordAudit(trx, ctx.keys, actor, {
    action: 'staff.hire',
    entityType: 'staff',
    entityId: row.id,
    divisionCode,
    changes: { name: b.name, role: b.role, residentId: b.residentId, mobile: b.mobile ?? null },
  });
  return { id: row.id };
}

export async function addBan(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  b: { residentId: string; name: string; reason: string; legalBasis: string; decidedOn: string },
) {
  if (!isValidResidentId(b.residentId))
    throw invalid({
      path: 'residentId',
      message: msg('身份证号码无效（GB 11643-1999）', 'Invalid resident ID number (GB 11643-1999)'),
    });
  const hash = lookupHash(ctx.keys, b.residentId);
  return ctx.db.transaction().execute(async (trx) => {
    if (await banByHash(trx, hash)) {
      throw conflict(msg('此人已在从业禁止名单中', 'Already on the ban list'));
    }
    const row = await insertBan(trx, {
      resident_id_hash: hash,
      resident_id_enc: encryptField(ctx.keys, b.residentId),
      resident_id_masked: maskResidentId(b.residentId),
      name: b.name,
      reason: b.reason,
      legal_basis: b.legalBasis,
      decided_on: b.decidedOn,
      division_code: caller.divisionCode,
      created_by: caller.username,
      created_at: nowIso(),
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'ban.create',
      entityType: 'ban',
      entityId: row.id,
      divisionCode: caller.divisionCode,
      changes: { residentId: b.residentId, name: b.name, legalBasis: b.legalBasis, decidedOn: b.decidedOn },
    });
    return { id: row.id };
  });
}

/** The ban list is city-wide: every regulator sees all of it (masked), since a ban binds everywhere. */
export async function listBans(ctx: AppContext) {
  const rows = await banRows(ctx.db);
  return {
    items: rows.map((r) => ({
      id: r.id,
      residentId: r.resident_id_masked,
      name: r.name,
      reason: r.reason,
      legalBasis: r.legal_basis,
      decidedOn: r.decided_on,
      divisionCode: r.division_code,
      createdAt: r.created_at,
    })),
  };
}

/** Refused hires of banned people inside the caller's jurisdiction (from the audit trail). */
export async function listRefusedHires(ctx: AppContext, caller: SessionUser) {
  const rows = await refusedHireRows(ctx.db, scopeOf(caller));
  return {
    items: rows.map((r) => ({
      at: r.at,
      actorUsername: r.actor_username,
      divisionCode: r.division_code,
      details: r.changes ? (JSON.parse(r.changes) as Record<string, unknown>) : {},
    })),
  };
}
