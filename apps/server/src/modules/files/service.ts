/**
 * Uploaded documents (filing materials): PDF, JPEG or PNG recognised by their first bytes, not by
 * the name the browser sends; at most 10 MB; stored in the database by a random key (content.ts),
 * so any app server serves it; served only to people whose scope covers the provider they belong to.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { forbidden, notFound, ruleBroken } from '../../platform/errors';
import { scopeOf } from '../../platform/scope';
import { nowIso } from '../../platform/time';
import { openContent, writeContent } from './content';
import { insertFile, providerDivision, visibleFile } from './queries';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Magic numbers of the accepted types. */
export function sniffMime(buf: Buffer): 'application/pdf' | 'image/jpeg' | 'image/png' | null {
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'image/jpeg';
  if (buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  return null;
}

export async function storeFile(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  name: string,
  buf: Buffer,
) {
  if (!caller.providerId) throw forbidden();
  const provider = await providerDivision(ctx.db, caller.providerId);
  if (!provider) throw forbidden();
  return storeProviderFile(ctx, actor, caller.id, caller.providerId, provider.division_code, name, buf);
}

/**
 * Stores a file that belongs to a provider's records, uploaded by anyone allowed to add to them
 * (the provider's users, or an inspector's photos taken at the provider): the file is filed under
 * that provider and its division, so the provider and the regulators in scope may read it.
 */
export async function storeProviderFile(
  ctx: AppContext,
  actor: AuditActor,
  ownerUserId: number,
  /** Null for a document of no provider (a county's implementation measures, issue 12). */
  providerId: number | null,
  divisionCode: string,
  name: string,
  buf: Buffer,
) {
  const mime = sniffMime(buf);
  if (!mime) {
    throw ruleBroken(
      {
        zh: '只接受 PDF、JPEG 或 PNG 文件（按文件内容识别）',
        en: 'Only PDF, JPEG or PNG files are accepted (recognised by content)',
      },
      [{ path: 'file', message: { zh: '文件类型不支持', en: 'Unsupported file type' } }],
    );
  }
  const key = randomBytes(16).toString('hex');
  const sha256 = createHash('sha256').update(buf).digest('hex');
  const safeName = name.replace(/[\\/\0]/g, '_').slice(0, 200) || 'file';
  // Content and row in one transaction: a crash never leaves a file row without its content.
  const id = await ctx.db.transaction().execute(async (trx) => {
    await writeContent(trx, key, buf);
    const row = await insertFile(trx, {
      name: safeName,
      mime,
      size: buf.length,
      sha256,
      storage_key: key,
      owner_user_id: ownerUserId,
      provider_id: providerId,
      division_code: divisionCode,
      created_at: nowIso(),
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'file.upload',
      entityType: 'file',
      entityId: row.id,
      divisionCode,
      changes: { name: safeName, size: buf.length, sha256 },
    });
    return row.id;
  });
  return { id, name: safeName, size: buf.length, sha256, mime };
}

export async function readStoredFile(ctx: AppContext, caller: SessionUser, id: number) {
  const row = await visibleFile(ctx.db, scopeOf(caller), id);
  if (!row) throw notFound();
  return { row, body: await contentOf(ctx, row.storage_key) };
}

/** The stored content as a stream; a row whose content was never imported answers 404, not 500. */
export async function contentOf(ctx: AppContext, storageKey: string) {
  const body = await openContent(ctx.db, storageKey);
  if (!body) throw notFound();
  return body;
}

/** Answers with a stored file inline, under its own name and type (never sniffed by the browser). */
export const sendStoredFile = (
  reply: FastifyReply,
  row: { mime: string; size: number; name: string },
  body: Readable,
) =>
  reply
    .type(row.mime)
    .header('content-length', row.size)
    .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(row.name)}`)
    .header('x-content-type-options', 'nosniff')
    .send(body);
