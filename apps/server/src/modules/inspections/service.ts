/**
 * Inspections (SPEC C5): the assigned inspectors record a finding per checklist item, submit the
 * result — published at once, with its due date (publishResultWorkingDays working days after the
 * inspection) — and the provider answers each failed item until an inspector verifies the fix.
 */
import type {
  CreateInspectionBody,
  InspectionDetail,
  InspectionListQuery,
  ReplyFindingBody,
  SaveFindingsBody,
  SubmitInspectionBody,
  VerifyFindingBody,
} from '@tuoyu/contracts';
import {
  type FindingAction,
  isInspectionClosed,
  MIN_INSPECTORS,
  mayInspectIn,
  nextFindingStatus,
  publishDueDate,
  submissionProblems,
} from '@tuoyu/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { conflict, type FieldError, forbidden, invalid, notFound } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { assertOwnProvider, assertProviderVisible, ownProvider } from '../../platform/provider-access';
import { beijingDate, nowIso, todayInBeijing } from '../../platform/time';
import { currentCalendar } from '../calendar/service';
import { storeProviderFile } from '../files/service';
import { revealIfAllRecorded } from '../inspection-plans/service';
import { standardsSettings } from '../settings/service';
import { explainProblems } from './problems';
import * as q from './queries';
import { isAssigned, visibleInspection } from './scope';

const parseIds = (json: string): number[] => JSON.parse(json) as number[];

export async function listInspections(ctx: AppContext, caller: SessionUser, f: InspectionListQuery) {
  const { items, total } = await q.listInspections(ctx.db, caller, f);
  return { items, total, page: f.page, pageSize: f.pageSize };
}

const fileUrl = (inspectionId: number, fileId: number) => `/api/inspections/${inspectionId}/files/${fileId}`;

export async function getInspection(
  ctx: AppContext,
  caller: SessionUser,
  id: number,
): Promise<InspectionDetail> {
  const row = await visibleInspection(ctx.db, caller, id);
  const [listed] = (await q.listInspections(ctx.db, caller, { page: 1, pageSize: 1 }, id)).items;
  if (!listed) throw notFound();
  const [checklist, items, findings, inspectors] = await Promise.all([
    ctx.db
      .selectFrom('checklists')
      .select(['id', 'code', 'version', 'name'])
      .where('id', '=', row.checklist_id)
      .executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom('checklist_items')
      .selectAll()
      .where('checklist_id', '=', row.checklist_id)
      .orderBy('seq')
      .execute(),
    ctx.db
      .selectFrom('inspection_findings')
      .selectAll()
      .where('inspection_id', '=', id)
      .orderBy('id')
      .execute(),
    ctx.db
      .selectFrom('inspection_inspectors as x')
      .innerJoin('users as u', 'u.id', 'x.user_id')
      .leftJoin('units as n', 'n.code', 'u.unit')
      .select(['u.id', 'u.display_name', 'n.local_name'])
      .where('x.inspection_id', '=', id)
      .orderBy('u.id')
      .execute(),
  ]);
  const fileIds = [
    ...new Set(findings.flatMap((f) => [...parseIds(f.photo_file_ids), ...parseIds(f.reply_file_ids)])),
  ];
  const files = fileIds.length
    ? await ctx.db.selectFrom('files').select(['id', 'name']).where('id', 'in', fileIds).execute()
    : [];
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
    ...listed,
    summary: row.summary,
    submittedAt: row.submitted_at,
    complaintId: row.complaint_id,
    inspectors: inspectors.map((i) => ({ id: i.id, name: i.display_name, unitName: i.local_name })),
    checklist,
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

/** An inspection outside a draw (complaint-driven, a campaign, a follow-up), by a regulator. */
export async function createInspection(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  b: CreateInspectionBody,
) {
  await assertProviderVisible(ctx, caller, b.providerId);
  const provider = await ctx.db
    .selectFrom('providers')
    .select(['id', 'division_code'])
    .where('id', '=', b.providerId)
    .executeTakeFirstOrThrow();
  const problems: FieldError[] = [];
  const checklist = await ctx.db
    .selectFrom('checklists')
    .select(['id', 'status'])
    .where('id', '=', b.checklistId)
    .executeTakeFirst();
  if (checklist?.status !== 'active')
    problems.push({ path: 'checklistId', message: msg('检查表不存在或已停用', 'No such active checklist') });
  const ids = [...new Set(b.inspectorIds)];
  if (ids.length < MIN_INSPECTORS)
    problems.push({
      path: 'inspectorIds',
      message: msg(
        `每次检查至少 ${MIN_INSPECTORS} 名检查人员`,
        `At least ${MIN_INSPECTORS} inspectors per check`,
      ),
    });
  const users = await ctx.db
    .selectFrom('users')
    .select(['id', 'role', 'unit', 'division_code', 'status'])
    .where('id', 'in', ids)
    .execute();
  for (const id of ids) {
    const u = users.find((x) => x.id === id);
    if (
      u?.status !== 'active' ||
      !mayInspectIn({ ...u, divisionCode: u.division_code }, provider.division_code)
    )
      problems.push({
        path: `inspectorIds.${b.inspectorIds.indexOf(id)}`,
        message: msg('该人员不能在此辖区检查', 'This person may not inspect in this division'),
      });
  }
  if (b.dueBy < todayInBeijing())
    problems.push({
      path: 'dueBy',
      message: msg('完成期限不能早于今天', 'The due date cannot be in the past'),
    });
  if (problems.length) throw invalid(...problems);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('inspections')
      .values({
        plan_id: null,
        provider_id: provider.id,
        division_code: provider.division_code,
        checklist_id: b.checklistId,
        kind: b.kind,
        status: 'assigned',
        due_by: b.dueBy,
        result: null,
        summary: null,
        inspected_on: null,
        submitted_at: null,
        submitted_by: null,
        publish_due: null,
        published_at: null,
        complaint_id: b.complaintId ?? null,
        created_by: caller.id,
        created_at: nowIso(),
        closed_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('inspection_inspectors')
      .values(ids.map((user_id) => ({ inspection_id: row.id, user_id })))
      .execute();
    await recordAudit(trx, ctx.keys, actor, {
      action: 'inspection.create',
      entityType: 'inspection',
      entityId: row.id,
      divisionCode: provider.division_code,
      changes: {
        kind: b.kind,
        providerId: provider.id,
        checklistId: b.checklistId,
        inspectorIds: ids,
        dueBy: b.dueBy,
      },
    });
    return { id: row.id };
  });
}

/** The inspection for one of its assigned inspectors while it is still being recorded. */
async function forRecording(ctx: AppContext, caller: SessionUser, id: number) {
  const row = await visibleInspection(ctx.db, caller, id);
  if (!(await isAssigned(ctx.db, id, caller.id))) throw forbidden();
  if (row.status !== 'assigned')
    throw conflict(msg('检查结果已提交，不能再修改', 'The result is already submitted and cannot change'));
  return row;
}

/** Saves findings as the inspector goes (one item or many; an item's finding is replaced). */
export async function saveFindings(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  b: SaveFindingsBody,
) {
  const row = await forRecording(ctx, caller, id);
  const items = await ctx.db
    .selectFrom('checklist_items')
    .select('id')
    .where('checklist_id', '=', row.checklist_id)
    .execute();
  const problems: FieldError[] = [];
  b.findings.forEach((f, i) => {
    if (!items.some((x) => x.id === f.itemId))
      problems.push({
        path: `findings.${i}.itemId`,
        message: msg('不是本次检查表的项目', 'Not an item of this checklist'),
      });
  });
  const photoIds = [...new Set(b.findings.flatMap((f) => f.photoFileIds ?? []))];
  if (photoIds.length) {
    const inspectors = ctx.db
      .selectFrom('inspection_inspectors')
      .select('user_id')
      .where('inspection_id', '=', id);
    const known = await ctx.db
      .selectFrom('files')
      .select('id')
      .where('id', 'in', photoIds)
      .where('provider_id', '=', row.provider_id)
      .where('owner_user_id', 'in', inspectors)
      .execute();
    b.findings.forEach((f, i) => {
      if ((f.photoFileIds ?? []).some((pid) => !known.some((k) => k.id === pid)))
        problems.push({
          path: `findings.${i}.photoFileIds`,
          message: msg('照片须通过本次检查上传', 'Photos must be uploaded for this inspection'),
        });
    });
  }
  if (problems.length) throw invalid(...problems);
  await ctx.db.transaction().execute(async (trx) => {
    for (const f of b.findings) {
      const values = {
        outcome: f.outcome,
        note: f.note?.trim() ? f.note.trim() : null,
        photo_file_ids: JSON.stringify(f.photoFileIds ?? []),
        deadline: f.outcome === 'fail' ? (f.deadline ?? null) : null,
      };
      await trx
        .insertInto('inspection_findings')
        .values({ inspection_id: id, item_id: f.itemId, ...values })
        .onConflict((oc) => oc.columns(['inspection_id', 'item_id']).doUpdateSet(values))
        .execute();
    }
    await recordAudit(trx, ctx.keys, actor, {
      action: 'inspection.findings.save',
      entityType: 'inspection',
      entityId: id,
      divisionCode: row.division_code,
      changes: { findings: b.findings.map((f) => ({ itemId: f.itemId, outcome: f.outcome })) },
    });
  });
  return { ok: true as const };
}

/** A photo taken on the spot, filed under the inspected provider. */
export async function uploadPhoto(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  name: string,
  buf: Buffer,
) {
  const row = await forRecording(ctx, caller, id);
  const info = await storeProviderFile(ctx, actor, caller.id, row.provider_id, row.division_code, name, buf);
  return { ...info, url: fileUrl(id, info.id) };
}

/** A photo or an evidence file of this inspection, for whoever may see the inspection. */
export async function inspectionFile(ctx: AppContext, caller: SessionUser, id: number, fileId: number) {
  const row = await visibleInspection(ctx.db, caller, id);
  const findings = await ctx.db
    .selectFrom('inspection_findings')
    .select(['photo_file_ids', 'reply_file_ids'])
    .where('inspection_id', '=', id)
    .execute();
  const referenced = findings.some((f) =>
    [...parseIds(f.photo_file_ids), ...parseIds(f.reply_file_ids)].includes(fileId),
  );
  const file = await ctx.db
    .selectFrom('files')
    .selectAll()
    .where('id', '=', fileId)
    .where('provider_id', '=', row.provider_id)
    .executeTakeFirst();
  // Just uploaded and not yet saved with a finding: only its uploader sees it.
  if (!file || !(referenced || file.owner_user_id === caller.id)) throw notFound();
  return file;
}

/** Submits and publishes the result; failed items become rectification orders. */
export async function submitInspection(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  b: SubmitInspectionBody,
) {
  const row = await forRecording(ctx, caller, id);
  if (b.inspectedOn > todayInBeijing())
    throw invalid({
      path: 'inspectedOn',
      message: msg('检查日期不能晚于今天', 'The inspection date cannot be in the future'),
    });
  const [items, findings] = await Promise.all([
    ctx.db
      .selectFrom('checklist_items')
      .select(['id', 'seq'])
      .where('checklist_id', '=', row.checklist_id)
      .orderBy('seq')
      .execute(),
    ctx.db
      .selectFrom('inspection_findings')
      .select(['id', 'item_id', 'outcome', 'deadline'])
      .where('inspection_id', '=', id)
      .execute(),
  ]);
  // Deadlines saved with the findings, overridden by any sent with the submission.
  const deadlines = new Map<number, string>();
  for (const f of findings) if (f.outcome === 'fail' && f.deadline) deadlines.set(f.item_id, f.deadline);
  for (const d of b.deadlines) deadlines.set(d.itemId, d.deadline);
  const problems = submissionProblems({
    inspectedOn: b.inspectedOn,
    result: b.result,
    itemIds: items.map((i) => i.id),
    findings: findings.map((f) => ({ itemId: f.item_id, outcome: f.outcome })),
    deadlines,
  });
  if (problems.length) throw explainProblems(problems, items);
  const settings = await standardsSettings(ctx.db);
  const publishDue = publishDueDate(
    b.inspectedOn,
    settings.publishResultWorkingDays,
    await currentCalendar(ctx.db),
  );
  const at = nowIso();
  const closed = b.result === 'pass';
  return ctx.db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('inspections')
      .set({
        status: closed ? 'closed' : 'submitted',
        result: b.result,
        summary: b.summary?.trim() ? b.summary.trim() : null,
        inspected_on: b.inspectedOn,
        submitted_at: at,
        submitted_by: caller.id,
        publish_due: publishDue,
        // Published as soon as it is submitted: the public page reads published_at.
        published_at: at,
        closed_at: closed ? at : null,
      })
      .where('id', '=', id)
      .where('status', '=', 'assigned')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1)
      throw conflict(msg('检查结果已提交', 'The result is already submitted'));
    for (const f of findings.filter((x) => x.outcome === 'fail')) {
      await trx
        .updateTable('inspection_findings')
        .set({ status: 'open', deadline: deadlines.get(f.item_id) ?? null })
        .where('id', '=', f.id)
        .execute();
    }
    const late = beijingDate(at) > publishDue;
    await recordAudit(trx, ctx.keys, actor, {
      action: 'inspection.submit',
      entityType: 'inspection',
      entityId: id,
      divisionCode: row.division_code,
      changes: {
        result: b.result,
        inspectedOn: b.inspectedOn,
        publishDue,
        publishedLate: late,
        deadlines: Object.fromEntries(deadlines),
      },
    });
    // The last result of a draw reveals its seed and selection.
    if (row.plan_id !== null) await revealIfAllRecorded(trx, ctx.keys, row.plan_id);
    return {
      id,
      status: closed ? ('closed' as const) : ('submitted' as const),
      publishDue,
      publishedLate: late,
    };
  });
}

async function loadFinding(trx: Transaction<Database>, inspectionId: number, findingId: number) {
  const f = await trx
    .selectFrom('inspection_findings')
    .selectAll()
    .where('id', '=', findingId)
    .where('inspection_id', '=', inspectionId)
    .executeTakeFirst();
  if (!f) throw notFound();
  return f;
}

const ILLEGAL: Record<FindingAction, { zh: string; en: string }> = {
  reply: msg('只能答复待整改的问题', 'Only an open finding can be answered'),
  accept: msg('只能复核机构已答复整改的问题', 'Only a finding the provider has answered can be verified'),
  reject: msg('只能退回机构已答复整改的问题', 'Only a finding the provider has answered can be sent back'),
};

/** The provider's manager answers an open finding with what was done and the evidence. */
export async function replyFinding(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  findingId: number,
  b: ReplyFindingBody,
) {
  const row = await visibleInspection(ctx.db, caller, id);
  if (caller.role !== 'provider_manager') throw forbidden();
  assertOwnProvider(caller, row.provider_id);
  const fileIds = [...new Set(b.fileIds)];
  if (fileIds.length) {
    const known = await ctx.db
      .selectFrom('files')
      .select('id')
      .where('id', 'in', fileIds)
      .where('provider_id', '=', row.provider_id)
      .execute();
    if (known.length !== fileIds.length)
      throw invalid({ path: 'fileIds', message: msg('附件不存在', 'Unknown file') });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const f = await loadFinding(trx, id, findingId);
    if (nextFindingStatus(f.status, 'reply') === null) throw conflict(ILLEGAL.reply);
    const at = nowIso();
    const res = await trx
      .updateTable('inspection_findings')
      .set({
        status: 'rectified',
        reply: b.text,
        reply_file_ids: JSON.stringify(fileIds),
        replied_at: at,
        replied_by: caller.id,
      })
      .where('id', '=', findingId)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw conflict(ILLEGAL.reply);
    await recordAudit(trx, ctx.keys, actor, {
      action: 'inspection.finding.reply',
      entityType: 'inspection',
      entityId: id,
      divisionCode: row.division_code,
      changes: { findingId, text: b.text, fileIds },
    });
    return { id: findingId, status: 'rectified' as const };
  });
}

/** An assigned inspector (or the county regulator) accepts the fix or sends it back with the reason. */
export async function verifyFinding(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  findingId: number,
  b: VerifyFindingBody,
) {
  const row = await visibleInspection(ctx.db, caller, id);
  const mayVerify =
    (await isAssigned(ctx.db, id, caller.id)) ||
    (caller.role === 'county_regulator' && caller.providerId === null);
  if (!mayVerify) throw forbidden();
  const action: FindingAction = b.accepted ? 'accept' : 'reject';
  return ctx.db.transaction().execute(async (trx) => {
    const f = await loadFinding(trx, id, findingId);
    const next = nextFindingStatus(f.status, action);
    if (next === null) throw conflict(ILLEGAL[action]);
    const at = nowIso();
    const res = await trx
      .updateTable('inspection_findings')
      .set(
        b.accepted
          ? { status: 'verified', verified_at: at, verified_by: caller.id }
          : { status: 'open', rejection: b.note ?? null, verified_at: null, verified_by: null },
      )
      .where('id', '=', findingId)
      .where('status', '=', 'rectified')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw conflict(ILLEGAL[action]);
    const failed = await trx
      .selectFrom('inspection_findings')
      .select('status')
      .where('inspection_id', '=', id)
      .where('status', 'is not', null)
      .execute();
    const closes = isInspectionClosed(
      row.result,
      failed.map((x) => x.status),
    );
    if (closes)
      await trx
        .updateTable('inspections')
        .set({ status: 'closed', closed_at: at })
        .where('id', '=', id)
        .where('status', '=', 'submitted')
        .execute();
    await recordAudit(trx, ctx.keys, actor, {
      action: b.accepted ? 'inspection.finding.verify' : 'inspection.finding.reject',
      entityType: 'inspection',
      entityId: id,
      divisionCode: row.division_code,
      changes: { findingId, accepted: b.accepted, note: b.note ?? null, inspectionClosed: closes },
    });
    return { id: findingId, status: next, inspectionClosed: closes };
  });
}

/** The provider's rectification notices: failed findings still open or awaiting verification. */
export async function rectifications(ctx: AppContext, caller: SessionUser) {
  const providerId = ownProvider(caller);
  const rows = await ctx.db
    .selectFrom('inspection_findings as f')
    .innerJoin('inspections as i', 'i.id', 'f.inspection_id')
    .innerJoin('checklist_items as c', 'c.id', 'f.item_id')
    .select([
      'i.id as inspection_id',
      'i.inspected_on',
      'i.result',
      'f.id',
      'c.text',
      'c.category',
      'f.note',
      'f.status',
      'f.deadline',
      'f.rejection',
      'f.reply',
      'f.replied_at',
    ])
    .where('i.provider_id', '=', providerId)
    .where('i.status', '!=', 'assigned')
    .where('f.status', 'in', ['open', 'rectified'])
    .orderBy('f.deadline')
    .orderBy('f.id')
    .execute();
  const today = todayInBeijing();
  return {
    items: rows.map((r) => ({
      inspectionId: r.inspection_id,
      inspectedOn: r.inspected_on,
      result: r.result,
      findingId: r.id,
      itemText: r.text,
      category: r.category,
      note: r.note,
      status: r.status ?? 'open',
      deadline: r.deadline,
      rejection: r.rejection,
      reply: r.reply,
      repliedAt: r.replied_at,
      overdue: r.status === 'open' && !!r.deadline && r.deadline < today,
    })),
  };
}
