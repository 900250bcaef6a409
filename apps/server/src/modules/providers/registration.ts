/**
 * Registration push (SPEC C1; plan (四)1; 登记和备案办法): the registering unit records a provider
 * it registered, and the county health commission then sees it as "registered, not yet filed".
 */
import type { RegistrationBody } from '@tuoyu/contracts';
import {
  checkProviderName,
  isValidCreditCode,
  legalFormForCreditCode,
  NAME_PROBLEM_MESSAGES,
  REGISTERING_UNITS,
  registeringUnitFor,
} from '@tuoyu/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { AppError, type FieldError, forbidden, ruleBroken } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { isInScope, scopeOf } from '../../platform/scope';
import { nowIso } from '../../platform/time';
import { findDivision } from '../reference/queries';
import * as q from './queries';

/** Every reason the registration breaks a rule, as field errors (all at once, not one per try). */
export async function registrationProblems(
  ctx: AppContext,
  caller: SessionUser,
  b: RegistrationBody,
): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  const name = checkProviderName(b.name, b.kind, b.serviceForms);
  for (const p of name.problems) {
    problems.push({
      path: p === 'no_service_form_selected' ? 'serviceForms' : 'name',
      message: NAME_PROBLEM_MESSAGES[p],
    });
  }
  if (!isValidCreditCode(b.creditCode)) {
    problems.push({
      path: 'creditCode',
      message: msg(
        '统一社会信用代码无效（GB 32100-2015 字符集或校验码不符）',
        'Invalid unified social credit code (GB 32100-2015 characters or check character)',
      ),
    });
  } else if (legalFormForCreditCode(b.creditCode) !== b.legalForm) {
    problems.push({
      path: 'creditCode',
      message: msg(
        '信用代码首位的登记管理部门与所选法人类型不符（1 编办、5 民政、9 市场监管）',
        'The credit code’s registering authority (1 编办, 5 民政, 9 市场监管) does not match the legal form',
      ),
    });
  }
  if (caller.unit === 'edu') {
    if (b.kind !== 'kindergarten_class') {
      problems.push({
        path: 'kind',
        message: msg('教育部门只登记幼儿园托班', 'Education registers kindergarten toddler classes only'),
      });
    }
  } else if (registeringUnitFor(b.legalForm) !== caller.unit) {
    problems.push({
      path: 'legalForm',
      message: msg(
        '该法人类型不由本单位登记（事业单位—编办，社会服务机构—民政，企业—市场监管）',
        'Your unit does not register this legal form (public institution—编办, social service—民政, enterprise—市场监管)',
      ),
    });
  }
  const division = await findDivision(ctx.db, b.divisionCode);
  if (division?.level !== 'county' || !isInScope(scopeOf(caller), b.divisionCode)) {
    problems.push({
      path: 'divisionCode',
      message: msg('所在旗县区不在您的管辖范围内', 'The county is outside your jurisdiction'),
    });
  }
  if (b.townshipCode) {
    const t = await findDivision(ctx.db, b.townshipCode);
    if (!t || t.parent_code !== b.divisionCode) {
      problems.push({
        path: 'townshipCode',
        message: msg('苏木乡镇(街道)不属于所选旗县区', 'The township is not in the chosen county'),
      });
    }
  }
  return problems;
}

export async function registerProvider(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  b: RegistrationBody,
) {
  assertRegisteringUnit(caller);
  const problems = await registrationProblems(ctx, caller, b);
  if (problems.length) {
    throw ruleBroken(
      { zh: problems.map((p) => p.message.zh).join('；'), en: problems.map((p) => p.message.en).join('; ') },
      problems,
    );
  }
  return ctx.db.transaction().execute(async (trx) => {
    if (await q.findProviderByCreditCode(trx, b.creditCode)) throw duplicateCreditCode(b.creditCode);
    return insertRegistration(trx, ctx, caller, actor, b);
  });
}

export function assertRegisteringUnit(caller: SessionUser) {
  if (!caller.unit || !(REGISTERING_UNITS as readonly string[]).includes(caller.unit)) throw forbidden();
}

export const duplicateCreditCode = (code: string) =>
  new AppError(
    'conflict',
    { reasonZh: `统一社会信用代码 ${code} 已登记`, reasonEn: `Credit code ${code} is already registered` },
    [
      {
        path: 'creditCode',
        message: msg('该统一社会信用代码已登记', 'This credit code is already registered'),
      },
    ],
  );

/** Writes one checked registration: the provider, its draft filing, the event and the audit entry. */
export async function insertRegistration(
  trx: Transaction<Database>,
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  b: RegistrationBody,
) {
  const now = nowIso();
  const providerId = await q.insertProvider(trx, {
    name: b.name,
    credit_code: b.creditCode,
    legal_form: b.legalForm,
    kind: b.kind,
    division_code: b.divisionCode,
    township_code: b.townshipCode ?? null,
    address: b.address,
    service_forms: JSON.stringify(b.serviceForms),
    legal_representative: b.legalRepresentative,
    contact_phone: b.contactPhone,
    registered_by_unit: caller.unit ?? '',
    registered_at: now,
    created_at: now,
    updated_at: now,
  });
  const filingId = await q.insertFiling(trx, {
    provider_id: providerId,
    division_code: b.divisionCode,
    status: 'draft',
    version: 0,
    updated_at: now,
  });
  await q.insertFilingEvent(trx, {
    filing_id: filingId,
    action: 'register',
    from_status: null,
    to_status: 'draft',
    actor_id: caller.id,
    actor_username: caller.username,
    actor_name: caller.displayName,
    reason: null,
    at: now,
  });
  await recordAudit(trx, ctx.keys, actor, {
    action: 'provider.register',
    entityType: 'provider',
    entityId: providerId,
    divisionCode: b.divisionCode,
    changes: { ...b },
  });
  return { providerId, filingId };
}
