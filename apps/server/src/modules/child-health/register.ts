/**
 * The child-health register (issue 11 item 2): every child under 3, kept by the health workers of
 * its township. Identifiers and guardians' phones are encrypted, found through keyed hashes and
 * masked in lists; a duplicate is refused by birth certificate or resident ID number.
 */
import type { HealthChildListItem, HealthGuardian, RegisterHealthChildBody } from '@tuoyu/contracts';
import {
  addDays,
  isValidMobile,
  isValidResidentId,
  maskMobile,
  maskResidentId,
  parseResidentId,
} from '@tuoyu/domain';
import type { Db } from '../../db';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { encryptField, lookupHash } from '../../platform/crypto';
import { conflict, type FieldError, invalid } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { isInScope, type Scope, scopeOf } from '../../platform/scope';
import { nowIso, todayInBeijing } from '../../platform/time';
import { healthRules, refreshLedger } from './ledger';
import {
  childPage,
  childrenWithNumber,
  divisionNames,
  insertHealthChild,
  type ListFilter,
  nextDues,
  township,
} from './queries';
import { type ChildRow, dueView, toListItem } from './view';

/** 出生医学证明编号: one letter and nine digits (Q150123456). */
const BIRTH_CERTIFICATE = /^[A-Z]\d{9}$/;
export const maskBirthCertificate = (s: string) => `${s.slice(0, 1)}*****${s.slice(-4)}`;

/** The field errors of a registration, checked before anything is written. */
export async function registrationProblems(db: Db, scope: Scope, b: RegisterHealthChildBody, today: string) {
  const problems: FieldError[] = [];
  if (b.birthDate > today)
    problems.push({
      path: 'birthDate',
      message: msg('出生日期不能晚于今天', 'The birth date cannot be after today'),
    });
  if (b.birthDate < addDays(today, -6 * 366))
    problems.push({
      path: 'birthDate',
      message: msg('出生日期过早，不在儿童健康管理范围', 'Too old for child health management'),
    });
  if (b.birthCertificateNo && !BIRTH_CERTIFICATE.test(b.birthCertificateNo))
    problems.push({
      path: 'birthCertificateNo',
      message: msg(
        '出生医学证明编号应为 1 个字母加 9 位数字',
        'A birth certificate number is one letter and nine digits',
      ),
    });
  if (b.residentId) {
    const id = isValidResidentId(b.residentId) ? parseResidentId(b.residentId) : null;
    if (!id)
      problems.push({
        path: 'residentId',
        message: msg('身份证号码无效（GB 11643-1999）', 'Invalid resident ID number (GB 11643-1999)'),
      });
    else if (id.birthDate !== b.birthDate || id.sex !== b.sex)
      problems.push({
        path: 'residentId',
        message: msg(
          '身份证号码中的出生日期或性别与填写的不一致',
          'The ID number’s birth date or sex differs from the form',
        ),
      });
  }
  b.guardians.forEach((g, i) => {
    if (!isValidMobile(g.mobile))
      problems.push({
        path: `guardians.${i}.mobile`,
        message: msg('手机号码格式不正确', 'Not a valid mobile number'),
      });
  });
  if (!isInScope(scope, b.townshipCode) || !(await township(db, b.townshipCode)))
    problems.push({
      path: 'townshipCode',
      message: msg('不是您辖区内的苏木乡镇(街道)', 'Not a township in your jurisdiction'),
    });
  return problems;
}

/** The columns of a new register entry (also the births import's). */
export function newChildRow(ctx: AppContext, b: RegisterHealthChildBody, createdBy: number | null) {
  const now = nowIso();
  const guardians: HealthGuardian[] = b.guardians;
  return {
    row: {
      division_code: b.townshipCode,
      name: b.name,
      sex: b.sex,
      birth_date: b.birthDate,
      birth_cert_enc: b.birthCertificateNo ? encryptField(ctx.keys, b.birthCertificateNo) : null,
      birth_cert_hash: b.birthCertificateNo ? lookupHash(ctx.keys, b.birthCertificateNo) : null,
      birth_cert_masked: b.birthCertificateNo ? maskBirthCertificate(b.birthCertificateNo) : null,
      resident_id_enc: b.residentId ? encryptField(ctx.keys, b.residentId) : null,
      resident_id_hash: b.residentId ? lookupHash(ctx.keys, b.residentId) : null,
      resident_id_masked: b.residentId ? maskResidentId(b.residentId) : null,
      guardians_enc: encryptField(ctx.keys, JSON.stringify(guardians)),
      guardians_masked: JSON.stringify(guardians.map((g) => ({ ...g, mobile: maskMobile(g.mobile) }))),
      status: 'active' as const,
      created_by: createdBy,
      created_at: now,
      updated_at: now,
    },
    mobileHashes: guardians.map((g) => lookupHash(ctx.keys, g.mobile)),
  };
}

/** A number already on the register answers 409, naming the field. */
export async function duplicateOf(db: Db, row: ReturnType<typeof newChildRow>['row']) {
  if (row.birth_cert_hash && (await childrenWithNumber(db, 'birth_cert_hash', row.birth_cert_hash)).length)
    return 'birthCertificateNo';
  if (row.resident_id_hash && (await childrenWithNumber(db, 'resident_id_hash', row.resident_id_hash)).length)
    return 'residentId';
  return null;
}

export async function registerChild(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  b: RegisterHealthChildBody,
) {
  const problems = await registrationProblems(ctx.db, scopeOf(caller), b, todayInBeijing());
  if (problems.length) throw invalid(...problems);
  const rules = await healthRules(ctx.db);
  const { row, mobileHashes } = newChildRow(ctx, b, caller.id);
  return ctx.db.transaction().execute(async (trx) => {
    const dup = await duplicateOf(trx, row);
    if (dup)
      throw conflict(
        dup === 'birthCertificateNo'
          ? msg('该出生医学证明编号已登记', 'This birth certificate number is already registered')
          : msg('该身份证号码已登记', 'This resident ID number is already registered'),
      );
    const id = await insertHealthChild(trx, row, mobileHashes);
    await refreshLedger(trx, id, rules);
    await recordAudit(trx, ctx.keys, actor, {
      action: 'health_child.register',
      entityType: 'health_child',
      entityId: id,
      divisionCode: b.townshipCode,
      changes: { birthDate: b.birthDate, guardians: b.guardians.length },
    });
    return { id };
  });
}

/** The list filter's dates: this week and the newborn period, from today. */
export const listDates = (today: string) => ({
  today,
  weekEnd: addDays(today, 7),
  newbornFrom: addDays(today, -60),
});

export async function listChildren(
  ctx: AppContext,
  caller: SessionUser,
  f: Omit<ListFilter, 'today' | 'weekEnd' | 'newbornFrom'> & { page: number; pageSize: number },
) {
  const today = todayInBeijing();
  const qHash = f.q && /^[A-Z0-9]{10,18}$/i.test(f.q) ? lookupHash(ctx.keys, f.q.toUpperCase()) : undefined;
  const { rows, total } = await childPage(
    ctx.db,
    scopeOf(caller),
    { ...f, ...listDates(today), qHash },
    f.pageSize,
    (f.page - 1) * f.pageSize,
  );
  return { items: await listItems(ctx.db, rows, today), total, page: f.page, pageSize: f.pageSize };
}

/** Rows to list items: township names and each child's next due check-up. */
export async function listItems(db: Db, rows: ChildRow[], today: string): Promise<HealthChildListItem[]> {
  const names = await divisionNames(db, [...new Set(rows.map((r) => r.division_code))]);
  const dues = await nextDues(
    db,
    rows.map((r) => r.id),
    today,
  );
  const first = new Map<number, (typeof dues)[number]>();
  for (const d of dues) if (!first.has(d.child_id)) first.set(d.child_id, d);
  return rows.map((r) =>
    toListItem(r, names.get(r.division_code) ?? r.division_code, dueView(first.get(r.id), today), today),
  );
}
