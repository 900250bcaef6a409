/**
 * Recording a check (SPEC C5): the assigned inspectors save a finding per checklist item as they
 * go, then submit the result — published at once, with its due date (publishResultWorkingDays
 * working days after the inspection); failed items become rectification orders.
 */
import type { SaveFindingsBody, SubmitInspectionBody } from '@tuoyu/contracts';
import { publishDueDate, submissionProblems } from '@tuoyu/domain';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { conflict, type FieldError, forbidden, invalid } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { beijingDate, nowIso, todayInBeijing } from '../../platform/time';
import { currentCalendar } from '../calendar/service';
import { revealIfAllRecorded } from '../inspection-plans/service';
import { standardsSettings } from '../settings/service';
import { explainProblems } from './problems';
import * as q from './queries';
import * as qf from './queries-findings';

/** The inspection for one of its assigned inspectors while it is still being recorded. */
export async function forRecording(ctx: AppContext, caller: SessionUser, id: number) {
  const row = await q.visibleInspection(ctx.db, caller, id);
  if (!(await q.isAssigned(ctx.db, id, caller.id))) throw forbidden();
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
  const items = await q.checklistItems(ctx.db, row.checklist_id);
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
    const known = await qf.knownFiles(ctx.db, photoIds, row.provider_id, id);
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
      await qf.upsertFinding(trx, id, f.itemId, values);
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
    q.checklistItems(ctx.db, row.checklist_id),
    qf.findingsOf(ctx.db, id),
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
    const updated = await q.updateInspectionIn(trx, id, 'assigned', {
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
    });
    if (!updated) throw conflict(msg('检查结果已提交', 'The result is already submitted'));
    for (const f of findings.filter((x) => x.outcome === 'fail')) {
      await qf.updateFinding(trx, f.id, { status: 'open', deadline: deadlines.get(f.item_id) ?? null });
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
