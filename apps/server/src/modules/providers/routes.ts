import {
  AcceptBody,
  Accepted,
  FeeCeilings,
  Filing,
  FilingData,
  FilingList,
  FilingListQuery,
  FilingVersions,
  IdParam,
  ManagerCreated,
  ReasonBody,
  RegistrationBody,
  RegistrationCreated,
} from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppContext, actorOf, callerOf } from '../../platform/context';
import { sendListXlsx } from '../../platform/excel';
import { readUpload } from '../../platform/uploads';
import { issueManagerAccount } from './accounts';
import { filingColumns } from './export';
import { getFeeCeilings, putFeeCeilings } from './fees';
import { getFiling, listFilings, listFilingVersions } from './filing';
import { acceptFiling, changeFilingStatus, returnFiling } from './filing-review';
import { saveFiling, submitFiling } from './filing-submit';
import { importRegistrations, importTemplate } from './import';
import { registerProvider } from './registration';

const ImportResult = z.object({ imported: z.number().int() });

const SubmitResult = z.object({
  status: z.string(),
  dueDate: z.string(),
  checks: Filing.shape.checks,
});

export function providerRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/registrations',
      {
        config: { access: { permission: 'registrations.push' } },
        schema: {
          tags: ['providers'],
          summary: '登记信息推送 Push a registration',
          body: RegistrationBody,
          response: { 201: RegistrationCreated },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await registerProvider(ctx, callerOf(req), actorOf(req), req.body)),
    );
    app.get(
      '/api/registrations/template.xlsx',
      {
        config: { access: { permission: 'registrations.push' } },
        schema: { tags: ['providers'], summary: '导入模板 Import template' },
      },
      async (_req, reply) =>
        reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header(
            'content-disposition',
            `attachment; filename="template.xlsx"; filename*=UTF-8''${encodeURIComponent('托育机构登记导入模板.xlsx')}`,
          )
          .send(await importTemplate()),
    );
    app.post(
      '/api/registrations/import',
      {
        config: { access: { permission: 'registrations.push' } },
        schema: {
          tags: ['providers'],
          summary: 'Excel 批量导入登记 Import registrations (multipart field "file"); all rows or none',
          consumes: ['multipart/form-data'],
          response: { 200: ImportResult },
        },
      },
      async (req) => {
        const upload = await readUpload(req);
        return importRegistrations(ctx, callerOf(req), actorOf(req), upload.body, req.lang);
      },
    );
    app.post(
      '/api/providers/:id/manager',
      {
        config: { access: { permission: 'providers.set-manager' } },
        schema: {
          tags: ['providers'],
          summary: '开通机构负责人账号 Issue the manager account',
          params: IdParam,
          response: { 201: ManagerCreated },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await issueManagerAccount(ctx, callerOf(req), actorOf(req), req.params.id)),
    );
    app.get(
      '/api/filings',
      {
        config: { access: { permission: 'filings.read' } },
        schema: {
          tags: ['filings'],
          summary: '备案列表 Filing queue (scoped)',
          querystring: FilingListQuery,
          response: { 200: FilingList },
        },
      },
      async (req) => listFilings(ctx, callerOf(req), req.query),
    );
    app.get(
      '/api/filings/export.xlsx',
      {
        config: { access: { permission: 'filings.read' } },
        schema: {
          tags: ['filings'],
          summary: '导出备案列表 Export the filing list to Excel',
          querystring: FilingListQuery.omit({ page: true, pageSize: true }),
        },
      },
      async (req, reply) =>
        sendListXlsx(reply, req.lang, { zh: '备案列表', en: 'filings' }, filingColumns, (pageSize) =>
          listFilings(ctx, callerOf(req), { ...req.query, page: 1, pageSize }),
        ),
    );
    app.get(
      '/api/filings/:id',
      {
        config: { access: { permission: 'filings.read' } },
        schema: {
          tags: ['filings'],
          summary: '备案详情 One filing',
          params: IdParam,
          response: { 200: Filing },
        },
      },
      async (req) => getFiling(ctx, callerOf(req), req.params.id),
    );
    app.get(
      '/api/filings/:id/versions',
      {
        config: { access: { permission: 'filings.read' } },
        schema: {
          tags: ['filings'],
          summary: '备案版本历史 Accepted versions',
          params: IdParam,
          response: { 200: FilingVersions },
        },
      },
      async (req) => listFilingVersions(ctx, callerOf(req), req.params.id),
    );
    app.put(
      '/api/filings/:id',
      {
        config: { access: { permission: 'filings.edit' } },
        schema: {
          tags: ['filings'],
          summary: '填写备案信息 Save the filing form',
          params: IdParam,
          body: FilingData,
          response: { 200: Filing },
        },
      },
      async (req) => saveFiling(ctx, callerOf(req), actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/filings/:id/submit',
      {
        config: { access: { permission: 'filings.edit' } },
        schema: {
          tags: ['filings'],
          summary: '提交备案 Submit (runs the standards checks)',
          params: IdParam,
          response: { 200: SubmitResult },
        },
      },
      async (req) => submitFiling(ctx, callerOf(req), actorOf(req), req.params.id, req.lang),
    );
    app.post(
      '/api/filings/:id/return',
      {
        config: { access: { permission: 'filings.review' } },
        schema: {
          tags: ['filings'],
          summary: '退回补正 Return with reasons',
          params: IdParam,
          body: ReasonBody,
          response: { 200: Filing },
        },
      },
      async (req) => returnFiling(ctx, callerOf(req), actorOf(req), req.params.id, req.body.reason),
    );
    app.post(
      '/api/filings/:id/accept',
      {
        config: { access: { permission: 'filings.review' } },
        schema: {
          tags: ['filings'],
          summary: '予以备案 Accept',
          params: IdParam,
          body: AcceptBody,
          response: { 200: Accepted },
        },
      },
      async (req) =>
        acceptFiling(ctx, callerOf(req), actorOf(req), req.params.id, req.body.exceptionReason, req.lang),
    );
    for (const action of ['suspend', 'resume', 'deregister'] as const) {
      app.post(
        `/api/filings/:id/${action}`,
        {
          config: { access: { permission: 'filings.review' } },
          schema: {
            tags: ['filings'],
            summary: `${action} (with reason)`,
            params: IdParam,
            body: ReasonBody,
            response: { 200: Filing },
          },
        },
        async (req) =>
          changeFilingStatus(ctx, callerOf(req), actorOf(req), req.params.id, action, req.body.reason),
      );
    }
    app.get(
      '/api/settings/fee-ceilings',
      {
        config: { access: 'authenticated' },
        schema: {
          tags: ['filings'],
          summary: '普惠收费指导上限 Fee ceilings',
          response: { 200: FeeCeilings },
        },
      },
      async () => getFeeCeilings(ctx),
    );
    app.put(
      '/api/settings/fee-ceilings',
      {
        config: { access: { permission: 'fee-ceilings.edit' } },
        schema: {
          tags: ['filings'],
          summary: '设置普惠收费上限 Set fee ceilings',
          body: FeeCeilings,
          response: { 200: FeeCeilings },
        },
      },
      async (req) => putFeeCeilings(ctx, actorOf(req), req.body),
    );
  };
}
