/** The register's Excel imports: templates, the upload (202, checked in the background) and its progress. */
import { HealthImport, HealthImportParams, IdParam } from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppContext, actorOf, callerOf } from '../../platform/context';
import { readUpload } from '../../platform/uploads';
import { getImport, importTemplate, startImport } from './imports';

const tags = ['child-health'];
const manage = { access: { permission: 'child-health.manage' as const } };
const FILE_NAMES = { births: '出生登记导入模板.xlsx', checkups: '健康检查导入模板.xlsx' } as const;

export function childHealthImportRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/child-health/imports/:kind/template.xlsx',
      {
        config: manage,
        schema: { tags, summary: '导入模板 Import template (births | checkups)', params: HealthImportParams },
      },
      async (req, reply) =>
        reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header(
            'content-disposition',
            `attachment; filename="${req.params.kind}.xlsx"; filename*=UTF-8''${encodeURIComponent(FILE_NAMES[req.params.kind])}`,
          )
          .send(await importTemplate(req.params.kind)),
    );
    app.post(
      '/api/child-health/imports/:kind',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Excel 导入（后台核对，全部正确才写入） Import (multipart field "file"); all rows or none',
          consumes: ['multipart/form-data'],
          params: HealthImportParams,
          response: { 202: HealthImport },
        },
      },
      async (req, reply) => {
        const upload = await readUpload(req);
        const started = await startImport(
          ctx,
          callerOf(req),
          actorOf(req),
          req.params.kind,
          upload.body,
          req.lang,
          req.log,
        );
        return reply.code(202).send(started);
      },
    );
    app.get(
      '/api/child-health/imports/:id',
      {
        config: manage,
        schema: {
          tags,
          summary: '导入进度与结果 Import progress',
          params: IdParam,
          response: { 200: HealthImport },
        },
      },
      async (req) => getImport(ctx, callerOf(req), req.params.id, req.lang),
    );
  };
}
