/**
 * Official county boundaries for maps. Maps published in China need boundaries with an approval
 * number (审图号), and no openly licensed file exists, so none ships with the product: an
 * administrator loads the licensed GeoJSON (e.g. from 天地图) here, and until then the public map
 * draws its own labelled schematic (示意图).
 */
import { Text } from '@tuoyu/contracts';
import { z } from 'zod';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { nowIso } from '../../platform/time';
import { metaValue, putMetaValue } from './queries';

const Position = z.array(z.number()).min(2).max(3);
const Geometry = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(Position)) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(Position))) }),
]);

export const MapBoundaries = z.object({
  type: z.literal('FeatureCollection'),
  /** Where the boundaries come from and their approval number (审图号), shown under the map. */
  source: Text(200, { min: 2 }),
  features: z
    .array(
      z.object({
        type: z.literal('Feature'),
        properties: z.object({ code: z.string().regex(/^\d{6}$/), name: Text(32) }).loose(),
        geometry: Geometry,
      }),
    )
    .min(1)
    .max(50),
});
export type MapBoundaries = z.infer<typeof MapBoundaries>;

const KEY = 'map_boundaries';

export async function getMapBoundaries(ctx: AppContext): Promise<MapBoundaries> {
  const row = await metaValue(ctx.db, KEY);
  if (!row) throw notFound();
  return JSON.parse(row.value) as MapBoundaries;
}

export async function putMapBoundaries(ctx: AppContext, actor: AuditActor, body: MapBoundaries) {
  const value = JSON.stringify(body);
  await ctx.db.transaction().execute(async (trx) => {
    await putMetaValue(trx, KEY, value);
    await recordAudit(trx, ctx.keys, actor, {
      action: 'settings.map_boundaries',
      entityType: 'settings',
      entityId: KEY,
      changes: { source: body.source, features: body.features.map((f) => f.properties.code), at: nowIso() },
    });
  });
  return { ok: true as const };
}
