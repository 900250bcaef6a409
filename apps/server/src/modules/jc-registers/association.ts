/**
 * 行业协会: its member providers, each linked to a provider of the register, with the role it holds
 * (会长单位, 副会长单位, 理事单位, 会员单位). A provider joins once (again: 409); an unknown provider is 422.
 */
import type {
  JcAssociationMemberBody,
  JcAssociationMemberList,
  JcAssociationQuery,
  PatchJcAssociationMemberBody,
} from '@tuoyu/contracts';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { conflict, isUniqueViolation, notFound, ruleBroken } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { nowIso } from '../../platform/time';
import * as q from './queries';

const JOINED = msg('该机构已是协会会员', 'This provider is already a member of the association');

export async function listMembers(ctx: AppContext, f: JcAssociationQuery): Promise<JcAssociationMemberList> {
  const { rows, total } = await q.memberPage(ctx.db, f, f.pageSize, (f.page - 1) * f.pageSize);
  return {
    items: rows.map((r) => ({
      id: r.id,
      providerId: r.provider_id,
      providerName: r.name,
      divisionCode: r.division_code,
      joinedOn: r.joined_on,
      role: r.role,
      active: r.active === 1,
    })),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}

export async function addMember(ctx: AppContext, actor: AuditActor, b: JcAssociationMemberBody) {
  const at = nowIso();
  return ctx.db
    .transaction()
    .execute(async (trx) => {
      const p = await q.provider(trx, b.providerId);
      if (!p)
        throw ruleBroken(msg('没有该托育机构', 'No such provider'), [
          { path: 'providerId', message: msg('没有该托育机构', 'No such provider') },
        ]);
      if (await q.memberOfProvider(trx, b.providerId)) throw conflict(JOINED);
      const id = await q.insertMember(trx, {
        provider_id: b.providerId,
        joined_on: b.joinedOn,
        role: b.role,
        active: b.active === false ? 0 : 1,
        created_at: at,
        updated_at: at,
      });
      await recordAudit(trx, ctx.keys, actor, {
        action: 'jc.association.add',
        entityType: 'jc_association_member',
        entityId: id,
        changes: { providerId: b.providerId, provider: p.name, role: b.role, joinedOn: b.joinedOn },
      });
      return { id };
    })
    .catch((e: unknown) => {
      if (isUniqueViolation(e)) throw conflict(JOINED);
      throw e;
    });
}

export async function patchMember(
  ctx: AppContext,
  actor: AuditActor,
  id: number,
  b: PatchJcAssociationMemberBody,
) {
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await q.member(trx, id))) throw notFound();
    await q.updateMember(trx, id, {
      ...(b.joinedOn !== undefined ? { joined_on: b.joinedOn } : {}),
      ...(b.role !== undefined ? { role: b.role } : {}),
      ...(b.active !== undefined ? { active: b.active ? 1 : 0 } : {}),
      updated_at: nowIso(),
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'jc.association.edit',
      entityType: 'jc_association_member',
      entityId: id,
      changes: { ...b },
    });
    return { ok: true as const };
  });
}
