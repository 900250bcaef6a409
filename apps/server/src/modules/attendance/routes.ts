import { AttendanceBody, IdParam, Ok, Ratios } from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppContext, actorOf, callerOf } from '../../platform/context';
import * as service from './service';

const Breaches = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      providerId: z.number().int(),
      providerName: z.string(),
      className: z.string(),
      classType: z.string(),
      startedAt: z.string(),
      endedAt: z.string().nullable(),
      minutes: z.number().int(),
      childrenPresent: z.number().int(),
      carersPresent: z.number().int(),
    }),
  ),
});

export function attendanceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/attendance',
      {
        config: { access: { permission: 'attendance.record' } },
        schema: {
          tags: ['attendance'],
          summary: '签到签退 Check in / out',
          body: AttendanceBody,
          response: { 200: Ok },
        },
      },
      async (req) => service.recordAttendance(ctx, callerOf(req), actorOf(req), req.body),
    );
    app.get(
      '/api/attendance/present',
      {
        config: { access: { permission: 'attendance.record' } },
        schema: {
          tags: ['attendance'],
          summary: '当前在园 Who is checked in now',
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  subject: z.enum(['child', 'staff']),
                  id: z.number().int(),
                  classId: z.number().int(),
                  since: z.string(),
                }),
              ),
            }),
          },
        },
      },
      async (req) => service.presentNow(ctx, callerOf(req)),
    );
    app.get(
      '/api/providers/:id/ratios',
      {
        config: { access: { permission: 'attendance.read' } },
        schema: {
          tags: ['attendance'],
          summary: '实时师幼比 Live ratios per class',
          params: IdParam,
          response: { 200: Ratios },
        },
      },
      async (req) => service.liveRatios(ctx, callerOf(req), req.params.id),
    );
    app.get(
      '/api/ratio-breaches',
      {
        config: { access: { permission: 'attendance.read' } },
        schema: {
          tags: ['attendance'],
          summary: '师幼比不达标记录 Ratio breaches with their duration',
          response: { 200: Breaches },
        },
      },
      async (req) => service.listBreaches(ctx, callerOf(req)),
    );
  };
}
