/** The console side of complaints: the list, one case, the audited contact read and who a case may go to. */
import type { ComplaintDetail, ComplaintItem, ComplaintQuery } from '@tuoyu/contracts';
import { can, type Permission } from '@tuoyu/contracts';
import { type ComplaintAction, complaintOverdue, formatTrackingCode, maskMobile } from '@tuoyu/domain';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { decryptField } from '../../platform/crypto';
import { forbidden, notFound } from '../../platform/errors';
import { divisionPrefix } from '../../platform/scope';
import { beijingDate, todayInBeijing } from '../../platform/time';
import type { ComplaintRow } from './queries';
import * as q from './queries';

function toItem(keys: AppContext['keys'], r: ComplaintRow, today: string): ComplaintItem {
  const contactMasked = r.contact_enc ? maskMobile(decryptField(keys, r.contact_enc)) : null;
  return {
    id: r.id,
    trackingCode: formatTrackingCode(r.tracking_code),
    providerId: r.provider_id,
    providerName: r.matched_provider_name ?? r.provider_name,
    divisionCode: r.division_code,
    divisionName: r.division_name,
    townshipCode: r.township_code,
    townshipName: r.township_name,
    assignedUserId: r.assigned_user_id,
    assignedUserName: r.assigned_user_name,
    category: r.category as ComplaintItem['category'],
    status: r.status,
    outcome: r.outcome,
    anonymous: r.anonymous === 1,
    onBehalfOfCommittee: r.committee_id !== null,
    contactMasked,
    receivedAt: r.received_at,
    acknowledgeBy: r.acknowledge_by,
    answerBy: r.answer_by,
    acknowledgedAt: r.acknowledged_at,
    answeredAt: r.answered_at,
    escalatedAt: r.escalated_at,
    overdue: complaintOverdue(
      {
        acknowledgeBy: r.acknowledge_by,
        answerBy: r.answer_by,
        acknowledgedOn: r.acknowledged_at ? beijingDate(r.acknowledged_at) : null,
        answeredOn: r.answered_at ? beijingDate(r.answered_at) : null,
      },
      today,
    ),
  };
}

export async function listForConsole(ctx: AppContext, caller: SessionUser, query: ComplaintQuery) {
  const today = todayInBeijing();
  const { rows, total } = await q.listComplaints(ctx.db, caller, query, today);
  return {
    items: rows.map((r) => toItem(ctx.keys, r, today)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function loadVisible(ctx: AppContext, caller: SessionUser, id: number) {
  const row = await q.visibleComplaint(ctx.db, caller, id);
  if (!row) throw notFound();
  return row;
}

/** Acknowledge/assign/re-route: the regulators of the division; answer also the officer or township it was given to. */
export function mayHandle(caller: SessionUser, r: ComplaintRow, action: ComplaintAction): boolean {
  if (action === 'note') return true;
  if (can(caller.role, 'complaints.assign')) return true;
  if (action !== 'answer') return false;
  return (
    r.assigned_user_id === caller.id ||
    (caller.role === 'township_officer' && !!r.township_code && r.township_code === caller.divisionCode)
  );
}

export async function getForConsole(
  ctx: AppContext,
  caller: SessionUser,
  id: number,
): Promise<ComplaintDetail> {
  const r = await loadVisible(ctx, caller, id);
  const events = await q.caseEvents(ctx.db, id);
  return {
    ...toItem(ctx.keys, r, todayInBeijing()),
    description: r.description,
    reply: r.reply,
    committeeName: r.committee_name,
    filedByParent: r.filed_by_user_id !== null,
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      // The complainant's own account is never named to officers beyond "filed by a parent".
      actorName: e.role === 'parent' ? null : e.display_name,
      text: e.text,
      at: e.at,
    })),
    canHandle: mayHandle(caller, r, 'acknowledge') || mayHandle(caller, r, 'answer'),
    actions: complaintActions(caller, r),
  };
}

/** The buttons of a case: acknowledge a new one, assign (a new one only to re-route it), answer. */
function complaintActions(caller: SessionUser, r: ComplaintRow): Permission[] {
  const open = r.status !== 'answered';
  const received = r.status === 'received';
  const actions: Permission[] = [];
  if (received && mayHandle(caller, r, 'acknowledge')) actions.push('complaints.acknowledge');
  if (open && mayHandle(caller, r, 'assign') && (!received || can(caller.role, 'complaints.reroute')))
    actions.push('complaints.assign');
  if (open && !received && mayHandle(caller, r, 'answer')) actions.push('complaints.answer');
  return actions;
}

/** The complainant's mobile in clear, for the officers who handle the case: an audited read. */
export async function revealContact(ctx: AppContext, caller: SessionUser, actor: AuditActor, id: number) {
  const r = await loadVisible(ctx, caller, id);
  if (!mayHandle(caller, r, 'answer')) throw forbidden();
  const mobile = r.contact_enc ? decryptField(ctx.keys, r.contact_enc) : null;
  await ctx.db.transaction().execute((trx) =>
    recordAudit(trx, ctx.keys, actor, {
      action: 'complaint.contact_read',
      entityType: 'complaint',
      entityId: id,
      divisionCode: r.division_code,
      changes: { contactMobile: mobile },
    }),
  );
  return { mobile };
}

/** Who a case may go to: the officers and townships of its county, and (for the city) the counties. */
export async function assignees(ctx: AppContext, caller: SessionUser, id: number) {
  const r = await loadVisible(ctx, caller, id);
  if (!mayHandle(caller, r, 'assign')) throw forbidden();
  const [users, townships, counties] = await Promise.all([
    q.assigneeAccounts(ctx.db, divisionPrefix(r.division_code)),
    q.townshipsOf(ctx.db, r.division_code),
    // Only whoever may re-route a case to a county (the city) is offered the counties.
    can(caller.role, 'complaints.reroute') ? q.counties(ctx.db) : Promise.resolve([]),
  ]);
  return {
    users: users.map((u) => ({ id: u.id, displayName: u.display_name, role: u.role })),
    townships,
    counties,
  };
}
