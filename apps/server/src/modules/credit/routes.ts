import {
  BlacklistBody,
  BlacklistEntry,
  BlacklistList,
  BlacklistQuery,
  BlacklistRemoveBody,
  CreditRecordBody,
  CreditRecordList,
  CreditRecordQuery,
  IdParam,
  PublicBlacklist,
  PublicBlacklisting,
} from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppContext, actorOf, callerOf } from '../../platform/context';
import { sendListXlsx } from '../../platform/excel';
import { creditColumns } from './export';
import * as service from './service';

const tags = ['credit'];

/** Routes of the blacklist and credit records. */
export function creditRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/blacklist',
      {
        config: { access: { permission: 'blacklist.read' } },
        schema: {
          tags,
          summary: '黑名单（机构） Provider blacklist in scope',
          querystring: BlacklistQuery,
          response: { 200: BlacklistList },
        },
      },
      async (req) => service.listBlacklist(ctx, callerOf(req), req.query.current),
    );
    app.post(
      '/api/blacklist',
      {
        config: { access: { permission: 'credit.decide' } },
        schema: {
          tags,
          summary: '列入黑名单 Blacklist a provider',
          body: BlacklistBody,
          response: { 201: BlacklistEntry },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await service.blacklistProvider(ctx, callerOf(req), actorOf(req), req.body)),
    );
    app.post(
      '/api/blacklist/:id/remove',
      {
        config: { access: { permission: 'credit.decide' } },
        schema: {
          tags,
          summary: '移出黑名单 Remove from the blacklist',
          params: IdParam,
          body: BlacklistRemoveBody,
          response: { 200: BlacklistEntry },
        },
      },
      async (req) =>
        service.removeFromBlacklist(ctx, callerOf(req), actorOf(req), req.params.id, req.body.reason),
    );
    app.get(
      '/api/credit-records',
      {
        config: { access: { permission: 'credit.read' } },
        schema: {
          tags,
          summary: '信用记录 Credit records in scope',
          querystring: CreditRecordQuery,
          response: { 200: CreditRecordList },
        },
      },
      async (req) => service.listCreditRecords(ctx, callerOf(req), req.query),
    );
    app.get(
      '/api/credit-records/export.xlsx',
      {
        config: { access: { permission: 'credit.read' } },
        schema: {
          tags,
          summary: '导出信用记录 Export credit records',
          querystring: CreditRecordQuery.omit({ page: true, pageSize: true }),
        },
      },
      async (req, reply) =>
        sendListXlsx(reply, req.lang, { zh: '信用记录', en: 'credit records' }, creditColumns, (pageSize) =>
          service.listCreditRecords(ctx, callerOf(req), { ...req.query, page: 1, pageSize }),
        ),
    );
    app.post(
      '/api/credit-records',
      {
        config: { access: { permission: 'credit.decide' } },
        schema: {
          tags,
          summary: '新增信用记录 Add a credit record',
          body: CreditRecordBody,
          response: { 201: z.object({ id: z.number().int() }) },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await service.addCreditRecord(ctx, callerOf(req), actorOf(req), req.body)),
    );
    app.get(
      '/api/credit/providers/:id/staff',
      {
        config: { access: { permission: 'credit.decide' } },
        schema: {
          tags,
          summary: '机构从业人员（供登记个人信用记录） A provider’s staff, masked, to pick a person',
          params: IdParam,
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  id: z.number().int(),
                  name: z.string(),
                  role: z.string(),
                  residentId: z.string(),
                }),
              ),
            }),
          },
        },
      },
      async (req) => service.providerStaff(ctx, callerOf(req), req.params.id),
    );
    app.get(
      '/api/public/blacklist',
      {
        config: { access: 'public' },
        schema: {
          tags: ['public'],
          summary: '黑名单公示 Public blacklist',
          response: { 200: PublicBlacklist },
        },
      },
      async () => service.publicBlacklist(ctx),
    );
    app.get(
      '/api/public/blacklist/providers/:id',
      {
        config: { access: 'public' },
        schema: {
          tags: ['public'],
          summary: '机构是否列入黑名单 A provider’s current blacklisting',
          params: IdParam,
          response: { 200: PublicBlacklisting },
        },
      },
      async (req) => service.publicBlacklisting(ctx, req.params.id),
    );
  };
}
