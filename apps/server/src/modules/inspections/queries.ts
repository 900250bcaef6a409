/** Kysely queries of inspections: the scoped list and what a page of it needs. */
import type { InspectionListItem, InspectionListQuery } from '@tuoyu/contracts';
import { isPublishedLate } from '@tuoyu/domain';
import { sql } from 'kysely';
import type { Db } from '../../db';
import type { SessionUser } from '../../platform/context';
import { beijingDate, todayInBeijing } from '../../platform/time';
import { inspectionsFrom, whereVisible } from './scope';

function filtered(
  db: Db,
  caller: SessionUser,
  f: Omit<InspectionListQuery, 'page' | 'pageSize'>,
  onlyId?: number,
) {
  const today = todayInBeijing();
  let q = whereVisible(inspectionsFrom(db), caller);
  if (onlyId !== undefined) q = q.where('i.id', '=', onlyId);
  if (f.status) q = q.where('i.status', '=', f.status);
  if (f.kind) q = q.where('i.kind', '=', f.kind);
  if (f.planId) q = q.where('i.plan_id', '=', f.planId);
  if (f.providerId) q = q.where('i.provider_id', '=', f.providerId);
  if (f.overdue !== undefined) {
    const late = sql<boolean>`((i.status = 'assigned' and i.due_by < ${today}) or exists (
      select 1 from inspection_findings f
      where f.inspection_id = i.id and f.status = 'open' and f.deadline < ${today}))`;
    q = f.overdue ? q.where(late) : q.where(sql<boolean>`not ${late}`);
  }
  return q;
}

export async function listInspections(
  db: Db,
  caller: SessionUser,
  f: InspectionListQuery,
  /** One inspection's row (the detail page shares the list's figures). */
  onlyId?: number,
): Promise<{ items: InspectionListItem[]; total: number }> {
  const base = filtered(db, caller, f, onlyId);
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .innerJoin('divisions as d', 'd.code', 'i.division_code')
      .innerJoin('checklists as c', 'c.id', 'i.checklist_id')
      .selectAll('i')
      .select(['p.name as provider_name', 'd.name as division_name', 'c.name as checklist_name'])
      .orderBy('i.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
  ]);
  const ids = rows.map((r) => r.id);
  const [inspectors, counts] = ids.length
    ? await Promise.all([
        db
          .selectFrom('inspection_inspectors as x')
          .innerJoin('users as u', 'u.id', 'x.user_id')
          .select(['x.inspection_id', 'u.display_name'])
          .where('x.inspection_id', 'in', ids)
          .orderBy('u.id')
          .execute(),
        db
          .selectFrom('inspection_findings')
          .select(['inspection_id', 'status', 'deadline'])
          .where('inspection_id', 'in', ids)
          .where('status', 'is not', null)
          .execute(),
      ])
    : [[], []];
  const today = todayInBeijing();
  const items = rows.map((r): InspectionListItem => {
    const failed = counts.filter((c) => c.inspection_id === r.id);
    const openLate = failed.some((c) => c.status === 'open' && c.deadline !== null && c.deadline < today);
    return {
      id: r.id,
      planId: r.plan_id,
      kind: r.kind,
      status: r.status,
      providerId: r.provider_id,
      providerName: r.provider_name,
      divisionCode: r.division_code,
      divisionName: r.division_name,
      checklistName: r.checklist_name,
      dueBy: r.due_by,
      result: r.result,
      inspectedOn: r.inspected_on,
      publishDue: r.publish_due,
      publishedAt: r.published_at,
      publishedLate:
        !!r.publish_due && !!r.published_at && isPublishedLate(r.publish_due, beijingDate(r.published_at)),
      overdue: (r.status === 'assigned' && !!r.due_by && r.due_by < today) || openLate,
      inspectorNames: inspectors.filter((x) => x.inspection_id === r.id).map((x) => x.display_name),
      failedCount: failed.length,
      openCount: failed.filter((c) => c.status === 'open').length,
      rectifiedCount: failed.filter((c) => c.status === 'rectified').length,
      createdAt: r.created_at,
      closedAt: r.closed_at,
    };
  });
  return { items, total: Number(count.n) };
}
