/**
 * The filing workflow (备案, 登记和备案办法; SPEC C1): the provider fills in and submits; the
 * county files within 5 working days or returns it with reasons; changes, suspension and
 * deregistration later. Every transition is recorded (who, when, why) and audited.
 */
import { can, type FilingData, type Permission } from '@tuoyu/contracts';
import {
  addWorkingDays,
  allowedFilingActions,
  type FilingAction,
  type FilingState,
  filingChecksPass,
  formatFilingNumber,
  isFilingEditable,
  isPubliclyListed,
  nextFilingState,
  runFilingChecks,
} from '@tuoyu/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { AppError, conflict, forbidden, notFound, ruleBroken } from '../../platform/errors';
import type { Lang } from '../../platform/i18n';
import { scopeOf } from '../../platform/scope';
import { nowIso, todayInBeijing } from '../../platform/time';
import { currentCalendar } from '../calendar/service';
import { seedClassesFromFiling } from '../children/service';
import { refreshPlacesSummary } from '../indicators/summary';
import { findDivision } from '../reference/queries';
import { standardsSettings } from '../settings/service';
import { publicColumns } from './public-listing';
import * as q from './queries';
import { filingView, parseJson } from './view';

async function load(ctx: AppContext, caller: SessionUser, id: number) {
  const row = await q.findFiling(ctx.db, scopeOf(caller), id);
  if (!row) throw notFound();
  return row;
}

export async function getFiling(ctx: AppContext, caller: SessionUser, id: number) {
  const row = await load(ctx, caller, id);
  const ids = [row.data, row.filed_data].flatMap(
    (d) => parseJson<FilingData>(d)?.documents.map((x) => x.fileId) ?? [],
  );
  const files = ids.length
    ? await ctx.db
        .selectFrom('files')
        .select(['id', 'name', 'size', 'mime'])
        .where('id', 'in', [...new Set(ids)])
        .where('provider_id', '=', row.provider_id)
        .execute()
    : [];
  const view = filingView(row, files, await q.listFilingEvents(ctx.db, id), await currentCalendar(ctx.db));
  return { ...view, actions: filingActions(caller, row.status as FilingState, !!row.manager_username) };
}

const REVIEW_ACTIONS: readonly FilingAction[] = ['accept', 'return', 'suspend', 'resume', 'deregister'];

/** What the caller may do on a filing they can see (scope is already checked by loading it). */
function filingActions(caller: SessionUser, status: FilingState, hasManager: boolean): Permission[] {
  const actions: Permission[] = [];
  if (can(caller.role, 'filings.edit') && isFilingEditable(status)) actions.push('filings.edit');
  const open = allowedFilingActions(status);
  if (can(caller.role, 'filings.review') && REVIEW_ACTIONS.some((a) => open.includes(a)))
    actions.push('filings.review');
  if (can(caller.role, 'providers.set-manager') && !hasManager) actions.push('providers.set-manager');
  return actions;
}

/** Every accepted version, newest first: what was on record when (change filings, SPEC C1). */
export async function listFilingVersions(ctx: AppContext, caller: SessionUser, id: number) {
  await load(ctx, caller, id);
  const rows = await ctx.db
    .selectFrom('filing_versions')
    .selectAll()
    .where('filing_id', '=', id)
    .orderBy('version', 'desc')
    .execute();
  return {
    items: rows.map((r) => ({
      version: r.version,
      filedAt: r.filed_at,
      filedBy: r.filed_by,
      data: JSON.parse(r.data) as FilingData,
    })),
  };
}

export async function listFilings(
  ctx: AppContext,
  caller: SessionUser,
  f: Parameters<typeof q.listFilings>[2],
) {
  const { items, total } = await q.listFilings(ctx.db, scopeOf(caller), f, todayInBeijing());
  const { reviewClock } = await import('./view');
  const calendar = await currentCalendar(ctx.db);
  return {
    items: items.map((r) => ({
      id: r.id,
      providerId: r.provider_id,
      providerName: r.name,
      kind: r.kind,
      divisionCode: r.division_code,
      divisionName: r.division_name,
      status: r.status,
      version: r.version,
      filingNumber: r.filing_number,
      submittedAt: r.submitted_at,
      dueDate: r.due_date,
      ...reviewClock(r.status, r.due_date, calendar),
      updatedAt: r.updated_at,
    })),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}

function illegal(state: string, action: FilingAction) {
  return conflict({
    zh: `当前状态（${state}）不能执行“${action}”操作`,
    en: `Action "${action}" is not allowed while the filing is ${state}`,
  });
}

async function transition(
  trx: Transaction<Database>,
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  row: q.FilingRow,
  action: FilingAction,
  to: FilingState,
  reason: string | null,
  changes: Record<string, unknown> = {},
) {
  const at = nowIso();
  await q.insertFilingEvent(trx, {
    filing_id: row.id,
    action,
    from_status: row.status,
    to_status: to,
    actor_id: caller.id,
    actor_username: caller.username,
    actor_name: caller.displayName,
    reason,
    at,
  });
  await recordAudit(trx, ctx.keys, actor, {
    action: `filing.${action}`,
    entityType: 'filing',
    entityId: row.id,
    divisionCode: row.division_code,
    changes: { status: { from: row.status, to }, ...(reason ? { reason } : {}), ...changes },
  });
}

/** Saves the provider's form (draft, after a return, or a change once filed). */
export async function saveFiling(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  data: FilingData,
) {
  const row = await load(ctx, caller, id);
  if (!can(caller.role, 'filings.edit')) throw forbidden();
  if (!isFilingEditable(row.status as FilingState)) {
    throw conflict({
      zh: '备案审核期间不能修改，请等待审核结果',
      en: 'The filing cannot be edited while it is under review',
    });
  }
  const township = await findDivision(ctx.db, data.townshipCode);
  if (!township || township.parent_code !== row.division_code) {
    throw ruleBroken(
      { zh: '苏木乡镇(街道)不属于本机构所在旗县区', en: 'The township is not in the provider’s county' },
      [
        {
          path: 'townshipCode',
          message: { zh: '不属于本机构所在旗县区', en: 'Not in the provider’s county' },
        },
      ],
    );
  }
  const fileIds = data.documents.map((d) => d.fileId);
  if (fileIds.length) {
    const owned = await ctx.db
      .selectFrom('files')
      .select('id')
      .where('id', 'in', fileIds)
      .where('provider_id', '=', row.provider_id)
      .execute();
    const missing = fileIds.filter((f) => !owned.some((o) => o.id === f));
    if (missing.length) {
      throw ruleBroken(
        {
          zh: `附件不存在或不属于本机构：${missing.join(', ')}`,
          en: `Unknown documents: ${missing.join(', ')}`,
        },
        [{ path: 'documents', message: { zh: '附件不存在或不属于本机构', en: 'Unknown document file' } }],
      );
    }
  }
  await ctx.db.transaction().execute(async (trx) => {
    await q.updateFiling(trx, id, { data: JSON.stringify(data), updated_at: nowIso() });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'filing.save',
      entityType: 'filing',
      entityId: id,
      divisionCode: row.division_code,
      changes: { classes: data.classes.length, fees: data.fees.length, documents: data.documents.length },
    });
  });
  return getFiling(ctx, caller, id);
}

async function checksFor(ctx: AppContext, row: q.FilingRow, data: FilingData, lang: Lang) {
  const [ceilings, settings] = await Promise.all([q.listFeeCeilings(ctx.db), standardsSettings(ctx.db)]);
  const results = runFilingChecks({ ...data, kind: row.kind, legalForm: row.legal_form }, todayInBeijing(), {
    feeCeilings: ceilings.map((c) => ({
      classType: c.class_type,
      serviceForm: c.service_form,
      maxMonthlyFen: c.max_monthly_fen,
    })),
    settings,
  });
  return {
    pass: filingChecksPass(results),
    results,
    stored: results.map((r) => ({
      id: r.id,
      ok: r.ok,
      standard: r.standard,
      message: r.message[lang],
      ...(r.path ? { path: r.path } : {}),
    })),
  };
}

/** Submits for filing (or a change once filed): 422 listing each failed standards check, else under review. */
export async function submitFiling(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  lang: Lang,
) {
  const row = await load(ctx, caller, id);
  if (!can(caller.role, 'filings.edit')) throw forbidden();
  const action: FilingAction = row.status === 'filed' ? 'submit_change' : 'submit';
  const to = nextFilingState(row.status as FilingState, action);
  if (!to) throw illegal(row.status, action);
  const data = parseJson<FilingData>(row.data);
  if (!data) {
    throw ruleBroken({ zh: '请先填写并保存备案信息', en: 'Fill in and save the filing form first' }, [
      { path: 'data', message: { zh: '备案信息未填写', en: 'The filing form is empty' } },
    ]);
  }
  const checks = await checksFor(ctx, row, data, lang);
  if (!checks.pass) {
    const failed = checks.results.filter((r) => !r.ok);
    throw ruleBroken(
      {
        zh: `有 ${failed.length} 项不符合标准，请修改后再提交`,
        en: `${failed.length} checks failed; correct them and submit again`,
      },
      failed.map((r) => ({
        path: r.path ?? r.id,
        message: { zh: `${r.message.zh}（${r.standard}）`, en: `${r.message.en} (${r.standard})` },
      })),
    );
  }
  const today = todayInBeijing();
  const { filingDeadlineWorkingDays } = await standardsSettings(ctx.db);
  const due = addWorkingDays(today, filingDeadlineWorkingDays, await currentCalendar(ctx.db));
  await ctx.db.transaction().execute(async (trx) => {
    await q.updateFiling(trx, id, {
      status: to,
      submitted_at: nowIso(),
      due_date: due,
      checks: JSON.stringify(checks.stored),
      return_reason: null,
      updated_at: nowIso(),
    });
    await transition(trx, ctx, caller, actor, row, action, to, null, { dueDate: due });
  });
  return { status: to, dueDate: due, checks: checks.stored };
}

/** Returns a filing (or change) under review to the provider with the reasons. */
export async function returnFiling(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  reason: string,
) {
  const row = await load(ctx, caller, id);
  if (!can(caller.role, 'filings.review')) throw forbidden();
  const to = nextFilingState(row.status as FilingState, 'return');
  if (!to) throw illegal(row.status, 'return');
  await ctx.db.transaction().execute(async (trx) => {
    await q.updateFiling(trx, id, {
      status: to,
      return_reason: reason,
      due_date: null,
      updated_at: nowIso(),
    });
    await transition(trx, ctx, caller, actor, row, 'return', to, reason);
  });
  return getFiling(ctx, caller, id);
}

/** Files it: a number on first filing, a new version each time; failed checks need a recorded exception. */
export async function acceptFiling(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  exceptionReason: string | undefined,
  lang: Lang,
) {
  const row = await load(ctx, caller, id);
  if (!can(caller.role, 'filings.review')) throw forbidden();
  const to = nextFilingState(row.status as FilingState, 'accept');
  if (!to) throw illegal(row.status, 'accept');
  const data = parseJson<FilingData>(row.data);
  if (!data) throw illegal(row.status, 'accept');
  const checks = await checksFor(ctx, row, data, lang);
  if (!checks.pass && !exceptionReason) {
    const failed = checks.results.filter((r) => !r.ok);
    throw ruleBroken(
      {
        zh: '有未通过的标准检查，须填写例外理由才能备案',
        en: 'Some standards checks fail: an exception reason is required to accept',
      },
      [
        { path: 'exceptionReason', message: { zh: '须填写例外理由', en: 'An exception reason is required' } },
        ...failed.map((r) => ({ path: r.path ?? r.id, message: r.message })),
      ],
    );
  }
  const now = nowIso();
  const filingNumber = await ctx.db.transaction().execute(async (trx) => {
    const number =
      row.filing_number ??
      formatFilingNumber(
        row.division_code,
        Number(now.slice(0, 4)),
        await q.nextFilingSeq(trx, row.division_code, Number(now.slice(0, 4))),
      );
    const version = row.version + 1;
    await q.updateFiling(trx, id, {
      status: to,
      filed_data: row.data,
      version,
      filing_number: number,
      filed_at: row.filed_at ?? now,
      exception_reason: checks.pass ? null : (exceptionReason ?? null),
      checks: JSON.stringify(checks.stored),
      due_date: null,
      updated_at: now,
    });
    await q.insertFilingVersion(trx, {
      filing_id: id,
      version,
      data: row.data ?? '{}',
      filed_at: now,
      filed_by: caller.username,
    });
    await q.updateProvider(trx, row.provider_id, {
      ...publicColumns(data, isPubliclyListed(to)),
      updated_at: now,
    });
    await refreshPlacesSummary(trx, row.division_code);
    await seedClassesFromFiling(trx, row.provider_id, data.classes);
    await transition(
      trx,
      ctx,
      caller,
      actor,
      row,
      'accept',
      to,
      checks.pass ? null : (exceptionReason ?? null),
      {
        filingNumber: number,
        version,
        failedChecks: checks.results.filter((r) => !r.ok).map((r) => r.id),
      },
    );
    return number;
  });
  return { filingNumber };
}

/** Suspends, resumes or ends (注销) a filing; the public listing follows at once. */
export async function changeFilingStatus(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  action: 'suspend' | 'resume' | 'deregister',
  reason: string,
) {
  const row = await load(ctx, caller, id);
  if (!can(caller.role, 'filings.review')) throw forbidden();
  const to = nextFilingState(row.status as FilingState, action);
  if (!to) throw illegal(row.status, action);
  await ctx.db.transaction().execute(async (trx) => {
    await q.updateFiling(trx, id, { status: to, updated_at: nowIso() });
    await q.updateProvider(trx, row.provider_id, {
      ...publicColumns(parseJson<FilingData>(row.filed_data), isPubliclyListed(to)),
      updated_at: nowIso(),
    });
    await refreshPlacesSummary(trx, row.division_code);
    await transition(trx, ctx, caller, actor, row, action, to, reason);
  });
  return getFiling(ctx, caller, id);
}

export { AppError };
