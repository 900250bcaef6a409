/**
 * The filing workflow (备案, 登记和备案办法; SPEC C1), its reads: one filing with its documents and
 * history, its accepted versions, and the list in scope. The provider's side is filing-submit.ts,
 * the county's filing-review.ts.
 */
import { can, type FilingData, type Permission } from '@tuoyu/contracts';
import { allowedFilingActions, type FilingAction, type FilingState, isFilingEditable } from '@tuoyu/domain';
import type { AppContext, SessionUser } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { scopeOf } from '../../platform/scope';
import { todayInBeijing } from '../../platform/time';
import { currentCalendar } from '../calendar/service';
import * as q from './queries';
import { filingView, parseJson, reviewClock } from './view';

/** The filing if the caller's scope sees it, else 404. */
export async function loadFiling(ctx: AppContext, caller: SessionUser, id: number) {
  const row = await q.findFiling(ctx.db, scopeOf(caller), id);
  if (!row) throw notFound();
  return row;
}

export async function getFiling(ctx: AppContext, caller: SessionUser, id: number) {
  const row = await loadFiling(ctx, caller, id);
  const ids = [row.data, row.filed_data].flatMap(
    (d) => parseJson<FilingData>(d)?.documents.map((x) => x.fileId) ?? [],
  );
  const files = ids.length ? await q.listProviderFiles(ctx.db, row.provider_id, [...new Set(ids)]) : [];
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
  await loadFiling(ctx, caller, id);
  const rows = await q.listFilingVersions(ctx.db, id);
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
