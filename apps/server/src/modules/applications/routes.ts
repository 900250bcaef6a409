import {
  AcceptApplicationBody,
  Application,
  ApplicationBody,
  ApplicationList,
  ApplicationQuery,
  DeclineApplicationBody,
  IdParam,
  Ok,
} from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppContext, actorOf, callerOf } from '../../platform/context';
import * as service from './service';

export function applicationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/public/providers/:id/applications',
      {
        config: { access: { permission: 'applications.apply' } },
        schema: {
          tags: ['applications'],
          summary: '入托申请 Apply for a place (waitlist by class type)',
          params: IdParam,
          body: ApplicationBody,
          response: { 201: Application },
        },
      },
      async (req, reply) =>
        reply
          .code(201)
          .send(await service.submitApplication(ctx, callerOf(req), actorOf(req), req.params.id, req.body)),
    );
    app.get(
      '/api/my/applications',
      {
        config: { access: { permission: 'applications.apply' } },
        schema: {
          tags: ['applications'],
          summary: '我的入托申请 My applications, newest first',
          response: { 200: ApplicationList },
        },
      },
      async (req) => service.myApplications(ctx, callerOf(req)),
    );
    app.get(
      '/api/applications',
      {
        config: { access: { permission: 'applications.handle' } },
        schema: {
          tags: ['applications'],
          summary: '本机构入托申请（候补名单） Applications and waitlists',
          querystring: ApplicationQuery,
          response: { 200: ApplicationList },
        },
      },
      async (req) => service.providerApplications(ctx, callerOf(req), req.query.status),
    );
    app.post(
      '/api/applications/:id/decline',
      {
        config: { access: { permission: 'applications.handle' } },
        schema: {
          tags: ['applications'],
          summary: '婉拒申请 Decline with a reason',
          params: IdParam,
          body: DeclineApplicationBody,
          response: { 200: Ok },
        },
      },
      async (req) =>
        service.declineApplication(ctx, callerOf(req), actorOf(req), req.params.id, req.body.reason),
    );
    app.post(
      '/api/applications/:id/accept',
      {
        config: { access: { permission: 'applications.handle' } },
        schema: {
          tags: ['applications'],
          summary: '录取入托 Accept into a class (creates the child record)',
          params: IdParam,
          body: AcceptApplicationBody,
          response: { 200: z.object({ childId: z.number().int(), duplicateFlag: z.boolean() }) },
        },
      },
      async (req) => service.acceptApplication(ctx, callerOf(req), actorOf(req), req.params.id, req.body),
    );
  };
}
