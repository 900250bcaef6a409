import type { AuditEntry, AuditQuery } from '@tuoyu/contracts';
import type { AuditRow } from '../../db/schema';
import type { AppContext } from '../../platform/context';
import * as q from './queries';

const toEntry = (r: AuditRow): AuditEntry => ({
  id: Number(r.seq),
  at: r.at,
  actorId: r.actor_id,
  actorUsername: r.actor_username,
  actorRole: r.actor_role,
  action: r.action,
  entityType: r.entity_type,
  entityId: r.entity_id,
  changes: r.changes ? (JSON.parse(r.changes) as Record<string, unknown>) : null,
  requestId: r.request_id,
  ip: r.ip,
  divisionCode: r.division_code,
});

export async function listAudit(ctx: AppContext, filter: AuditQuery) {
  const { items, total } = await q.listAudit(ctx.db, filter);
  return { items: items.map(toEntry), total, page: filter.page, pageSize: filter.pageSize };
}
