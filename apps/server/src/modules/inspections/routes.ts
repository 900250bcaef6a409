import {
  CreateInspectionBody,
  FindingParams,
  IdParam,
  InspectionDetail,
  InspectionList,
  InspectionListQuery,
  Ok,
  PublicInspectionList,
  RectificationList,
  ReplyFindingBody,
  SaveFindingsBody,
  SubmitInspectionBody,
  VerifyFindingBody,
} from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppContext, actorOf, callerOf } from '../../platform/context';
import { sendListXlsx } from '../../platform/excel';
import { readUpload } from '../../platform/uploads';
import { contentOf } from '../files/service';
import { inspectionColumns } from './export';
import { publicInspections } from './public';
import * as service from './service';

const tags = ['inspections'];

export function inspectionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/inspections',
      {
        config: { access: { permission: 'inspections.read' } },
        schema: {
          tags,
          summary: '检查任务 Inspections in the caller’s scope',
          querystring: InspectionListQuery,
          response: { 200: InspectionList },
        },
      },
      async (req, reply) => {
        const { format, ...query } = req.query;
        if (format !== 'xlsx') return service.listInspections(ctx, callerOf(req), query);
        return sendListXlsx(
          reply,
          req.lang,
          { zh: '检查任务', en: 'inspections' },
          inspectionColumns,
          (pageSize) => service.listInspections(ctx, callerOf(req), { ...query, page: 1, pageSize }),
        );
      },
    );
    app.get(
      '/api/inspections/export.xlsx',
      {
        config: { access: { permission: 'inspections.read' } },
        schema: {
          tags,
          summary: '导出检查任务 Export inspections to Excel',
          querystring: InspectionListQuery.omit({ page: true, pageSize: true, format: true }),
        },
      },
      async (req, reply) =>
        sendListXlsx(reply, req.lang, { zh: '检查任务', en: 'inspections' }, inspectionColumns, (pageSize) =>
          service.listInspections(ctx, callerOf(req), { ...req.query, page: 1, pageSize }),
        ),
    );
    app.get(
      '/api/inspections/rectifications',
      {
        config: { access: { permission: 'rectifications.read' } },
        schema: {
          tags,
          summary: '整改通知 The provider’s open and answered findings',
          response: { 200: RectificationList },
        },
      },
      async (req) => service.rectifications(ctx, callerOf(req)),
    );
    app.get(
      '/api/inspections/:id',
      {
        config: { access: { permission: 'inspections.read' } },
        schema: {
          tags,
          summary: '检查详情 One inspection',
          params: IdParam,
          response: { 200: InspectionDetail },
        },
      },
      async (req) => service.getInspection(ctx, callerOf(req), req.params.id),
    );
    app.post(
      '/api/inspections',
      {
        config: { access: { permission: 'inspections.create' } },
        schema: {
          tags,
          summary: '新建检查 An inspection outside a draw (complaint, campaign, follow-up)',
          body: CreateInspectionBody,
          response: { 201: z.object({ id: z.number().int() }) },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await service.createInspection(ctx, callerOf(req), actorOf(req), req.body)),
    );
    app.put(
      '/api/inspections/:id/findings',
      {
        config: { access: { permission: 'inspections.record' } },
        schema: {
          tags,
          summary: '保存检查记录 Save findings (per item, as the inspector goes)',
          params: IdParam,
          body: SaveFindingsBody,
          response: { 200: Ok },
        },
      },
      async (req) => service.saveFindings(ctx, callerOf(req), actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/inspections/:id/photos',
      {
        config: { access: { permission: 'inspections.record' } },
        schema: {
          tags,
          summary: '上传现场照片 Upload a photo (JPEG/PNG ≤ 10 MB; multipart field "file")',
          consumes: ['multipart/form-data'],
          params: IdParam,
        },
      },
      async (req, reply) => {
        const upload = await readUpload(req);
        const info = await service.uploadPhoto(
          ctx,
          callerOf(req),
          actorOf(req),
          req.params.id,
          upload.filename,
          upload.body,
        );
        return reply.code(201).send(info);
      },
    );
    app.get(
      '/api/inspections/:id/files/:fileId',
      {
        config: { access: { permission: 'inspections.read' } },
        schema: {
          tags,
          summary: '检查照片与整改材料 A photo or evidence file of the inspection',
          params: z.object({
            id: z.coerce.number().int().positive(),
            fileId: z.coerce.number().int().positive(),
          }),
        },
      },
      async (req, reply) => {
        const file = await service.inspectionFile(ctx, callerOf(req), req.params.id, req.params.fileId);
        const body = await contentOf(ctx, file.storage_key);
        return reply
          .type(file.mime)
          .header('content-length', file.size)
          .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, max-age=3600')
          .send(body);
      },
    );
    app.post(
      '/api/inspections/:id/submit',
      {
        config: { access: { permission: 'inspections.record' } },
        schema: {
          tags,
          summary: '提交并公示检查结果 Submit and publish the result',
          params: IdParam,
          body: SubmitInspectionBody,
        },
      },
      async (req) => service.submitInspection(ctx, callerOf(req), actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/inspections/:id/findings/:findingId/reply',
      {
        config: { access: { permission: 'inspections.reply' } },
        schema: {
          tags,
          summary: '整改答复 The provider answers a failed item with evidence',
          params: FindingParams,
          body: ReplyFindingBody,
        },
      },
      async (req) =>
        service.replyFinding(ctx, callerOf(req), actorOf(req), req.params.id, req.params.findingId, req.body),
    );
    app.post(
      '/api/inspections/:id/findings/:findingId/verify',
      {
        config: { access: { permission: 'inspections.verify' } },
        schema: {
          tags,
          summary: '整改复核 Accept the fix, or send it back with the reason',
          params: FindingParams,
          body: VerifyFindingBody,
        },
      },
      async (req) =>
        service.verifyFinding(
          ctx,
          callerOf(req),
          actorOf(req),
          req.params.id,
          req.params.findingId,
          req.body,
        ),
    );
    app.get(
      '/api/public/providers/:id/inspections',
      {
        config: { access: 'public' },
        schema: {
          tags: ['public'],
          summary: '监督检查结果公示 A provider’s published inspections',
          params: IdParam,
          response: { 200: PublicInspectionList },
        },
      },
      async (req) => publicInspections(ctx, req.params.id),
    );
  };
}
