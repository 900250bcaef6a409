/**
 * Parent committees (家长委员会): one per provider, set up by the provider's manager, whose members
 * are parent accounts found by the keyed hash of their mobile (never a clear-text search). A member
 * may file a complaint on the committee's behalf; officers see that it came from the committee.
 */
import { can } from '@tuoyu/contracts';
import { isValidMobile, maskMobile } from '@tuoyu/domain';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { decryptField, lookupHash } from '../../platform/crypto';
import { conflict, forbidden, invalid, notFound, ruleBroken } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { assertProviderVisible, isOwnProvider } from '../../platform/provider-access';
import { nowIso } from '../../platform/time';
import * as q from './queries-committees';

/** The caller's active membership of the provider's committee, if any. */
export async function activeMembership(ctx: AppContext, userId: number, providerId: number) {
  const row = await q.membershipCommittee(ctx.db, userId, providerId);
  return row ? { committeeId: row.id } : null;
}

export async function getCommittee(ctx: AppContext, caller: SessionUser, providerId: number) {
  await assertProviderVisible(ctx, caller, providerId);
  const c = await q.committeeWithProvider(ctx.db, providerId);
  if (!c) return { committee: null };
  const members = await q.currentMembers(ctx.db, c.id);
  return {
    committee: {
      id: c.id,
      providerId: c.provider_id,
      providerName: c.provider_name,
      name: c.name,
      createdAt: c.created_at,
      members: members.map((m) => ({
        userId: m.user_id,
        displayName: m.display_name,
        mobileMasked: m.mobile_enc ? maskMobile(decryptField(ctx.keys, m.mobile_enc)) : null,
        addedAt: m.added_at,
      })),
    },
  };
}

/** Only the provider's own manager changes its committee. */
function assertManager(caller: SessionUser, providerId: number) {
  if (!isOwnProvider(caller, providerId)) throw notFound();
  if (!can(caller.role, 'committees.manage')) throw forbidden();
}

async function committeeOf(ctx: AppContext, providerId: number) {
  const c = await q.committeeDivision(ctx.db, providerId);
  if (!c) throw notFound();
  return c;
}

export async function createCommittee(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  providerId: number,
  name: string | undefined,
) {
  assertManager(caller, providerId);
  const p = await q.providerNameDivision(ctx.db, providerId);
  if (await q.hasCommittee(ctx.db, providerId))
    throw conflict(msg('本机构已有家长委员会', 'The provider already has a parent committee'));
  const committeeName = name ?? `${p.name}家长委员会`;
  await ctx.db.transaction().execute(async (trx) => {
    const id = await q.insertCommittee(trx, {
      provider_id: providerId,
      name: committeeName,
      created_by: caller.id,
      created_at: nowIso(),
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'committee.create',
      entityType: 'parent_committee',
      entityId: id,
      divisionCode: p.division_code,
      changes: { providerId, name: committeeName },
    });
  });
  return getCommittee(ctx, caller, providerId);
}

export async function addMember(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  providerId: number,
  mobile: string,
) {
  assertManager(caller, providerId);
  if (!isValidMobile(mobile))
    throw invalid({ path: 'mobile', message: msg('手机号码格式不正确', 'Not a valid mobile number') });
  const c = await committeeOf(ctx, providerId);
  const parent = await q.activeParentByMobileHash(ctx.db, lookupHash(ctx.keys, mobile));
  if (!parent)
    throw ruleBroken(msg('该手机号尚未注册家长账号', 'No parent account uses this mobile number'), [
      { path: 'mobile', message: msg('未找到家长账号', 'No parent account found') },
    ]);
  if (await q.isCurrentMember(ctx.db, c.id, parent.id))
    throw conflict(msg('该家长已是委员', 'This parent is already a member'));
  await ctx.db.transaction().execute(async (trx) => {
    await q.insertMember(trx, {
      committee_id: c.id,
      user_id: parent.id,
      added_by: caller.id,
      added_at: nowIso(),
      removed_at: null,
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'committee.member_add',
      entityType: 'parent_committee',
      entityId: c.id,
      divisionCode: c.division_code,
      changes: { userId: parent.id, mobile },
    });
  });
  return getCommittee(ctx, caller, providerId);
}

export async function removeMember(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  providerId: number,
  userId: number,
) {
  assertManager(caller, providerId);
  const c = await committeeOf(ctx, providerId);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await q.endMembership(trx, c.id, userId, nowIso()))) throw notFound();
    await recordAudit(trx, ctx.keys, actor, {
      action: 'committee.member_remove',
      entityType: 'parent_committee',
      entityId: c.id,
      divisionCode: c.division_code,
      changes: { userId },
    });
  });
  return getCommittee(ctx, caller, providerId);
}

export async function myCommittees(ctx: AppContext, caller: SessionUser) {
  const rows = await q.committeesOfMember(ctx.db, caller.id);
  return {
    items: rows.map((r) => ({
      committeeId: r.id,
      providerId: r.provider_id,
      providerName: r.provider_name,
      name: r.name,
    })),
  };
}
