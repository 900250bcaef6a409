/**
 * Classes and enrolled children (SPEC C3, C11). Children's ID numbers and guardians' phones are
 * sensitive personal information (PIPL): encrypted at rest, found through a keyed hash, masked in
 * every list, shown whole only on the child's own page — and every such read is audited.
 */
import type { ChildRecord, CreateChildBody } from '@tuoyu/contracts';
import {
  ageInMonths,
  type ClassType,
  fitsClass,
  isValidMobile,
  isValidResidentId,
  maskMobile,
  maskResidentId,
  parseResidentId,
} from '@tuoyu/domain';
import type { Transaction } from 'kysely';
import type { Db } from '../../db';
import type { Database } from '../../db/schema';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { decryptField, encryptField, lookupHash } from '../../platform/crypto';
import { conflict, type FieldError, invalid, notFound, ruleBroken } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { ownProvider } from '../../platform/provider-access';
import { scopeOf } from '../../platform/scope';
import { nowIso, todayInBeijing } from '../../platform/time';
import { checkupsUpToDate } from '../child-health/provider-view';
import {
  childPage,
  countInClass,
  enrolmentsOfResident,
  fullChild,
  hasClasses,
  insertChild,
  insertClasses,
  markLeft,
  providerChild,
  providerClass,
  providerDivision,
  refreshEnrolled,
} from './queries';

/** Creates the classes of a newly filed provider from its filing, once (the filing is the plan). */
export async function seedClassesFromFiling(
  db: Db,
  providerId: number,
  classes: { type: ClassType; name?: string | undefined; capacity: number }[],
) {
  if ((await hasClasses(db, providerId)) || classes.length === 0) return;
  const now = nowIso();
  await insertClasses(
    db,
    classes.map((c, i) => ({
      provider_id: providerId,
      type: c.type,
      name: c.name ?? `${i + 1}班`,
      capacity: c.capacity,
      room: null,
      created_at: now,
    })),
  );
}

interface Guardian {
  name: string;
  relation: string;
  mobile: string;
}

/**
 * Enrolls a child. `within` runs inside the enrolment's transaction once the child exists (an
 * accepted application is closed there), so both happen or neither.
 */
export async function enrollChild(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  b: CreateChildBody,
  within?: (trx: Transaction<Database>, childId: number) => Promise<void>,
) {
  const providerId = ownProvider(caller);
  const problems: FieldError[] = [];
  const id = isValidResidentId(b.residentId) ? parseResidentId(b.residentId) : null;
  if (!id)
    problems.push({
      path: 'residentId',
      message: msg(
        '身份证号码无效（GB 11643-1999：校验码或出生日期不符）',
        'Invalid resident ID number (GB 11643-1999 check character or birth date)',
      ),
    });
  b.guardians.forEach((g, i) => {
    if (!isValidMobile(g.mobile))
      problems.push({
        path: `guardians.${i}.mobile`,
        message: msg('手机号码格式不正确', 'Not a valid mobile number'),
      });
  });
  if (problems.length) throw invalid(...problems);
  if (!id) throw notFound();
  const cls = await providerClass(ctx.db, providerId, b.classId);
  if (!cls)
    throw invalid({ path: 'classId', message: msg('本机构没有这个班级', 'No such class at this provider') });
  const months = ageInMonths(id.birthDate, b.enrolledOn);
  if (!fitsClass(cls.type as ClassType, months)) {
    throw ruleBroken(
      msg(
        `孩子入托时 ${months} 个月，不符合该班级的月龄要求（托育机构设置标准（试行））`,
        `The child is ${months} months old, outside this class type's ages (托育机构设置标准（试行）)`,
      ),
      [{ path: 'classId', message: msg('月龄与班型不符', 'Age does not fit the class type') }],
    );
  }
  const hash = lookupHash(ctx.keys, b.residentId);
  const provider = await providerDivision(ctx.db, providerId);
  const guardians: Guardian[] = b.guardians;
  return ctx.db.transaction().execute(async (trx) => {
    const enrolledHere = await enrolmentsOfResident(trx, hash);
    if (enrolledHere.some((c) => c.provider_id === providerId))
      throw conflict(msg('该儿童已在本机构在托', 'This child is already enrolled here'));
    if ((await countInClass(trx, cls.id)) >= cls.capacity) {
      throw ruleBroken(msg(`班级已满（${cls.capacity} 人）`, `The class is full (${cls.capacity})`), [
        { path: 'classId', message: msg('班级已满', 'Class full') },
      ]);
    }
    // Enrolled elsewhere too: not silently duplicated — recorded and flagged to the county.
    const duplicate = enrolledHere.length > 0;
    const childId = await insertChild(trx, {
      provider_id: providerId,
      class_id: cls.id,
      division_code: provider.division_code,
      name: b.name,
      resident_id_enc: encryptField(ctx.keys, b.residentId),
      resident_id_hash: hash,
      resident_id_masked: maskResidentId(b.residentId),
      birth_date: id.birthDate,
      sex: id.sex,
      guardians_enc: encryptField(ctx.keys, JSON.stringify(guardians)),
      guardians_masked: JSON.stringify(guardians.map((g) => ({ ...g, mobile: maskMobile(g.mobile) }))),
      enrolled_on: b.enrolledOn,
      vaccination_up_to_date: b.vaccinationUpToDate ? 1 : 0,
      entry_exam_date: b.entryExamDate ?? null,
      duplicate_flag: duplicate ? 1 : 0,
      created_at: nowIso(),
    });
    await refreshEnrolled(trx, providerId);
    await recordAudit(trx, ctx.keys, actor, {
      action: duplicate ? 'child.enroll_duplicate_flagged' : 'child.enroll',
      entityType: 'child',
      entityId: childId,
      divisionCode: provider.division_code,
      changes: {
        classId: cls.id,
        residentId: b.residentId,
        guardians: guardians.length,
        duplicateOf: enrolledHere.map((c) => c.provider_id),
      },
    });
    if (within) await within(trx, childId);
    return { id: childId, duplicateFlag: duplicate };
  });
}

export async function listChildren(
  ctx: AppContext,
  caller: SessionUser,
  f: { page: number; pageSize: number; classId?: number | undefined; current?: boolean | undefined },
) {
  const { rows, total } = await childPage(ctx.db, scopeOf(caller), f);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      residentId: r.resident_id_masked,
      birthDate: r.birth_date,
      sex: r.sex as 'male' | 'female',
      classId: r.class_id,
      className: r.class_name,
      guardians: JSON.parse(r.guardians_masked) as Guardian[],
      enrolledOn: r.enrolled_on,
      leftOn: r.left_on,
      duplicateFlag: r.duplicate_flag === 1,
    })),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}

/** The child's own page: decrypted, and the read itself is audited (SPEC §7). */
export async function getChild(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
): Promise<ChildRecord> {
  const r = await fullChild(ctx.db, scopeOf(caller), id);
  if (!r) throw notFound();
  await ctx.db.transaction().execute((trx) =>
    recordAudit(trx, ctx.keys, actor, {
      action: 'child.read_full',
      entityType: 'child',
      entityId: id,
      divisionCode: r.division_code,
    }),
  );
  return {
    id: r.id,
    name: r.name,
    residentId: decryptField(ctx.keys, r.resident_id_enc),
    birthDate: r.birth_date,
    sex: r.sex as 'male' | 'female',
    classId: r.class_id,
    className: r.class_name,
    guardians: JSON.parse(decryptField(ctx.keys, r.guardians_enc)) as Guardian[],
    enrolledOn: r.enrolled_on,
    leftOn: r.left_on,
    duplicateFlag: r.duplicate_flag === 1,
    vaccinationUpToDate: r.vaccination_up_to_date === 1,
    entryExamDate: r.entry_exam_date,
    leaveReason: r.leave_reason,
    // The provider learns only whether the check-ups are up to date, never a measurement (issue 11).
    healthCheckupsUpToDate: await checkupsUpToDate(ctx.db, r.resident_id_hash, todayInBeijing()),
  };
}

export async function leaveChild(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  leftOn: string,
  reason: string,
) {
  const providerId = ownProvider(caller);
  const row = await providerChild(ctx.db, providerId, id);
  if (!row) throw notFound();
  if (row.left_on) throw conflict(msg('该儿童已离园', 'The child has already left'));
  if (leftOn < row.enrolled_on)
    throw invalid({
      path: 'leftOn',
      message: msg('离园日期不能早于入托日期', 'Cannot leave before enrolling'),
    });
  await ctx.db.transaction().execute(async (trx) => {
    await markLeft(trx, id, leftOn, reason);
    await refreshEnrolled(trx, providerId);
    await recordAudit(trx, ctx.keys, actor, {
      action: 'child.leave',
      entityType: 'child',
      entityId: id,
      divisionCode: row.division_code,
      changes: { leftOn, reason },
    });
  });
  return { ok: true as const };
}
