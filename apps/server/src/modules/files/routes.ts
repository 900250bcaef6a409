import { FileInfo, IdParam } from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppContext, actorOf, callerOf } from '../../platform/context';
import { invalid, ruleBroken } from '../../platform/errors';
import { readStoredFile, storeFile } from './service';

const READERS = [
  'provider_manager',
  'provider_staff',
  'county_regulator',
  'city_regulator',
  'township_officer',
] as const;

export function fileRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/files',
      {
        config: { access: { roles: ['provider_manager', 'provider_staff'] } },
        schema: {
          tags: ['files'],
          summary: '上传附件 Upload a document (PDF, JPEG, PNG ≤ 10 MB; multipart field "file")',
          response: { 201: FileInfo },
        },
      },
      async (req, reply) => {
        if (!req.isMultipart())
          throw invalid({
            path: 'file',
            message: {
              zh: '请以 multipart/form-data 上传，字段名 file',
              en: 'Send multipart/form-data with a field named file',
            },
          });
        const part = await req.file();
        if (part?.fieldname !== 'file')
          throw invalid({ path: 'file', message: { zh: '缺少文件字段 file', en: 'Missing the file field' } });
        const buf = await part.toBuffer().catch(() => null);
        if (!buf || part.file.truncated) {
          throw ruleBroken({ zh: '文件超过 10 MB', en: 'The file is larger than 10 MB' }, [
            { path: 'file', message: { zh: '文件超过 10 MB', en: 'Larger than 10 MB' } },
          ]);
        }
        const info = await storeFile(ctx, callerOf(req), actorOf(req), part.filename, buf);
        return reply.code(201).send(info);
      },
    );
    app.get(
      '/api/files/:id',
      {
        config: { access: { roles: READERS } },
        schema: { tags: ['files'], summary: '下载附件 Download a document', params: IdParam },
      },
      async (req, reply) => {
        const { row, body } = await readStoredFile(ctx, callerOf(req), req.params.id);
        return reply
          .type(row.mime)
          .header('content-length', row.size)
          .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(row.name)}`)
          .header('x-content-type-options', 'nosniff')
          .send(body);
      },
    );
  };
}
