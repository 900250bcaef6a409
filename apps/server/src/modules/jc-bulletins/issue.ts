/**
 * Issuing (签发) and signing for (签收) a bulletin. Issue numbers it per year of its date
 * (巴托育联通〔2026〕N号), freezes its figures, sends it to every member unit and, with a summary,
 * puts that on the public site; a second issue is 409. Each recipient unit signs once (again: 409).
 */
import type {
  IssueJcBulletinBody,
  JcBulletinIssued,
  JcPublicBulletinList,
  PageQuery,
} from '@tuoyu/contracts';
import { jcBulletinNo } from '@tuoyu/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import type { Keys } from '../../platform/crypto';
import { conflict, forbidden, invalid, isUniqueViolation, notFound } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { nowIso, todayInBeijing } from '../../platform/time';
import { ISSUED, visibleBulletin } from './bulletins';
import { computeFigures } from './figures';
import * as q from './queries';

const RACED = msg('另一份通报同时签发，请重试', 'Another bulletin was issued at the same moment; try again');
const SIGNED = msg('本单位已签收该通报', 'Your unit has already acknowledged this bulletin');

export async function issueBulletin(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  b: IssueJcBulletinBody,
  today = todayInBeijing(),
): Promise<JcBulletinIssued> {
  const issuedOn = b.issuedOn ?? today;
  if (issuedOn > today)
    throw invalid({
      path: 'issuedOn',
      message: msg('成文日期不能晚于今天', 'The date cannot be in the future'),
    });
  return ctx.db
    .transaction()
    .execute(async (trx) => {
      await visibleBulletin(trx, caller, id);
      return issueWithin(
        trx,
        ctx.keys,
        actor,
        caller.id,
        id,
        { issuedOn, publicSummary: b.publicSummary },
        today,
      );
    })
    .catch((e: unknown) => {
      if (isUniqueViolation(e)) throw conflict(RACED);
      throw e;
    });
}

/** Issues a draft inside the caller's transaction (the demo seeds through it too). */
export async function issueWithin(
  trx: Transaction<Database>,
  keys: Keys,
  actor: AuditActor,
  by: number,
  id: number,
  b: { issuedOn: string; publicSummary?: string | undefined },
  today: string,
): Promise<JcBulletinIssued> {
  const row = await q.bulletin(trx, id);
  if (!row) throw notFound();
  if (row.status !== 'draft') throw conflict(ISSUED);
  const year = Number(b.issuedOn.slice(0, 4));
  const seq = await q.nextBulletinSeq(trx, year);
  const number = jcBulletinNo(year, seq);
  const figures = await computeFigures(trx, { from: row.period_from, to: row.period_to }, today);
  const at = nowIso();
  const ok = await q.updateBulletin(trx, id, 'draft', {
    status: 'issued',
    number,
    year,
    seq,
    figures: JSON.stringify(figures),
    is_public: b.publicSummary ? 1 : 0,
    public_summary: b.publicSummary ?? null,
    issued_on: b.issuedOn,
    issued_at: at,
    issued_by: by,
    updated_at: at,
  });
  if (!ok) throw conflict(ISSUED);
  const units = (await q.memberUnits(trx)).map((u) => u.code);
  await q.insertRecipients(trx, id, units);
  await recordAudit(trx, keys, actor, {
    action: 'jc.bulletin.issue',
    entityType: 'jc_bulletin',
    entityId: id,
    changes: {
      number,
      issuedOn: b.issuedOn,
      recipients: units.length,
      public: !!b.publicSummary,
      totals: figures.totals,
    },
  });
  return { number, recipients: units.length };
}

export async function acknowledgeBulletin(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const { unit } = await visibleBulletin(trx, caller, id);
    if (!unit) throw forbidden();
    if (!(await q.acknowledge(trx, id, unit, caller.id, nowIso()))) throw conflict(SIGNED);
    await recordAudit(trx, ctx.keys, actor, {
      action: 'jc.bulletin.acknowledge',
      entityType: 'jc_bulletin',
      entityId: id,
      changes: { unit },
    });
    return { ok: true as const };
  });
}

/** The public site's list: issued bulletins with a public summary, newest first. */
export async function publicBulletins(ctx: AppContext, p: PageQuery): Promise<JcPublicBulletinList> {
  const [rows, count] = await q.publicPage(ctx.db, p.pageSize, (p.page - 1) * p.pageSize);
  return {
    items: rows.map((r) => ({
      id: r.id,
      number: r.number ?? '',
      title: r.title,
      issuedOn: r.issued_on ?? '',
      summary: r.public_summary ?? '',
    })),
    total: Number(count?.n ?? 0),
    page: p.page,
    pageSize: p.pageSize,
  };
}
