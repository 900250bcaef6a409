import {
  HealthCheckBody,
  HealthCheckCreated,
  HealthCheckDay,
  HealthCheckQuery,
  IdParam,
  NotificationList,
  Ok,
} from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppContext, actorOf, callerOf } from '../../platform/context';
import * as service from './service';

const MyNotifications = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      kind: z.string(),
      title: z.string(),
      body: z.string(),
      providerName: z.string(),
      createdAt: z.string(),
      readAt: z.string().nullable(),
    }),
  ),
});

export function healthCheckRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/health-checks',
      {
        config: { access: { permission: 'health-checks.record' } },
        schema: {
          tags: ['health-checks'],
          summary: '晨午检 Record a daily health check',
          body: HealthCheckBody,
          response: { 201: HealthCheckCreated },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await service.recordHealthCheck(ctx, callerOf(req), actorOf(req), req.body)),
    );
    app.get(
      '/api/health-checks',
      {
        config: { access: { permission: 'health-checks.record' } },
        schema: {
          tags: ['health-checks'],
          summary: '晨午检日汇总 Health checks of a day, per class',
          querystring: HealthCheckQuery,
          response: { 200: HealthCheckDay },
        },
      },
      async (req) => service.healthCheckDay(ctx, callerOf(req), req.query.date),
    );
    app.get(
      '/api/children/:id/notifications',
      {
        config: { access: { permission: 'health-checks.record' } },
        schema: {
          tags: ['health-checks'],
          summary: '幼儿的家长通知 Notifications for a child’s guardians',
          params: IdParam,
          response: { 200: NotificationList },
        },
      },
      async (req) => service.childNotifications(ctx, callerOf(req), req.params.id),
    );
    app.get(
      '/api/my/notifications',
      {
        config: { access: { permission: 'notifications.read' } },
        schema: {
          tags: ['health-checks'],
          summary: '我的消息 My notifications (health checks, deadlines, expiring certificates)',
          response: { 200: MyNotifications },
        },
      },
      async (req) => service.myNotifications(ctx, callerOf(req)),
    );
    app.post(
      '/api/my/notifications/:id/read',
      {
        config: { access: { permission: 'notifications.read' } },
        schema: {
          tags: ['health-checks'],
          summary: '标为已读 Mark read',
          params: IdParam,
          response: { 200: Ok },
        },
      },
      async (req) => service.markNotificationRead(ctx, callerOf(req), req.params.id),
    );
  };
}
