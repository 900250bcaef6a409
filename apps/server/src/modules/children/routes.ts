import {
  CareClass,
  CareClassList,
  ChildList,
  ChildRecord,
  CreateChildBody,
  CreateClassBody,
  IdParam,
  LeaveBody,
  Ok,
  PageQuery,
} from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppContext, actorOf, callerOf } from '../../platform/context';
import { ownProvider } from '../../platform/provider-access';
import * as classes from './classes';
import * as service from './service';

export function childrenRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/classes',
      {
        config: { access: { permission: 'children.manage' } },
        schema: { tags: ['children'], summary: '本机构班级 Classes', response: { 200: CareClassList } },
      },
      async (req) => ({ items: await classes.listClasses(ctx, ownProvider(callerOf(req))) }),
    );
    app.post(
      '/api/classes',
      {
        config: { access: { permission: 'children.manage' } },
        schema: {
          tags: ['children'],
          summary: '新建班级 Create a class',
          body: CreateClassBody,
          response: { 201: CareClass },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await classes.createClass(ctx, callerOf(req), actorOf(req), req.body)),
    );
    app.post(
      '/api/children',
      {
        config: { access: { permission: 'children.manage' } },
        schema: {
          tags: ['children'],
          summary: '幼儿入托 Enroll a child',
          body: CreateChildBody,
          response: { 201: z.object({ id: z.number().int(), duplicateFlag: z.boolean() }) },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await service.enrollChild(ctx, callerOf(req), actorOf(req), req.body)),
    );
    app.get(
      '/api/children',
      {
        config: { access: { permission: 'children.read' } },
        schema: {
          tags: ['children'],
          summary: '在托幼儿（脱敏） Children, masked',
          querystring: PageQuery.extend({
            classId: z.coerce.number().int().positive().optional(),
            current: z
              .enum(['true', 'false'])
              .transform((v) => v === 'true')
              .optional(),
          }),
          response: { 200: ChildList },
        },
      },
      async (req) => service.listChildren(ctx, callerOf(req), req.query),
    );
    app.get(
      '/api/children/:id',
      {
        config: { access: { permission: 'children.read' } },
        schema: {
          tags: ['children'],
          summary: '幼儿档案（完整信息，读取留痕） One child, in full (audited)',
          params: IdParam,
          response: { 200: ChildRecord },
        },
      },
      async (req) => service.getChild(ctx, callerOf(req), actorOf(req), req.params.id),
    );
    app.post(
      '/api/children/:id/leave',
      {
        config: { access: { permission: 'children.manage' } },
        schema: {
          tags: ['children'],
          summary: '离园 Leaving',
          params: IdParam,
          body: LeaveBody,
          response: { 200: Ok },
        },
      },
      async (req) =>
        service.leaveChild(ctx, callerOf(req), actorOf(req), req.params.id, req.body.leftOn, req.body.reason),
    );
  };
}
