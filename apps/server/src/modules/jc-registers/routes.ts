/** HTTP only: the expert committee and industry association registers (issue 12 item 1). */
import {
  Created,
  IdParam,
  JcAssociationMemberBody,
  JcAssociationMemberList,
  JcAssociationQuery,
  JcExpertBody,
  JcExpertList,
  JcExpertQuery,
  Ok,
  PatchJcAssociationMemberBody,
  PatchJcExpertBody,
} from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppContext, actorOf } from '../../platform/context';
import { addMember, listMembers, patchMember } from './association';
import { createExpert, listExperts, patchExpert } from './experts';
import { exportExperts, exportMembers } from './export';

const tags = ['jc-registers'];
const read = { access: { permission: 'jc.read' as const } };
const manage = { access: { permission: 'jc.manage' as const } };

export function jcRegisterRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/jc/experts',
      {
        config: read,
        schema: {
          tags,
          summary: '专家指导委员会 The expert committee',
          querystring: JcExpertQuery,
          response: { 200: JcExpertList },
        },
      },
      async (req) => listExperts(ctx, req.query),
    );
    app.get(
      '/api/jc/experts/export.xlsx',
      {
        config: read,
        schema: { tags, summary: '导出专家名单 Export the experts', querystring: JcExpertQuery },
      },
      async (req, reply) => exportExperts(ctx, reply, req.lang, req.query),
    );
    app.post(
      '/api/jc/experts',
      {
        config: manage,
        schema: { tags, summary: '增聘专家 Add an expert', body: JcExpertBody, response: { 201: Created } },
      },
      async (req, reply) => reply.code(201).send(await createExpert(ctx, actorOf(req), req.body)),
    );
    app.patch(
      '/api/jc/experts/:id',
      {
        config: manage,
        schema: {
          tags,
          summary: '修改专家信息 Edit an expert',
          params: IdParam,
          body: PatchJcExpertBody,
          response: { 200: Ok },
        },
      },
      async (req) => patchExpert(ctx, actorOf(req), req.params.id, req.body),
    );
    app.get(
      '/api/jc/association-members',
      {
        config: read,
        schema: {
          tags,
          summary: '行业协会会员单位 The association’s member providers',
          querystring: JcAssociationQuery,
          response: { 200: JcAssociationMemberList },
        },
      },
      async (req) => listMembers(ctx, req.query),
    );
    app.get(
      '/api/jc/association-members/export.xlsx',
      {
        config: read,
        schema: { tags, summary: '导出会员单位 Export the members', querystring: JcAssociationQuery },
      },
      async (req, reply) => exportMembers(ctx, reply, req.lang, req.query),
    );
    app.post(
      '/api/jc/association-members',
      {
        config: manage,
        schema: {
          tags,
          summary: '登记会员单位 Add a member provider',
          body: JcAssociationMemberBody,
          response: { 201: Created },
        },
      },
      async (req, reply) => reply.code(201).send(await addMember(ctx, actorOf(req), req.body)),
    );
    app.patch(
      '/api/jc/association-members/:id',
      {
        config: manage,
        schema: {
          tags,
          summary: '修改会员单位 Edit a member',
          params: IdParam,
          body: PatchJcAssociationMemberBody,
          response: { 200: Ok },
        },
      },
      async (req) => patchMember(ctx, actorOf(req), req.params.id, req.body),
    );
  };
}
