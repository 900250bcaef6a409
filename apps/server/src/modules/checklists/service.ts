/**
 * Checklists kept by the city (issue 5 item 1): versioned by rows — an edit inserts a new version
 * and retires the old one in one transaction, so an inspection keeps the exact items it used.
 */
import type { Checklist, ChecklistCreateBody, ChecklistUpdateBody } from '@tuoyu/contracts';
import type { ChecklistCategory, ChecklistRisk } from '@tuoyu/domain';
import type { Db } from '../../db';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { conflict, notFound } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { nowIso } from '../../platform/time';
import {
  checklistHead,
  checklistItemRows,
  checklistRows,
  checklistWithCode,
  insertChecklistVersion,
  latestChecklistVersion,
  retireChecklist,
} from './queries';

async function loadChecklists(db: Db, where: { ids?: number[]; activeOnly?: boolean }): Promise<Checklist[]> {
  const lists = await checklistRows(db, where);
  const items = await checklistItemRows(
    db,
    lists.map((l) => l.id),
  );
  return lists.map((l) => ({
    id: l.id,
    code: l.code,
    version: l.version,
    name: l.name,
    status: l.status,
    createdAt: l.created_at,
    createdByName: l.display_name ?? null,
    items: items
      .filter((i) => i.checklist_id === l.id)
      .map((i) => ({
        id: i.id,
        seq: i.seq,
        category: i.category as ChecklistCategory,
        risk: i.risk as ChecklistRisk,
        text: i.text,
        legalBasis: i.legal_basis,
      })),
  }));
}

/** Active versions (the default) or every version, for the history view. */
export async function listChecklists(ctx: AppContext, history: boolean) {
  return { items: await loadChecklists(ctx.db, { activeOnly: !history }) };
}

/** Any version by id: an inspection that used an old version still shows its items. */
export async function getChecklist(ctx: AppContext, id: number): Promise<Checklist> {
  const [c] = await loadChecklists(ctx.db, { ids: [id] });
  if (!c) throw notFound();
  return c;
}

export async function createChecklist(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  b: ChecklistCreateBody,
) {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const taken = await checklistWithCode(trx, b.code);
    if (taken) throw conflict(msg('检查表编码已存在', 'A checklist with this code exists'));
    const newId = await insertChecklistVersion(trx, {
      code: b.code,
      version: 1,
      createdBy: caller.id,
      createdAt: nowIso(),
      body: b,
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'checklist.create',
      entityType: 'checklist',
      entityId: newId,
      changes: { code: b.code, version: 1, name: b.name, items: b.items.length },
    });
    return newId;
  });
  return getChecklist(ctx, id);
}

/** A new version of the checklist's code; the edited version (must be the active one) retires. */
export async function updateChecklist(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  b: ChecklistUpdateBody,
) {
  const newId = await ctx.db.transaction().execute(async (trx) => {
    const old = await checklistHead(trx, id);
    if (!old) throw notFound();
    // Conditional retirement: of two concurrent edits of the same version, one wins.
    if (!(await retireChecklist(trx, id)))
      throw conflict(msg('只能修改当前有效的版本', 'Only the active version can be edited'));
    const version = (await latestChecklistVersion(trx, old.code)) + 1;
    const created = await insertChecklistVersion(trx, {
      code: old.code,
      version,
      createdBy: caller.id,
      createdAt: nowIso(),
      body: b,
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'checklist.new_version',
      entityType: 'checklist',
      entityId: created,
      changes: { code: old.code, previousId: old.id, version, name: b.name, items: b.items.length },
    });
    return created;
  });
  return getChecklist(ctx, newId);
}
