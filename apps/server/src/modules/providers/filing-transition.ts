/**
 * What every filing transition shares: the 409 for an action the state does not allow, the
 * recorded event and audit entry (who, when, why), and the standards checks run on submission and
 * again on acceptance.
 */
import type { FilingData } from '@tuoyu/contracts';
import { type FilingAction, type FilingState, filingChecksPass, runFilingChecks } from '@tuoyu/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { conflict } from '../../platform/errors';
import type { Lang } from '../../platform/i18n';
import { nowIso, todayInBeijing } from '../../platform/time';
import { standardsSettings } from '../settings/service';
import * as q from './queries';

export function illegal(state: string, action: FilingAction) {
  return conflict({
    zh: `当前状态（${state}）不能执行“${action}”操作`,
    en: `Action "${action}" is not allowed while the filing is ${state}`,
  });
}

export async function transition(
  trx: Transaction<Database>,
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  row: q.FilingRow,
  action: FilingAction,
  to: FilingState,
  reason: string | null,
  changes: Record<string, unknown> = {},
) {
  const at = nowIso();
  await q.insertFilingEvent(trx, {
    filing_id: row.id,
    action,
    from_status: row.status,
    to_status: to,
    actor_id: caller.id,
    actor_username: caller.username,
    actor_name: caller.displayName,
    reason,
    at,
  });
  await recordAudit(trx, ctx.keys, actor, {
    action: `filing.${action}`,
    entityType: 'filing',
    entityId: row.id,
    divisionCode: row.division_code,
    changes: { status: { from: row.status, to }, ...(reason ? { reason } : {}), ...changes },
  });
}

/** The standards checks on the form, and their stored form (messages in the caller's language). */
export async function checksFor(ctx: AppContext, row: q.FilingRow, data: FilingData, lang: Lang) {
  const [ceilings, settings] = await Promise.all([q.listFeeCeilings(ctx.db), standardsSettings(ctx.db)]);
  const results = runFilingChecks({ ...data, kind: row.kind, legalForm: row.legal_form }, todayInBeijing(), {
    feeCeilings: ceilings.map((c) => ({
      classType: c.class_type,
      serviceForm: c.service_form,
      maxMonthlyFen: c.max_monthly_fen,
    })),
    settings,
  });
  return {
    pass: filingChecksPass(results),
    results,
    stored: results.map((r) => ({
      id: r.id,
      ok: r.ok,
      standard: r.standard,
      message: r.message[lang],
      ...(r.path ? { path: r.path } : {}),
    })),
  };
}
