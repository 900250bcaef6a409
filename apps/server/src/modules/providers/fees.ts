/** The city's guided monthly fee ceilings for inclusive (普惠) care (plan (四)3; SPEC C9). */
import type { FeeCeilings } from '@tuoyu/contracts';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { invalid } from '../../platform/errors';
import { FIELD_MESSAGES } from '../../platform/messages';
import { nowIso } from '../../platform/time';
import * as q from './queries';

export async function getFeeCeilings(ctx: AppContext): Promise<FeeCeilings> {
  const rows = await q.orderedFeeCeilings(ctx.db);
  return {
    items: rows.map((r) => ({
      classType: r.class_type,
      serviceForm: r.service_form,
      maxMonthlyFen: r.max_monthly_fen,
    })),
  };
}

/** Replaces the whole table: what the settings page shows is exactly what is in force. */
export async function putFeeCeilings(
  ctx: AppContext,
  actor: AuditActor,
  body: FeeCeilings,
): Promise<FeeCeilings> {
  // One ceiling per (class type, service form): the table's key; a repeat is the caller's mistake.
  const keys = body.items.map((i) => `${i.classType}/${i.serviceForm}`);
  const duplicates = keys.flatMap((key, i) =>
    keys.indexOf(key) < i ? [{ path: `items.${i}`, message: FIELD_MESSAGES.duplicateFeeCeiling }] : [],
  );
  if (duplicates.length) throw invalid(...duplicates);
  const before = await getFeeCeilings(ctx);
  const now = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    await q.replaceFeeCeilings(
      trx,
      body.items.map((i) => ({
        class_type: i.classType,
        service_form: i.serviceForm,
        max_monthly_fen: i.maxMonthlyFen,
        updated_at: now,
      })),
    );
    await recordAudit(trx, ctx.keys, actor, {
      action: 'settings.fee_ceilings',
      entityType: 'settings',
      entityId: 'fee_ceilings',
      changes: { items: { from: before.items, to: body.items } },
    });
  });
  return getFeeCeilings(ctx);
}
