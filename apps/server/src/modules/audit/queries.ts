/** SQL for reading the audit trail (writing lives in platform/audit.ts). */
import type { AuditQuery } from '@tuoyu/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { beijingInstant } from '../../platform/time';

/** A date-only bound covers the whole day in Beijing time (UTC+8). */
function bound(v: string, end: boolean): string {
  if (v.length > 10) return new Date(v).toISOString();
  const start = Date.parse(beijingInstant(v));
  return new Date(end ? start + 86_400_000 : start).toISOString();
}

export async function listAudit(db: Kysely<Database>, f: AuditQuery) {
  let q = db.selectFrom('audit_log');
  if (f.actor) q = q.where('actor_username', '=', f.actor);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.entityType) q = q.where('entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.from) q = q.where('at', '>=', bound(f.from, false));
  if (f.to) q = q.where('at', f.to.length > 10 ? '<=' : '<', bound(f.to, true));
  const [{ total } = { total: 0 }] = await q.select((eb) => eb.fn.countAll<number>().as('total')).execute();
  const items = await q
    .selectAll()
    .orderBy('seq', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { items, total: Number(total) };
}
