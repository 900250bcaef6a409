/**
 * The conference's people (annex 四): the serving members with their history, and a unit's proposed
 * change of its member or liaison, which the office confirms (the new holder starts, the old one
 * ends the day before) or rejects. Every step audited.
 */
import type { JcDecisionBody, JcMemberBody, JcMemberProposalBody, JcMembers } from '@tuoyu/contracts';
import { addDays, isValidMobile, maskMobile } from '@tuoyu/domain';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { decryptField, encryptField } from '../../platform/crypto';
import { conflict, invalid, notFound, ruleBroken } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { nowIso } from '../../platform/time';
import { unknownUnits } from './meetings';
import { oversees, unitOf } from './parties';
import { decideProposal, insertProposal, members, proposal, proposals, replaceMember } from './queries';

export async function listMembers(
  ctx: AppContext,
  caller: SessionUser,
  history: boolean,
): Promise<JcMembers> {
  const unit = oversees(caller) ? null : unitOf(caller);
  const [rows, props] = await Promise.all([
    members(ctx.db, history),
    oversees(caller) || unit ? proposals(ctx.db, unit) : Promise.resolve([]),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      unitCode: r.unit_code,
      position: r.position,
      name: r.name,
      title: r.title,
      fromOn: r.from_on,
      toOn: r.to_on,
      mobile: r.mobile_enc ? maskMobile(decryptField(ctx.keys, r.mobile_enc)) : null,
    })),
    proposals: props.map((p) => ({
      id: p.id,
      unitCode: p.unit_code,
      position: p.position,
      name: p.name,
      title: p.title,
      fromOn: p.from_on,
      reason: p.reason,
      status: p.status,
      createdAt: p.created_at,
    })),
  };
}

export async function proposeMember(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  b: JcMemberProposalBody,
) {
  const unit = unitOf(caller);
  if (!unit)
    throw ruleBroken(
      msg(
        '成员单位须以市级部门账号申请调整',
        'A member unit proposes through its city-level department account',
      ),
    );
  if (b.mobile && !isValidMobile(b.mobile))
    throw invalid({ path: 'mobile', message: msg('手机号码格式不正确', 'Not a valid mobile number') });
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertProposal(trx, {
      unit_code: unit,
      position: b.position,
      name: b.name,
      title: b.title,
      mobile_enc: b.mobile ? encryptField(ctx.keys, b.mobile) : null,
      from_on: b.fromOn,
      reason: b.reason ?? null,
      status: 'pending',
      decision_reason: null,
      proposed_by: caller.id,
      decided_by: null,
      created_at: nowIso(),
      decided_at: null,
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'jc.member.propose',
      entityType: 'jc_member_proposal',
      entityId: id,
      changes: { unit, position: b.position, name: b.name, fromOn: b.fromOn },
    });
    return { id };
  });
}

export async function decideMemberProposal(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  b: JcDecisionBody,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const p = await proposal(trx, id);
    if (!p) throw notFound();
    const at = nowIso();
    const decided = await decideProposal(trx, id, {
      status: b.approve ? 'approved' : 'rejected',
      reason: b.reason ?? null,
      by: caller.id,
      at,
    });
    if (!decided) throw conflict(msg('该变更申请已处理', 'This proposal has already been decided'));
    const memberId = b.approve
      ? await replaceMember(
          trx,
          {
            unit_code: p.unit_code,
            position: p.position,
            name: p.name,
            title: p.title,
            mobile_enc: p.mobile_enc,
            from_on: p.from_on,
            to_on: null,
            created_at: at,
          },
          addDays(p.from_on, -1),
        )
      : null;
    await recordAudit(trx, ctx.keys, actor, {
      action: b.approve ? 'jc.member.confirm' : 'jc.member.reject',
      entityType: 'jc_member_proposal',
      entityId: id,
      changes: { unit: p.unit_code, position: p.position, memberId, reason: b.reason ?? null },
    });
    return { ok: true as const };
  });
}

/**
 * The office appoints the holder of a position directly (the convener, deputy convener and office
 * director have no unit to propose them): the serving holder's term ends the day before.
 */
export async function appointMember(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  b: JcMemberBody,
) {
  const problems = await unknownUnits(ctx.db, [{ path: 'unitCode', code: b.unitCode }]);
  if (b.mobile && !isValidMobile(b.mobile))
    problems.push({ path: 'mobile', message: msg('手机号码格式不正确', 'Not a valid mobile number') });
  if (problems.length) throw invalid(...problems);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await replaceMember(
      trx,
      {
        unit_code: b.unitCode,
        position: b.position,
        name: b.name,
        title: b.title,
        mobile_enc: b.mobile ? encryptField(ctx.keys, b.mobile) : null,
        from_on: b.fromOn,
        to_on: null,
        created_at: nowIso(),
      },
      addDays(b.fromOn, -1),
      b.position !== 'member' && b.position !== 'liaison',
    );
    await recordAudit(trx, ctx.keys, actor, {
      action: 'jc.member.appoint',
      entityType: 'jc_member',
      entityId: id,
      changes: { unit: b.unitCode, position: b.position, name: b.name, fromOn: b.fromOn, by: caller.id },
    });
    return { id };
  });
}
