/** An inspection outside a draw (complaint-driven, a campaign, a follow-up), created by a regulator. */
import { type CreateInspectionBody, INSPECTORS } from '@tuoyu/contracts';
import { MIN_INSPECTORS, mayInspectIn } from '@tuoyu/domain';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { type FieldError, invalid } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { assertProviderVisible } from '../../platform/provider-access';
import { nowIso, todayInBeijing } from '../../platform/time';
import * as q from './queries';

export async function createInspection(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  b: CreateInspectionBody,
) {
  await assertProviderVisible(ctx, caller, b.providerId);
  const provider = await q.providerDivision(ctx.db, b.providerId);
  const problems: FieldError[] = [];
  const checklist = await q.checklistOf(ctx.db, b.checklistId);
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
  const users = await q.usersByIds(ctx.db, ids);
  for (const id of ids) {
    const u = users.find((x) => x.id === id);
    if (
      u?.status !== 'active' ||
      !mayInspectIn({ ...u, divisionCode: u.division_code }, provider.division_code, INSPECTORS)
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
    const inspectionId = await q.insertInspection(
      trx,
      {
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
      },
      ids,
    );
    await recordAudit(trx, ctx.keys, actor, {
      action: 'inspection.create',
      entityType: 'inspection',
      entityId: inspectionId,
      divisionCode: provider.division_code,
      changes: {
        kind: b.kind,
        providerId: provider.id,
        checklistId: b.checklistId,
        inspectorIds: ids,
        dueBy: b.dueBy,
      },
    });
    return { id: inspectionId };
  });
}
