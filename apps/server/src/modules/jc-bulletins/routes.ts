/** HTTP only: the joint conference's progress bulletins (工作进展通报, issue 12 item 6). */
import {
  Created,
  CreateJcBulletinBody,
  IdParam,
  IssueJcBulletinBody,
  JcBulletin,
  JcBulletinIssued,
  JcBulletinList,
  JcBulletinQuery,
  JcPublicBulletinList,
  Ok,
  PageQuery,
  PatchJcBulletinBody,
} from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppContext, actorOf, callerOf } from '../../platform/context';
import { createBulletin, getBulletin, listBulletins, patchBulletin } from './bulletins';
import { exportBulletins } from './export';
import { acknowledgeBulletin, issueBulletin, publicBulletins } from './issue';

const tags = ['jc-bulletins'];
const read = { access: { permission: 'jc.read' as const } };
const manage = { access: { permission: 'jc.manage' as const } };
const report = { access: { permission: 'jc.report' as const } };

export function jcBulletinRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/jc/bulletins',
      {
        config: read,
        schema: {
          tags,
          summary: '工作进展通报 Progress bulletins',
          querystring: JcBulletinQuery,
          response: { 200: JcBulletinList },
        },
      },
      async (req) => listBulletins(ctx, callerOf(req), req.query),
    );
    app.get(
      '/api/jc/bulletins/export.xlsx',
      {
        config: read,
        schema: { tags, summary: '导出通报列表 Export the bulletins', querystring: JcBulletinQuery },
      },
      async (req, reply) => exportBulletins(ctx, callerOf(req), reply, req.lang, req.query),
    );
    app.post(
      '/api/jc/bulletins',
      {
        config: manage,
        schema: {
          tags,
          summary: '起草通报 Draft a bulletin for a period',
          body: CreateJcBulletinBody,
          response: { 201: Created },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await createBulletin(ctx, callerOf(req), actorOf(req), req.body)),
    );
    app.get(
      '/api/jc/bulletins/:id',
      {
        config: read,
        schema: {
          tags,
          summary: '通报正文、统计表与签收情况 A bulletin, its figures and receipts',
          params: IdParam,
          response: { 200: JcBulletin },
        },
      },
      async (req) => getBulletin(ctx, callerOf(req), req.params.id),
    );
    app.patch(
      '/api/jc/bulletins/:id',
      {
        config: manage,
        schema: {
          tags,
          summary: '修改通报草稿 Edit a draft',
          params: IdParam,
          body: PatchJcBulletinBody,
          response: { 200: Ok },
        },
      },
      async (req) => patchBulletin(ctx, callerOf(req), actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/jc/bulletins/:id/issue',
      {
        config: manage,
        schema: {
          tags,
          summary: '签发通报 Issue: number, freeze the figures, send to the member units',
          params: IdParam,
          body: IssueJcBulletinBody,
          response: { 200: JcBulletinIssued },
        },
      },
      async (req) => issueBulletin(ctx, callerOf(req), actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/jc/bulletins/:id/acknowledge',
      {
        config: report,
        schema: {
          tags,
          summary: '成员单位签收 A member unit acknowledges receipt',
          params: IdParam,
          response: { 200: Ok },
        },
      },
      async (req) => acknowledgeBulletin(ctx, callerOf(req), actorOf(req), req.params.id),
    );
    app.get(
      '/api/public/jc/bulletins',
      {
        config: { access: 'public' },
        schema: {
          tags: ['public'],
          summary: '公开的通报摘要 Public summaries of issued bulletins',
          querystring: PageQuery,
          response: { 200: JcPublicBulletinList },
        },
      },
      async (req) => publicBulletins(ctx, req.query),
    );
  };
}
