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
import { type ExpressionBuilder, sql } from 'kysely';
import type { Database } from '../../db/schema';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { conflict, invalid, notFound, ruleBroken } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { ownProvider } from '../../platform/provider-access';
import { nowIso, todayInBeijing } from '../../platform/time';
import { enrollChild } from '../children/service';
import { blacklistedRefusal, isBlacklisted } from '../credit/listing';

/** The application's place in its waitlist (null once decided). */
const position = (eb: ExpressionBuilder<Database & { a: Database['applications'] }, 'a'>) =>
  eb
    .selectFrom('applications as w')
    .select(sql<number>`count(*)`.as('n'))
    .whereRef('w.provider_id', '=', 'a.provider_id')
    .whereRef('w.class_type', '=', 'a.class_type')
    .where('w.status', '=', 'waiting')
    .whereRef('w.id', '<=', 'a.id')
    .as('position');

function query(ctx: AppContext) {
  return ctx.db
    .selectFrom('applications as a')
    .innerJoin('providers as p', 'p.id', 'a.provider_id')
    .select([
      'a.id',
      'a.provider_id',
      'p.name as provider_name',
      'a.child_name',
      'a.birth_date',
      'a.desired_start',
      'a.service_form',
      'a.class_type',
      'a.note',
      'a.status',
      'a.decline_reason',
      'a.child_id',
      'a.created_at',
      'a.decided_at',
      (eb) => position(eb),
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof query>['executeTakeFirstOrThrow']>>;

const toApplication = (r: Row): Application => ({
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
  const p = await ctx.db
    .selectFrom('providers')
    .select(['id', 'public', 'division_code', 'service_forms'])
    .where('id', '=', providerId)
    .executeTakeFirst();
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
    const same = await trx
      .selectFrom('applications')
      .select('id')
      .where('provider_id', '=', providerId)
      .where('parent_user_id', '=', caller.id)
      .where('child_name', '=', b.childName)
      .where('birth_date', '=', b.birthDate)
      .where('status', '=', 'waiting')
      .executeTakeFirst();
    if (same) throw conflict(msg('已为这个孩子提交过申请', 'You have already applied for this child'));
    const row = await trx
      .insertInto('applications')
      .values({
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
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.keys, actor, {
      action: 'application.submit',
      entityType: 'application',
      entityId: row.id,
      divisionCode: p.division_code,
      changes: { providerId, classType, desiredStart: b.desiredStart, serviceForm: b.serviceForm },
    });
    return row.id;
  });
  return toApplication(await query(ctx).where('a.id', '=', id).executeTakeFirstOrThrow());
}

/** The provider's applications: waitlists by class type, first come first served. */
export async function providerApplications(
  ctx: AppContext,
  caller: SessionUser,
  status: Application['status'] | undefined,
) {
  const providerId = ownProvider(caller);
  let q = query(ctx).where('a.provider_id', '=', providerId);
  if (status) q = q.where('a.status', '=', status);
  const rows = await q.orderBy('a.class_type').orderBy('a.id').limit(1000).execute();
  return { items: rows.map(toApplication) };
}

export async function myApplications(ctx: AppContext, caller: SessionUser) {
  const rows = await query(ctx)
    .where('a.parent_user_id', '=', caller.id)
    .orderBy('a.id', 'desc')
    .limit(200)
    .execute();
  return { items: rows.map(toApplication) };
}

/** A waiting application of the caller's provider, or 404 / 409. */
async function waiting(ctx: AppContext, providerId: number, id: number) {
  const app = await ctx.db
    .selectFrom('applications')
    .selectAll()
    .where('id', '=', id)
    .where('provider_id', '=', providerId)
    .executeTakeFirst();
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
    const res = await trx
      .updateTable('applications')
      .set({ status: 'declined', decline_reason: reason, decided_at: nowIso() })
      .where('id', '=', id)
      .where('status', '=', 'waiting')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw alreadyDecided();
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
      const res = await trx
        .updateTable('applications')
        .set({ status: 'accepted', child_id: childId, decided_at: nowIso() })
        .where('id', '=', id)
        .where('status', '=', 'waiting')
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw alreadyDecided();
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
