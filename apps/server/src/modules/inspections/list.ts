/** The caller's inspections: the scoped list with its figures, and one inspection in full. */
import type { InspectionDetail, InspectionListItem, InspectionListQuery } from '@tuoyu/contracts';
import { isPublishedLate } from '@tuoyu/domain';
import type { AppContext, SessionUser } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { beijingDate, todayInBeijing } from '../../platform/time';
import { fileUrl, parseIds } from './files';
import * as q from './queries';
import * as qf from './queries-findings';

async function listed(
  ctx: AppContext,
  caller: SessionUser,
  f: InspectionListQuery,
  /** One inspection's row (the detail page shares the list's figures). */
  onlyId?: number,
): Promise<{ items: InspectionListItem[]; total: number }> {
  const { rows, total } = await q.inspectionPage(ctx.db, caller, f, onlyId);
  const { inspectors, failed: counts } = await q.listFigures(
    ctx.db,
    rows.map((r) => r.id),
  );
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
  return { items, total };
}

export async function listInspections(ctx: AppContext, caller: SessionUser, f: InspectionListQuery) {
  const { items, total } = await listed(ctx, caller, f);
  return { items, total, page: f.page, pageSize: f.pageSize };
}

export async function getInspection(
  ctx: AppContext,
  caller: SessionUser,
  id: number,
): Promise<InspectionDetail> {
  const row = await q.visibleInspection(ctx.db, caller, id);
  const [listedRow] = (await listed(ctx, caller, { page: 1, pageSize: 1 }, id)).items;
  if (!listedRow) throw notFound();
  const [checklistRow, items, findings, inspectors] = await Promise.all([
    q.checklistOf(ctx.db, row.checklist_id),
    q.checklistItems(ctx.db, row.checklist_id),
    qf.findingsOf(ctx.db, id),
    q.inspectorsOf(ctx.db, id),
  ]);
  if (!checklistRow) throw new Error(`inspection ${id}: checklist ${row.checklist_id} missing`);
  const { code, version, name } = checklistRow;
  const fileIds = [
    ...new Set(findings.flatMap((f) => [...parseIds(f.photo_file_ids), ...parseIds(f.reply_file_ids)])),
  ];
  const files = await qf.fileNames(ctx.db, fileIds);
  const fileOf = (fid: number) => ({
    id: fid,
    name: files.find((f) => f.id === fid)?.name ?? '',
    url: fileUrl(id, fid),
  });
  const assigned = inspectors.some((i) => i.id === caller.id);
  const scopedRegulator = caller.role === 'county_regulator' && caller.providerId === null;
  const can = {
    record: assigned && row.status === 'assigned',
    verify: row.status === 'submitted' && (assigned || scopedRegulator),
    reply: row.status === 'submitted' && caller.role === 'provider_manager',
  };
  return {
    ...listedRow,
    summary: row.summary,
    submittedAt: row.submitted_at,
    complaintId: row.complaint_id,
    inspectors: inspectors.map((i) => ({ id: i.id, name: i.display_name, unitName: i.local_name })),
    checklist: { id: checklistRow.id, code, version, name },
    items: items.map((i) => ({
      id: i.id,
      seq: i.seq,
      category: i.category,
      risk: i.risk,
      text: i.text,
      legalBasis: i.legal_basis,
    })),
    findings: findings.map((f) => ({
      id: f.id,
      itemId: f.item_id,
      outcome: f.outcome,
      note: f.note,
      photos: parseIds(f.photo_file_ids).map(fileOf),
      status: f.status,
      deadline: f.deadline,
      reply: f.reply,
      replyFiles: parseIds(f.reply_file_ids).map(fileOf),
      repliedAt: f.replied_at,
      verifiedAt: f.verified_at,
      rejection: f.rejection,
    })),
    can,
    actions: (['record', 'verify', 'reply'] as const)
      .filter((a) => can[a])
      .map((a) => `inspections.${a}` as const),
  };
}
