/**
 * Enrollment applications (issue 4, item 5): a logged-in parent applies to a listed provider; the
 * class type comes from the child's age at the desired start (托育机构设置标准（试行）); waiting
 * applications form a waitlist per provider and class type, first come first served. The provider
 * declines with a reason or accepts into a class — the child record is created then, through the
 * ordinary enrolment (ID number validated, encrypted), in the same transaction that closes the
 * application.
 */
import type { AcceptApplicationBody, Application, ApplicationBody } from '@tuoyu/contracts';
import {
  ageInMonths,
  type ClassType,
  classTypeForAge,
  isValidResidentId,
  parseResidentId,
} from '@tuoyu/domain';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { conflict, invalid, notFound, ruleBroken } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { ownProvider } from '../../platform/provider-access';
import { nowIso, todayInBeijing } from '../../platform/time';
import { enrollChild } from '../children/service';
import { blacklistedRefusal } from '../credit/listing';
import { isBlacklisted } from '../credit/queries';
import {
  type ApplicationRow,
  applicationProvider,
  decideApplication,
  findApplication,
  insertApplication,
  parentApplicationRows,
  providerApplication,
  providerApplicationRows,
  sameWaitingApplication,
} from './queries';

const toApplication = (r: ApplicationRow): Application => ({
  id: r.id,
  providerId: r.provider_id,
  providerName: r.provider_name,
  childName: r.child_name,
  birthDate: r.birth_date,
  desiredStart: r.desired_start,
  serviceForm: r.service_form,
  classType: r.class_type as ClassType,
  note: r.note,
  status: r.status,
  position: r.status === 'waiting' ? Number(r.position) : null,
  declineReason: r.decline_reason,
  childId: r.child_id,
  createdAt: r.created_at,
  decidedAt: r.decided_at,
});

export async function submitApplication(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  providerId: number,
  b: ApplicationBody,
): Promise<Application> {
  const p = await applicationProvider(ctx.db, providerId);
  // Only listed providers take applications; others do not exist for the public.
  if (p?.public !== 1) throw notFound();
  if (await isBlacklisted(ctx.db, providerId)) throw blacklistedRefusal();
  const today = todayInBeijing();
  if (b.birthDate > today)
    throw invalid({ path: 'birthDate', message: msg('出生日期不能晚于今天', 'Birth date is in the future') });
  if (b.desiredStart < today)
    throw invalid({
      path: 'desiredStart',
      message: msg('期望入托日期不能早于今天', 'The desired start cannot be in the past'),
    });
  const months = ageInMonths(b.birthDate, b.desiredStart);
  const classType = classTypeForAge(months);
  if (!classType)
    throw ruleBroken(
      msg(
        `孩子在期望入托日期为 ${months} 个月，托育机构招收 6 至 36 个月的婴幼儿（托育机构设置标准（试行））`,
        `The child will be ${months} months old; providers take children from 6 to 36 months (托育机构设置标准（试行）)`,
      ),
      [{ path: 'birthDate', message: msg('月龄不在 6–36 个月之间', 'Age outside 6–36 months') }],
    );
  const forms = JSON.parse(p.service_forms) as string[];
  if (!forms.includes(b.serviceForm))
    throw ruleBroken(msg('该机构不提供这种服务形式', 'The provider does not offer this service form'), [
      { path: 'serviceForm', message: msg('机构不提供', 'Not offered') },
    ]);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const same = await sameWaitingApplication(trx, {
      providerId,
      parentUserId: caller.id,
      childName: b.childName,
      birthDate: b.birthDate,
    });
    if (same) throw conflict(msg('已为这个孩子提交过申请', 'You have already applied for this child'));
    const id = await insertApplication(trx, {
      provider_id: providerId,
      division_code: p.division_code,
      parent_user_id: caller.id,
      child_name: b.childName,
      birth_date: b.birthDate,
      desired_start: b.desiredStart,
      service_form: b.serviceForm,
      class_type: classType,
      note: b.note?.trim() ? b.note.trim() : null,
      status: 'waiting',
      decline_reason: null,
      child_id: null,
      created_at: nowIso(),
      decided_at: null,
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'application.submit',
      entityType: 'application',
      entityId: id,
      divisionCode: p.division_code,
      changes: { providerId, classType, desiredStart: b.desiredStart, serviceForm: b.serviceForm },
    });
    return id;
  });
  return toApplication(await findApplication(ctx.db, id));
}

/** The provider's applications: waitlists by class type, first come first served. */
export async function providerApplications(
  ctx: AppContext,
  caller: SessionUser,
  status: Application['status'] | undefined,
) {
  const providerId = ownProvider(caller);
  const rows = await providerApplicationRows(ctx.db, providerId, status);
  return { items: rows.map(toApplication) };
}

export async function myApplications(ctx: AppContext, caller: SessionUser) {
  const rows = await parentApplicationRows(ctx.db, caller.id);
  return { items: rows.map(toApplication) };
}

/** A waiting application of the caller's provider, or 404 / 409. */
async function waiting(ctx: AppContext, providerId: number, id: number) {
  const app = await providerApplication(ctx.db, providerId, id);
  if (!app) throw notFound();
  if (app.status !== 'waiting') throw conflict(msg('该申请已处理', 'The application has been decided'));
  return app;
}

const alreadyDecided = () => conflict(msg('该申请已处理', 'The application has been decided'));

export async function declineApplication(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  reason: string,
) {
  const providerId = ownProvider(caller);
  const app = await waiting(ctx, providerId, id);
  await ctx.db.transaction().execute(async (trx) => {
    const decided = await decideApplication(trx, id, {
      status: 'declined',
      decline_reason: reason,
      decided_at: nowIso(),
    });
    if (!decided) throw alreadyDecided();
    await recordAudit(trx, ctx.keys, actor, {
      action: 'application.decline',
      entityType: 'application',
      entityId: id,
      divisionCode: app.division_code,
      changes: { reason },
    });
  });
  return { ok: true as const };
}

/** Accepts into a class: the child record is created and the application closed, together. */
export async function acceptApplication(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  b: AcceptApplicationBody,
) {
  const providerId = ownProvider(caller);
  const app = await waiting(ctx, providerId, id);
  const parsed = isValidResidentId(b.residentId) ? parseResidentId(b.residentId) : null;
  if (parsed && parsed.birthDate !== app.birth_date)
    throw invalid({
      path: 'residentId',
      message: msg(
        '身份证号码中的出生日期与申请不符',
        'The birth date in the ID number differs from the application',
      ),
    });
  const today = todayInBeijing();
  // The later of the desired start and today (ISO dates sort as strings).
  const enrolledOn = [today, app.desired_start].sort()[1] ?? today;
  const child = await enrollChild(
    ctx,
    caller,
    actor,
    {
      name: app.child_name,
      residentId: b.residentId,
      guardians: b.guardians,
      classId: b.classId,
      enrolledOn,
      vaccinationUpToDate: b.vaccinationUpToDate,
      entryExamDate: b.entryExamDate ?? null,
    },
    async (trx, childId) => {
      const decided = await decideApplication(trx, id, {
        status: 'accepted',
        child_id: childId,
        decided_at: nowIso(),
      });
      if (!decided) throw alreadyDecided();
      await recordAudit(trx, ctx.keys, actor, {
        action: 'application.accept',
        entityType: 'application',
        entityId: id,
        divisionCode: app.division_code,
        changes: { childId, classId: b.classId, enrolledOn },
      });
    },
  );
  return { childId: child.id, duplicateFlag: child.duplicateFlag };
}
