/**
 * The county's side of the filing workflow: within 5 working days it files the submission (a
 * number on first filing, a new version each time) or returns it with reasons; later it suspends,
 * resumes or ends the filing. The public listing follows every change at once.
 */
import { can, type FilingData } from '@tuoyu/contracts';
import { type FilingState, formatFilingNumber, isPubliclyListed, nextFilingState } from '@tuoyu/domain';
import type { AuditActor } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { forbidden, ruleBroken } from '../../platform/errors';
import type { Lang } from '../../platform/i18n';
import { nowIso } from '../../platform/time';
import { seedClassesFromFiling } from '../children/service';
import { refreshPlacesSummary } from '../indicators/summary';
import { getFiling, loadFiling } from './filing';
import { checksFor, illegal, transition } from './filing-transition';
import { publicColumns } from './public-listing';
import * as q from './queries';
import { parseJson } from './view';

/** Returns a filing (or change) under review to the provider with the reasons. */
export async function returnFiling(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  reason: string,
) {
  const row = await loadFiling(ctx, caller, id);
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
  const row = await loadFiling(ctx, caller, id);
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
  const row = await loadFiling(ctx, caller, id);
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
