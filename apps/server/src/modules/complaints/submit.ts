/**
 * Complaints and reports (投诉举报; SPEC C6): filed by anyone on the public site, routed to the
 * provider's county (or the city for triage), acknowledged, assigned to an officer or a township,
 * answered with an outcome; the complainant follows it with an unguessable tracking code.
 *
 * This file: filing a complaint, tracking it by its code, the parent's own list.
 */
import { randomBytes } from 'node:crypto';
import type { ComplaintItem, ComplaintTracking, NewComplaintBody } from '@tuoyu/contracts';
import {
  complaintDeadlines,
  formatTrackingCode,
  isValidMobile,
  parseTrackingCode,
  trackingCodeFromBytes,
} from '@tuoyu/domain';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { encryptField } from '../../platform/crypto';
import { AppError, forbidden, invalid, notFound } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { beijingDate, nowIso } from '../../platform/time';
import { currentCalendar } from '../calendar/service';
import { standardsSettings } from '../settings/service';
import { activeMembership } from './committees';
import * as q from './queries';

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
    provider = await q.providerDivision(ctx.db, b.providerId);
    if (!provider) throw invalid({ path: 'providerId', message: msg('找不到该机构', 'No such provider') });
  } else if (b.providerName?.trim()) {
    const matches = await q.providersNamed(ctx.db, b.providerName.trim());
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
  const divisionCode = provider?.division_code ?? q.CITY_CODE;
  const filedBy = caller?.role === 'parent' && !b.anonymous ? caller.id : null;

  return ctx.db.transaction().execute(async (trx) => {
    let code = trackingCodeFromBytes(randomBytes(11));
    // 55 random bits make a collision all but impossible; check anyway rather than fail on the index.
    while (await q.trackingCodeTaken(trx, code)) code = trackingCodeFromBytes(randomBytes(11));
    const id = await q.insertComplaint(trx, {
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
    });
    await q.insertEvent(trx, {
      complaint_id: id,
      kind: 'received',
      actor_id: filedBy,
      text: null,
      at: receivedAt,
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'complaint.file',
      entityType: 'complaint',
      entityId: id,
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
  const c = await q.trackedComplaint(ctx.db, parsed.code);
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
  const rows = await q.complaintsFiledBy(ctx.db, caller.id);
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
