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
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { conflict, forbidden, invalid, isUniqueViolation } from '../../platform/errors';
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
      const { b: row } = await visibleBulletin(trx, caller, id);
      if (row.status !== 'draft') throw conflict(ISSUED);
      const year = Number(issuedOn.slice(0, 4));
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
        issued_on: issuedOn,
        issued_at: at,
        issued_by: caller.id,
        updated_at: at,
      });
      if (!ok) throw conflict(ISSUED);
      const units = (await q.memberUnits(trx)).map((u) => u.code);
      await q.insertRecipients(trx, id, units);
      await recordAudit(trx, ctx.keys, actor, {
        action: 'jc.bulletin.issue',
        entityType: 'jc_bulletin',
        entityId: id,
        changes: {
          number,
          issuedOn,
          recipients: units.length,
          public: !!b.publicSummary,
          totals: figures.totals,
        },
      });
      return { number, recipients: units.length };
    })
    .catch((e: unknown) => {
      if (isUniqueViolation(e)) throw conflict(RACED);
      throw e;
    });
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
