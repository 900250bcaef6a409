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
import * as q from './queries';

/** Escalates every case overdue on `today` (see above); idempotent; returns how many. */
export async function escalateOverdue(ctx: AppContext, actor: AuditActor, today = todayInBeijing()) {
  const candidates = await q.escalationCandidates(ctx.db, today);
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
      // A concurrent sweep got there first.
      if (!(await q.markEscalated(trx, c.id, at))) continue;
      await q.insertEvent(trx, { complaint_id: c.id, kind: 'escalated', actor_id: null, text: null, at });
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
