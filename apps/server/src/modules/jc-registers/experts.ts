/**
 * 专家指导委员会: the office keeps the register; the joint conference's readers read it. A mobile is
 * stored encrypted (mobile_enc) with its mask beside it for lists; it never leaves in full.
 */
import type {
  JcExpert,
  JcExpertBody,
  JcExpertList,
  JcExpertQuery,
  PatchJcExpertBody,
} from '@tuoyu/contracts';
import { maskMobile } from '@tuoyu/domain';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { encryptField } from '../../platform/crypto';
import { notFound } from '../../platform/errors';
import { nowIso } from '../../platform/time';
import * as q from './queries';

type ExpertRow = Awaited<ReturnType<typeof q.expertPage>>['rows'][number];

const view = (r: ExpertRow): JcExpert => ({
  id: r.id,
  name: r.name,
  field: r.field,
  employer: r.employer,
  title: r.title,
  mobile: r.mobile_masked,
  appointedFrom: r.appointed_from,
  appointedTo: r.appointed_to,
  active: r.active === 1,
});

export async function listExperts(ctx: AppContext, f: JcExpertQuery): Promise<JcExpertList> {
  const { rows, total } = await q.expertPage(ctx.db, f, f.pageSize, (f.page - 1) * f.pageSize);
  return { items: rows.map(view), total, page: f.page, pageSize: f.pageSize };
}

function mobileColumns(ctx: AppContext, mobile: string | undefined) {
  return mobile === undefined
    ? {}
    : { mobile_enc: encryptField(ctx.keys, mobile), mobile_masked: maskMobile(mobile) };
}

export async function createExpert(ctx: AppContext, actor: AuditActor, b: JcExpertBody) {
  const at = nowIso();
  return ctx.db.transaction().execute(async (trx) => {
    const id = await q.insertExpert(trx, {
      name: b.name,
      field: b.field,
      employer: b.employer,
      title: b.title,
      mobile_enc: null,
      mobile_masked: null,
      ...mobileColumns(ctx, b.mobile),
      appointed_from: b.appointedFrom,
      appointed_to: b.appointedTo ?? null,
      active: b.active === false ? 0 : 1,
      created_at: at,
      updated_at: at,
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'jc.expert.create',
      entityType: 'jc_expert',
      entityId: id,
      changes: { name: b.name, field: b.field, employer: b.employer },
    });
    return { id };
  });
}

export async function patchExpert(ctx: AppContext, actor: AuditActor, id: number, b: PatchJcExpertBody) {
  return ctx.db.transaction().execute(async (trx) => {
    const old = await q.expert(trx, id);
    if (!old) throw notFound();
    await q.updateExpert(trx, id, {
      ...(b.name !== undefined ? { name: b.name } : {}),
      ...(b.field !== undefined ? { field: b.field } : {}),
      ...(b.employer !== undefined ? { employer: b.employer } : {}),
      ...(b.title !== undefined ? { title: b.title } : {}),
      ...mobileColumns(ctx, b.mobile),
      ...(b.appointedFrom !== undefined ? { appointed_from: b.appointedFrom } : {}),
      ...(b.appointedTo !== undefined ? { appointed_to: b.appointedTo } : {}),
      ...(b.active !== undefined ? { active: b.active ? 1 : 0 } : {}),
      updated_at: nowIso(),
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'jc.expert.edit',
      entityType: 'jc_expert',
      entityId: id,
      changes: { ...b, mobile: b.mobile === undefined ? undefined : maskMobile(b.mobile) },
    });
    return { ok: true as const };
  });
}
