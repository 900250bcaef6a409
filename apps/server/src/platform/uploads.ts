/**
 * The one way a handler reads an upload (multipart/form-data, one field named "file"). Every way
 * the body can be wrong — not multipart, no boundary, truncated or malformed, over the size
 * limit — becomes problem+json here, so no upload endpoint can answer 500 on bad input.
 */
import type { FastifyRequest } from 'fastify';
import { invalid, ruleBroken } from './errors';

export interface Upload {
  filename: string;
  body: Buffer;
}

const sendMultipart = {
  path: 'file',
  message: {
    zh: '请以 multipart/form-data 上传，字段名 file',
    en: 'Send multipart/form-data with a field named file',
  },
};

const tooLarge = () =>
  ruleBroken({ zh: '文件超过 10 MB', en: 'The file is larger than 10 MB' }, [
    { path: 'file', message: { zh: '文件超过 10 MB', en: 'Larger than 10 MB' } },
  ]);

const malformed = () =>
  invalid({
    path: 'file',
    message: { zh: '上传内容不完整或格式有误', en: 'The upload is truncated or malformed' },
  });

/** Busboy refuses a multipart body without a boundary by throwing; check it first. */
const hasBoundary = (contentType: string | undefined) =>
  /;\s*boundary=("[^"]+"|[^\s;]+)/i.test(contentType ?? '');

const isTooLarge = (err: unknown) => (err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE';

export async function readUpload(req: FastifyRequest): Promise<Upload> {
  if (!req.isMultipart() || !hasBoundary(req.headers['content-type'])) throw invalid(sendMultipart);
  let part: Awaited<ReturnType<FastifyRequest['file']>>;
  try {
    part = await req.file();
  } catch (err) {
    throw isTooLarge(err) ? tooLarge() : malformed();
  }
  if (part?.fieldname !== 'file') {
    throw invalid({ path: 'file', message: { zh: '缺少文件字段 file', en: 'Missing the file field' } });
  }
  let body: Buffer;
  try {
    body = await part.toBuffer();
  } catch (err) {
    throw isTooLarge(err) ? tooLarge() : malformed();
  }
  if (part.file.truncated) throw tooLarge();
  return { filename: part.filename, body };
}
