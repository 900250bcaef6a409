/** Photos taken on the spot and the provider's evidence files, as files of one inspection. */
import type { AuditActor } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { storeProviderFile } from '../files/service';
import * as q from './queries';
import * as qf from './queries-findings';
import { forRecording } from './recording';

/** File ids are stored as JSON arrays in the findings' text columns. */
export const parseIds = (json: string): number[] => JSON.parse(json) as number[];

export const fileUrl = (inspectionId: number, fileId: number) =>
  `/api/inspections/${inspectionId}/files/${fileId}`;

/** A photo taken on the spot, filed under the inspected provider. */
export async function uploadPhoto(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  name: string,
  buf: Buffer,
) {
  const row = await forRecording(ctx, caller, id);
  const info = await storeProviderFile(ctx, actor, caller.id, row.provider_id, row.division_code, name, buf);
  return { ...info, url: fileUrl(id, info.id) };
}

/** A photo or an evidence file of this inspection, for whoever may see the inspection. */
export async function inspectionFile(ctx: AppContext, caller: SessionUser, id: number, fileId: number) {
  const row = await q.visibleInspection(ctx.db, caller, id);
  const findings = await qf.findingsOf(ctx.db, id);
  const referenced = findings.some((f) =>
    [...parseIds(f.photo_file_ids), ...parseIds(f.reply_file_ids)].includes(fileId),
  );
  const file = await qf.providerFile(ctx.db, fileId, row.provider_id);
  // Just uploaded and not yet saved with a finding: only its uploader sees it.
  if (!file || !(referenced || file.owner_user_id === caller.id)) throw notFound();
  return file;
}
