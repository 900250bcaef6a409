/**
 * The city's standards parameters ("param" in standards.md: figures not fixed nationally — the
 * mixed-class ratio, areas per child, deadlines…). Defaults come from packages/domain; the city
 * regulator overrides them here, and every rule that uses one reads the resolved set.
 */
import { DEFAULT_SETTINGS, resolveSettings, type Settings } from '@tuoyu/domain';
import type { Db } from '../../db';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { readStandardsOverrides, STANDARDS_KEY, writeStandardsOverrides } from './queries';

export async function standardsSettings(db: Db): Promise<Settings> {
  const stored = await readStandardsOverrides(db);
  return resolveSettings(stored ? (JSON.parse(stored) as Partial<Settings>) : {});
}

export async function getStandardsSettings(ctx: AppContext) {
  return { values: await standardsSettings(ctx.db), defaults: { ...DEFAULT_SETTINGS } };
}

export async function putStandardsSettings(ctx: AppContext, actor: AuditActor, overrides: Partial<Settings>) {
  const before = await standardsSettings(ctx.db);
  const value = JSON.stringify(overrides);
  await ctx.db.transaction().execute(async (trx) => {
    await writeStandardsOverrides(trx, value);
    const after = resolveSettings(overrides);
    const changes: Record<string, unknown> = {};
    for (const k of Object.keys(after) as (keyof Settings)[]) {
      if (after[k] !== before[k]) changes[k] = { from: before[k], to: after[k] };
    }
    await recordAudit(trx, ctx.keys, actor, {
      action: 'settings.standards',
      entityType: 'settings',
      entityId: STANDARDS_KEY,
      changes,
    });
  });
  return getStandardsSettings(ctx);
}
