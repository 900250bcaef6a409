/**
 * Escalation (SPEC C6): a case found overdue is escalated to the city (`escalated_at`, audited as
 * `system`, a timeline event) by the scheduled job `complaint-escalation` (every 10 minutes and at
 * start, once across servers; scheduled-jobs.ts) — the sweep covers every county, so the city sees a
 * neglected case even if its county never opens the list. Reads never write.
 */
import { complaintOverdue } from '@tuoyu/domain';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { beijingDate, nowIso, todayInBeijing } from '../../platform/time';
import { event } from './handle';

/** Escalates every case overdue on `today` (see above); idempotent; returns how many. */
export async function escalateOverdue(ctx: AppContext, actor: AuditActor, today = todayInBeijing()) {
  const candidates = await ctx.db
    .selectFrom('complaints')
    .select(['id', 'division_code', 'acknowledge_by', 'answer_by', 'acknowledged_at'])
    .where('answered_at', 'is', null)
    .where('escalated_at', 'is', null)
    .where((eb) => eb.or([eb('answer_by', '<', today), eb('acknowledge_by', '<', today)]))
    .execute();
  const due = candidates.filter((c) =>
    complaintOverdue(
      {
        acknowledgeBy: c.acknowledge_by,
        answerBy: c.answer_by,
        acknowledgedOn: c.acknowledged_at ? beijingDate(c.acknowledged_at) : null,
        answeredOn: null,
      },
      today,
    ),
  );
  if (due.length === 0) return 0;
  const at = nowIso();
  return ctx.db.transaction().execute(async (trx) => {
    let escalated = 0;
    for (const c of due) {
      const done = await trx
        .updateTable('complaints')
        .set({ escalated_at: at, updated_at: at })
        .where('id', '=', c.id)
        .where('escalated_at', 'is', null)
        .executeTakeFirst();
      // A concurrent sweep got there first.
      if (Number(done.numUpdatedRows) === 0) continue;
      await event(trx, c.id, 'escalated', null, null, at);
      await recordAudit(trx, ctx.keys, actor, {
        action: 'complaint.escalate',
        entityType: 'complaint',
        entityId: c.id,
        divisionCode: c.division_code,
        changes: { escalatedAt: at, acknowledgeBy: c.acknowledge_by, answerBy: c.answer_by },
      });
      escalated++;
    }
    return escalated;
  });
}
