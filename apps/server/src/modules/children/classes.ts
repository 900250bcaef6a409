/**
 * Classes of a provider (托育机构设置标准（试行）: class types by age and their maximum sizes), with
 * how many children each holds now.
 */
import type { CareClass } from '@tuoyu/contracts';
import { type ClassType, maxClassSize } from '@tuoyu/domain';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { notFound, ruleBroken } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { ownProvider } from '../../platform/provider-access';
import { nowIso } from '../../platform/time';
import { standardsSettings } from '../settings/service';
import { classRows, insertClasses } from './queries';

export async function listClasses(ctx: AppContext, providerId: number): Promise<CareClass[]> {
  const rows = await classRows(ctx.db, providerId);
  return rows.map((r) => ({
    id: r.id,
    type: r.type as ClassType,
    name: r.name,
    capacity: r.capacity,
    room: r.room,
    enrolled: Number(r.enrolled),
  }));
}

export async function createClass(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  body: { type: ClassType; name: string; capacity: number; room?: string | undefined },
) {
  const providerId = ownProvider(caller);
  const max = maxClassSize(body.type, await standardsSettings(ctx.db));
  if (body.capacity > max) {
    throw ruleBroken(
      msg(
        `该班型每班最多 ${max} 人（托育机构设置标准（试行））`,
        `At most ${max} children in this class type (托育机构设置标准（试行）)`,
      ),
      [{ path: 'capacity', message: msg(`最多 ${max} 人`, `At most ${max}`) }],
    );
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    const [classId] = await insertClasses(trx, [
      {
        provider_id: providerId,
        type: body.type,
        name: body.name,
        capacity: body.capacity,
        room: body.room ?? null,
        created_at: nowIso(),
      },
    ]);
    await recordAudit(trx, ctx.keys, actor, {
      action: 'class.create',
      entityType: 'class',
      entityId: classId,
      changes: { ...body },
    });
    return classId;
  });
  const created = (await listClasses(ctx, providerId)).find((c) => c.id === id);
  if (!created) throw notFound();
  return created;
}
