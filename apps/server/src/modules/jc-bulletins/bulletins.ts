/**
 * Bulletins (工作进展通报): the office drafts one for a period and edits it until it is issued; the
 * office and the convener see every bulletin, a member unit only the issued ones sent to it (another
 * bulletin is 404 to it). A draft's figures are counted live; an issued one's are frozen.
 */
import {
  type CreateJcBulletinBody,
  can,
  type JcBulletin,
  type JcBulletinList,
  type JcBulletinListItem,
  type JcBulletinQuery,
  type PatchJcBulletinBody,
} from '@tuoyu/contracts';
import { jcBulletinPeriod } from '@tuoyu/domain';
import type { Selectable } from 'kysely';
import type { Db } from '../../db';
import type { JcBulletinTable } from '../../db/schema';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { conflict, notFound } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { nowIso } from '../../platform/time';
import { oversees, unitOf } from '../jc/parties';
import { computeFigures, frozenFigures } from './figures';
import * as q from './queries';

type Row = Selectable<JcBulletinTable>;

export const ISSUED = msg(
  '通报已签发，不能再修改或重复签发',
  'The bulletin is issued; it cannot change or be issued again',
);

/** Whose bulletins the caller sees: all (office, convener), a unit's issued ones, or none. */
function audience(caller: SessionUser): { all: true } | { unit: string } | null {
  if (oversees(caller)) return { all: true };
  const unit = unitOf(caller);
  return unit ? { unit } : null;
}

export async function listBulletins(
  ctx: AppContext,
  caller: SessionUser,
  f: JcBulletinQuery,
): Promise<JcBulletinList> {
  const who = audience(caller);
  if (!who) return { items: [], total: 0, page: f.page, pageSize: f.pageSize };
  const unit = 'unit' in who ? who.unit : null;
  const { rows, total } = await q.bulletinPage(
    ctx.db,
    { year: f.year, status: f.status, unit },
    f.pageSize,
    (f.page - 1) * f.pageSize,
  );
  const ids = rows.map((r) => r.id);
  const [counts, mine] = await Promise.all([
    q.receiptCounts(ctx.db, ids),
    unit ? q.unitReceipts(ctx.db, ids, unit) : Promise.resolve(new Map<number, string | null>()),
  ]);
  return {
    items: rows.map((r) => listItem(r, counts.get(r.id), mine.get(r.id) ?? null)),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}

function listItem(
  r: Row,
  counts: { acknowledged: number; recipients: number } | undefined,
  myAcknowledgedAt: string | null,
): JcBulletinListItem {
  return {
    id: r.id,
    number: r.number,
    title: r.title,
    status: r.status,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    issuedOn: r.issued_on,
    public: r.is_public === 1,
    acknowledged: counts?.acknowledged ?? 0,
    recipients: counts?.recipients ?? 0,
    myAcknowledgedAt,
  };
}

/** The bulletin if the caller may see it (404 otherwise), and the unit the caller acts for. */
export async function visibleBulletin(db: Db, caller: SessionUser, id: number) {
  const who = audience(caller);
  const b = await q.bulletin(db, id);
  if (!b || !who) throw notFound();
  if ('unit' in who) {
    if (b.status !== 'issued' || !(await q.recipient(db, id, who.unit))) throw notFound();
    return { b, unit: who.unit };
  }
  return { b, unit: null };
}

export async function getBulletin(ctx: AppContext, caller: SessionUser, id: number): Promise<JcBulletin> {
  const { b, unit } = await visibleBulletin(ctx.db, caller, id);
  const all = await q.receipts(ctx.db, id);
  const mine = unit ? all.filter((r) => r.unit_code === unit) : all;
  const myAt = unit ? (mine[0]?.acknowledged_at ?? null) : null;
  const figures = b.figures
    ? frozenFigures(b.figures)
    : await computeFigures(ctx.db, { from: b.period_from, to: b.period_to });
  return {
    ...listItem(
      b,
      {
        acknowledged: all.filter((r) => r.acknowledged_at).length,
        recipients: all.length,
      },
      myAt,
    ),
    body: b.body,
    publicSummary: b.public_summary,
    figures,
    receipts: mine.map((r) => ({
      unitCode: r.unit_code,
      unitName: r.short_name,
      acknowledgedAt: r.acknowledged_at,
      acknowledgedBy: r.display_name,
    })),
    canEdit: b.status === 'draft' && can(caller.role, 'jc.manage'),
    canAcknowledge: b.status === 'issued' && unit !== null && myAt === null,
  };
}

export async function createBulletin(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  b: CreateJcBulletinBody,
) {
  const period = jcBulletinPeriod(b);
  const at = nowIso();
  return ctx.db.transaction().execute(async (trx) => {
    const id = await q.insertBulletin(trx, {
      title: b.title,
      period_from: period.from,
      period_to: period.to,
      body: b.body,
      status: 'draft',
      is_public: 0,
      created_by: caller.id,
      created_at: at,
      updated_at: at,
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'jc.bulletin.create',
      entityType: 'jc_bulletin',
      entityId: id,
      changes: { title: b.title, ...period },
    });
    return { id };
  });
}

export async function patchBulletin(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  b: PatchJcBulletinBody,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const { b: row } = await visibleBulletin(trx, caller, id);
    if (row.status !== 'draft') throw conflict(ISSUED);
    const period = b.year !== undefined || b.from ? jcBulletinPeriod(b) : null;
    const set = {
      ...(b.title !== undefined ? { title: b.title } : {}),
      ...(b.body !== undefined ? { body: b.body } : {}),
      ...(period ? { period_from: period.from, period_to: period.to } : {}),
      updated_at: nowIso(),
    };
    if (!(await q.updateBulletin(trx, id, 'draft', set))) throw conflict(ISSUED);
    await recordAudit(trx, ctx.keys, actor, {
      action: 'jc.bulletin.edit',
      entityType: 'jc_bulletin',
      entityId: id,
      changes: { title: b.title ?? null, bodyChanged: b.body !== undefined, ...(period ?? {}) },
    });
    return { ok: true as const };
  });
}
