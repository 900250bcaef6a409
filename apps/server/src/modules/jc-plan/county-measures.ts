/**
 * 旗县区具体实施办法 (the plan's 三(一); issue 12 item 5): each county regulator uploads its county's
 * implementation measures (a document through the files module, then its title and date); the city
 * sees the seven counties, uploaded or not, with a link; a county sees its own row only.
 */
import { CITY_CODE, type JcCountyMeasure, type JcCountyMeasureBody } from '@tuoyu/contracts';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { notFound, ruleBroken } from '../../platform/errors';
import { isInScope, scopeOf } from '../../platform/scope';
import { nowIso } from '../../platform/time';
import { contentOf, storeProviderFile } from '../files/service';
import { counties, countyMeasureFile, countyMeasures, ownLooseFile, saveCountyMeasure } from './queries';

export async function listCountyMeasures(ctx: AppContext, caller: SessionUser) {
  const scope = scopeOf(caller);
  const [all, rows] = await Promise.all([counties(ctx.db, CITY_CODE), countyMeasures(ctx.db)]);
  const byCounty = new Map(rows.map((r) => [r.division_code, r]));
  const items = all
    .filter((c) => isInScope(scope, c.code))
    .map((c): JcCountyMeasure => {
      const m = byCounty.get(c.code);
      return {
        divisionCode: c.code,
        divisionName: c.name,
        uploaded: !!m,
        title: m?.title ?? null,
        issuedOn: m?.issued_on ?? null,
        fileName: m?.file_name ?? null,
        uploadedAt: m?.uploaded_at ?? null,
        fileUrl: m ? `/api/jc/county-measures/${c.code}/file` : null,
      };
    });
  return { items };
}

/** Stores the county's document (no provider's), for the measure to name next. */
export const uploadMeasureFile = (
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  name: string,
  buf: Buffer,
) => storeProviderFile(ctx, actor, caller.id, null, caller.divisionCode, name, buf);

export async function saveMyCountyMeasure(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  body: JcCountyMeasureBody,
) {
  const county = (await counties(ctx.db, CITY_CODE)).find((c) => c.code === caller.divisionCode);
  if (!county)
    throw ruleBroken({
      zh: '只有旗县区可上传具体实施办法',
      en: 'Only a county uploads implementation measures',
    });
  const file = await ownLooseFile(ctx.db, caller.id, body.fileId);
  if (!file)
    throw ruleBroken({ zh: '请先上传文件', en: 'Upload the document first' }, [
      { path: 'fileId', message: { zh: '找不到您上传的文件', en: 'No such upload of yours' } },
    ]);
  await ctx.db.transaction().execute(async (trx) => {
    await saveCountyMeasure(trx, {
      division_code: county.code,
      title: body.title,
      issued_on: body.issuedOn,
      file_id: file.id,
      uploaded_by: caller.id,
      uploaded_at: nowIso(),
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'jc.county-measure.upload',
      entityType: 'jc_county_measure',
      entityId: county.code,
      divisionCode: county.code,
      changes: { title: body.title, issuedOn: body.issuedOn, fileId: file.id },
    });
  });
  const mine = (await listCountyMeasures(ctx, caller)).items.find((i) => i.divisionCode === county.code);
  if (!mine) throw notFound();
  return mine;
}

/** The county's document: the city, or the county itself (404 for another county's). */
export async function countyMeasureDocument(ctx: AppContext, caller: SessionUser, code: string) {
  if (!isInScope(scopeOf(caller), code)) throw notFound();
  const row = await countyMeasureFile(ctx.db, code);
  if (!row) throw notFound();
  return { row, body: await contentOf(ctx, row.storage_key) };
}
