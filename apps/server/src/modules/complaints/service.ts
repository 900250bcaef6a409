/**
 * Complaints and reports (投诉举报; SPEC C6): filed by anyone on the public site, routed to the
 * provider's county (or the city for triage), acknowledged, assigned to an officer or a township,
 * answered with an outcome; the complainant follows it with an unguessable tracking code.
 *
 * Escalation: a case found overdue is escalated to the city (`escalated_at`, audited as `system`, a
 * timeline event) by the scheduled job `complaint-escalation` (every 10 minutes and at start, once
 * across servers; scheduled-jobs.ts) — the sweep covers every county, so the city sees a neglected
 * case even if its county never opens the list. Reads never write.
 */
import { randomBytes } from 'node:crypto';
import type {
  ComplaintAnswerBody,
  ComplaintAssignBody,
  ComplaintDetail,
  ComplaintItem,
  ComplaintQuery,
  ComplaintTracking,
  NewComplaintBody,
} from '@tuoyu/contracts';
import { can, OFFICERS, type Permission } from '@tuoyu/contracts';
import {
  type ComplaintAction,
  type ComplaintStatus,
  complaintActionAllowed,
  complaintDeadlines,
  complaintOverdue,
  complaintStatusAfter,
  formatTrackingCode,
  isValidMobile,
  maskMobile,
  parseTrackingCode,
  trackingCodeFromBytes,
} from '@tuoyu/domain';
import type { Transaction, Updateable } from 'kysely';
import type { Database } from '../../db/schema';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { decryptField, encryptField } from '../../platform/crypto';
import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { divisionPrefix } from '../../platform/scope';
import { beijingDate, nowIso, todayInBeijing } from '../../platform/time';
import { currentCalendar } from '../calendar/service';
import { standardsSettings } from '../settings/service';
import { activeMembership } from './committees';
import { baseSelect, type ComplaintRow, listComplaints, visibleTo } from './queries';

export const CITY_CODE = '150800';

// ---------------------------------------------------------------- public

export async function fileComplaint(
  ctx: AppContext,
  caller: SessionUser | null,
  actor: AuditActor,
  b: NewComplaintBody,
): Promise<{ trackingCode: string }> {
  const mobile = b.anonymous ? null : b.contactMobile?.trim() || null;
  if (mobile && !isValidMobile(mobile))
    throw invalid({ path: 'contactMobile', message: msg('手机号码格式不正确', 'Not a valid mobile number') });

  // Routing: the provider's county, else a provider of exactly that name, else the city.
  let provider: { id: number; division_code: string } | undefined;
  if (b.providerId) {
    provider = await ctx.db
      .selectFrom('providers')
      .select(['id', 'division_code'])
      .where('id', '=', b.providerId)
      .executeTakeFirst();
    if (!provider) throw invalid({ path: 'providerId', message: msg('找不到该机构', 'No such provider') });
  } else if (b.providerName?.trim()) {
    const matches = await ctx.db
      .selectFrom('providers')
      .select(['id', 'division_code'])
      .where('name', '=', b.providerName.trim())
      .limit(2)
      .execute();
    if (matches.length === 1) provider = matches[0];
  }

  let committeeId: number | null = null;
  if (b.onBehalfOfCommittee) {
    if (!caller) throw new AppError('auth.required');
    if (caller.role !== 'parent' || !provider) throw forbidden();
    const m = await activeMembership(ctx, caller.id, provider.id);
    if (!m) throw forbidden();
    committeeId = m.committeeId;
  }

  const receivedAt = nowIso();
  const receivedOn = beijingDate(receivedAt);
  const settings = await standardsSettings(ctx.db);
  const due = complaintDeadlines(receivedOn, settings, await currentCalendar(ctx.db));
  const divisionCode = provider?.division_code ?? CITY_CODE;
  const filedBy = caller?.role === 'parent' && !b.anonymous ? caller.id : null;

  return ctx.db.transaction().execute(async (trx) => {
    let code = trackingCodeFromBytes(randomBytes(11));
    // 55 random bits make a collision all but impossible; check anyway rather than fail on the index.
    while (
      await trx.selectFrom('complaints').select('id').where('tracking_code', '=', code).executeTakeFirst()
    )
      code = trackingCodeFromBytes(randomBytes(11));
    const row = await trx
      .insertInto('complaints')
      .values({
        tracking_code: code,
        provider_id: provider?.id ?? null,
        provider_name: provider ? null : b.providerName?.trim() || null,
        division_code: divisionCode,
        township_code: null,
        assigned_user_id: null,
        category: b.category,
        description: b.description,
        anonymous: b.anonymous ? 1 : 0,
        contact_enc: mobile ? encryptField(ctx.keys, mobile) : null,
        filed_by_user_id: filedBy,
        committee_id: committeeId,
        status: 'received',
        outcome: null,
        reply: null,
        received_at: receivedAt,
        received_on: receivedOn,
        acknowledge_by: due.acknowledgeBy,
        answer_by: due.answerBy,
        acknowledged_at: null,
        answered_at: null,
        answered_by: null,
        escalated_at: null,
        updated_at: receivedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await event(trx, row.id, 'received', filedBy, null, receivedAt);
    await recordAudit(trx, ctx.keys, actor, {
      action: 'complaint.file',
      entityType: 'complaint',
      entityId: row.id,
      divisionCode,
      changes: {
        category: b.category,
        providerId: provider?.id ?? null,
        anonymous: b.anonymous,
        contactMobile: mobile,
        committeeId,
        acknowledgeBy: due.acknowledgeBy,
        answerBy: due.answerBy,
      },
    });
    return { trackingCode: formatTrackingCode(code) };
  });
}

export async function trackComplaint(ctx: AppContext, input: string): Promise<ComplaintTracking> {
  const parsed = parseTrackingCode(input);
  if (!parsed.ok)
    throw invalid({
      path: 'trackingCode',
      message:
        parsed.reason === 'checksum'
          ? msg('查询码有误，请核对后重新输入', 'The code has a typing mistake; please check it')
          : msg('查询码格式不正确，应为 TS-XXXX-XXXX-XXXX', 'The code should look like TS-XXXX-XXXX-XXXX'),
    });
  const c = await ctx.db
    .selectFrom('complaints')
    .select(['status', 'received_at', 'acknowledged_at', 'answered_at', 'outcome', 'reply'])
    .where('tracking_code', '=', parsed.code)
    .executeTakeFirst();
  if (!c) throw notFound();
  // Built key by key: nothing internal can slip through a spread.
  return {
    status: c.status,
    receivedAt: c.received_at,
    acknowledgedAt: c.acknowledged_at,
    answeredAt: c.answered_at,
    outcome: c.outcome,
    reply: c.status === 'answered' ? c.reply : null,
  };
}

/** The parent's own complaints (not the anonymous ones, which keep no account). */
export async function myComplaints(ctx: AppContext, caller: SessionUser) {
  const rows = await ctx.db
    .selectFrom('complaints as c')
    .leftJoin('providers as p', 'p.id', 'c.provider_id')
    .select(['c.tracking_code', 'c.category', 'c.status', 'c.received_at', 'c.provider_name', 'p.name'])
    .where('c.filed_by_user_id', '=', caller.id)
    .orderBy('c.id', 'desc')
    .limit(100)
    .execute();
  return {
    items: rows.map((r) => ({
      trackingCode: formatTrackingCode(r.tracking_code),
      category: r.category as ComplaintItem['category'],
      status: r.status,
      receivedAt: r.received_at,
      providerName: r.name ?? r.provider_name,
    })),
  };
}

// ---------------------------------------------------------------- escalation

/** Escalates every case overdue on `today` (see the module comment); idempotent; returns how many. */
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

// ---------------------------------------------------------------- console

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

export async function listForConsole(ctx: AppContext, caller: SessionUser, q: ComplaintQuery) {
  const today = todayInBeijing();
  const { rows, total } = await listComplaints(ctx.db, caller, q, today);
  return { items: rows.map((r) => toItem(ctx.keys, r, today)), total, page: q.page, pageSize: q.pageSize };
}

async function loadVisible(ctx: AppContext, caller: SessionUser, id: number) {
  const row = await baseSelect(ctx.db).where('c.id', '=', id).where(visibleTo(caller)).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** Acknowledge/assign/re-route: the regulators of the division; answer also the officer or township it was given to. */
function mayHandle(caller: SessionUser, r: ComplaintRow, action: ComplaintAction): boolean {
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
  const events = await ctx.db
    .selectFrom('complaint_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .select(['e.id', 'e.kind', 'e.text', 'e.at', 'u.display_name', 'u.role'])
    .where('e.complaint_id', '=', id)
    .orderBy('e.id')
    .execute();
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

/** Loads the case, checks the caller may act and the state machine allows it (409 if not). */
async function guard(ctx: AppContext, caller: SessionUser, id: number, action: ComplaintAction) {
  const r = await loadVisible(ctx, caller, id);
  if (!mayHandle(caller, r, action)) throw forbidden();
  if (!complaintActionAllowed(r.status as ComplaintStatus, action))
    throw conflict(
      msg(`当前状态（${r.status}）不能执行此操作`, `Not allowed while the complaint is ${r.status}`),
    );
  return r;
}

export async function acknowledge(ctx: AppContext, caller: SessionUser, actor: AuditActor, id: number) {
  const r = await guard(ctx, caller, id, 'acknowledge');
  const at = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    await transition(trx, r, 'acknowledge', { acknowledged_at: at, updated_at: at });
    await event(trx, id, 'acknowledged', caller.id, null, at);
    await recordAudit(trx, ctx.keys, actor, {
      action: 'complaint.acknowledge',
      entityType: 'complaint',
      entityId: id,
      divisionCode: r.division_code,
      changes: { status: { from: r.status, to: 'acknowledged' } },
    });
  });
  return getForConsole(ctx, caller, id);
}

export async function assign(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  b: ComplaintAssignBody,
) {
  const r = await loadVisible(ctx, caller, id);
  if (!mayHandle(caller, r, 'assign')) throw forbidden();
  if (r.status === 'answered')
    throw conflict(msg('已答复的投诉不能再分派', 'An answered complaint cannot be assigned'));
  const at = nowIso();
  const set: Updateable<Database['complaints']> = { updated_at: at };
  let text: string;
  if (b.divisionCode) {
    // Re-routing a triage case to a county is the city's call and does not move the status.
    if (!can(caller.role, 'complaints.reroute')) throw forbidden();
    const county = await ctx.db
      .selectFrom('divisions')
      .select(['code', 'name'])
      .where('code', '=', b.divisionCode)
      .where('level', '=', 'county')
      .executeTakeFirst();
    if (!county)
      throw invalid({ path: 'divisionCode', message: msg('不是本市的区县', 'Not a county of the city') });
    Object.assign(set, { division_code: county.code, township_code: null, assigned_user_id: null });
    text = `转至${county.name}`;
  } else {
    if (!complaintActionAllowed(r.status as ComplaintStatus, 'assign'))
      throw conflict(msg('请先受理再分派', 'Acknowledge the complaint before assigning it'));
    const prefix = divisionPrefix(r.division_code);
    if (b.townshipCode) {
      const town = await ctx.db
        .selectFrom('divisions')
        .select(['code', 'name'])
        .where('code', '=', b.townshipCode)
        .where('level', '=', 'township')
        .where('parent_code', '=', r.division_code)
        .executeTakeFirst();
      if (!town)
        throw invalid({
          path: 'townshipCode',
          message: msg('不是本区县的乡镇街道', 'Not a township of this county'),
        });
      Object.assign(set, { township_code: town.code, assigned_user_id: null, status: 'assigned' });
      text = `分派至${town.name}`;
    } else {
      const user = await ctx.db
        .selectFrom('users')
        .select(['id', 'display_name', 'division_code'])
        .where('id', '=', b.userId as number)
        .where('status', '=', 'active')
        .where('role', 'in', [...OFFICERS])
        .executeTakeFirst();
      if (!user?.division_code.startsWith(prefix))
        throw invalid({
          path: 'userId',
          message: msg('不是本区县的工作人员', 'Not an officer of this county'),
        });
      Object.assign(set, { assigned_user_id: user.id, status: 'assigned' });
      text = `分派给${user.display_name}`;
    }
  }
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('complaints').set(set).where('id', '=', id).execute();
    await event(trx, id, 'assigned', caller.id, text, at);
    await recordAudit(trx, ctx.keys, actor, {
      action: 'complaint.assign',
      entityType: 'complaint',
      entityId: id,
      divisionCode: r.division_code,
      changes: {
        ...(set.status && set.status !== r.status ? { status: { from: r.status, to: set.status } } : {}),
        ...(b.divisionCode ? { divisionCode: { from: r.division_code, to: b.divisionCode } } : {}),
        ...(b.townshipCode ? { townshipCode: { from: r.township_code, to: b.townshipCode } } : {}),
        ...(b.userId ? { assignedUserId: { from: r.assigned_user_id, to: b.userId } } : {}),
      },
    });
  });
  // After a re-route the caller may no longer see the case (a county regulator never re-routes).
  return getForConsole(ctx, caller, id);
}

export async function addNote(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  text: string,
) {
  const r = await guard(ctx, caller, id, 'note');
  const at = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('complaints').set({ updated_at: at }).where('id', '=', id).execute();
    await event(trx, id, 'note', caller.id, text, at);
    await recordAudit(trx, ctx.keys, actor, {
      action: 'complaint.note',
      entityType: 'complaint',
      entityId: id,
      divisionCode: r.division_code,
      changes: { note: text },
    });
  });
  return getForConsole(ctx, caller, id);
}

export async function answer(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  b: ComplaintAnswerBody,
) {
  const r = await guard(ctx, caller, id, 'answer');
  const at = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    await transition(trx, r, 'answer', {
      outcome: b.outcome,
      reply: b.reply,
      answered_at: at,
      answered_by: caller.id,
      updated_at: at,
    });
    await event(trx, id, 'answered', caller.id, b.reply, at);
    await recordAudit(trx, ctx.keys, actor, {
      action: 'complaint.answer',
      entityType: 'complaint',
      entityId: id,
      divisionCode: r.division_code,
      changes: { status: { from: r.status, to: 'answered' }, outcome: b.outcome, reply: b.reply },
    });
  });
  return getForConsole(ctx, caller, id);
}

/** Who a case may go to: the officers and townships of its county, and (for the city) the counties. */
export async function assignees(ctx: AppContext, caller: SessionUser, id: number) {
  const r = await loadVisible(ctx, caller, id);
  if (!mayHandle(caller, r, 'assign')) throw forbidden();
  const prefix = divisionPrefix(r.division_code);
  const [users, townships, counties] = await Promise.all([
    ctx.db
      .selectFrom('users')
      .select(['id', 'display_name', 'role'])
      .where('status', '=', 'active')
      .where('role', 'in', ['county_regulator', 'township_officer', 'department_officer'])
      .where('division_code', '>=', prefix)
      .where('division_code', '<', `${prefix}~`)
      .orderBy('role')
      .orderBy('id')
      .limit(200)
      .execute(),
    ctx.db
      .selectFrom('divisions')
      .select(['code', 'name'])
      .where('level', '=', 'township')
      .where('parent_code', '=', r.division_code)
      .orderBy('code')
      .execute(),
    caller.role === 'city_regulator'
      ? ctx.db
          .selectFrom('divisions')
          .select(['code', 'name'])
          .where('level', '=', 'county')
          .orderBy('code')
          .execute()
      : Promise.resolve([]),
  ]);
  return {
    users: users.map((u) => ({ id: u.id, displayName: u.display_name, role: u.role })),
    townships,
    counties,
  };
}

// ---------------------------------------------------------------- helpers

async function transition(
  trx: Transaction<Database>,
  r: ComplaintRow,
  action: ComplaintAction,
  set: Updateable<Database['complaints']>,
) {
  const to = complaintStatusAfter(r.status as ComplaintStatus, action);
  // Guarded by the status read before: a concurrent change makes this update miss, answered 409.
  const done = await trx
    .updateTable('complaints')
    .set({ ...set, status: to })
    .where('id', '=', r.id)
    .where('status', '=', r.status)
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) === 0)
    throw conflict(msg('投诉状态已被他人更改，请刷新', 'The complaint was changed meanwhile; reload it'));
}

async function event(
  trx: Transaction<Database>,
  complaintId: number,
  kind: Database['complaint_events']['kind'],
  actorId: number | null,
  text: string | null,
  at: string,
) {
  await trx
    .insertInto('complaint_events')
    .values({ complaint_id: complaintId, kind, actor_id: actorId, text, at })
    .execute();
}
