import { FileInfo, IdParam } from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppContext, actorOf, callerOf } from '../../platform/context';
import { readUpload } from '../../platform/uploads';
import { readStoredFile, sendStoredFile, storeFile } from './service';

export function fileRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/files',
      {
        config: { access: { permission: 'files.upload' } },
        schema: {
          tags: ['files'],
          summary: '上传附件 Upload a document (PDF, JPEG, PNG ≤ 10 MB; multipart field "file")',
          consumes: ['multipart/form-data'],
          response: { 201: FileInfo },
        },
      },
      async (req, reply) => {
        const upload = await readUpload(req);
        const info = await storeFile(ctx, callerOf(req), actorOf(req), upload.filename, upload.body);
        return reply.code(201).send(info);
      },
    );
    app.get(
      '/api/files/:id',
      {
        config: { access: { permission: 'files.read' } },
        schema: { tags: ['files'], summary: '下载附件 Download a document', params: IdParam },
      },
      async (req, reply) => {
        const { row, body } = await readStoredFile(ctx, callerOf(req), req.params.id);
        return sendStoredFile(reply, row, body);
      },
    );
  };
}
