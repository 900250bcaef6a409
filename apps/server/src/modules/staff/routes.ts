import { BanList, CreateBanBody, CreateStaffBody, StaffList } from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppContext, actorOf, callerOf } from '../../platform/context';
import { readUpload } from '../../platform/uploads';
import { importStaff, staffTemplate } from './import';
import * as service from './service';

const Created = z.object({ id: z.number().int() });

export function staffRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/staff',
      {
        config: { access: { permission: 'staff.read' } },
        schema: { tags: ['staff'], summary: '从业人员 Staff register', response: { 200: StaffList } },
      },
      async (req) => service.listStaff(ctx, callerOf(req)),
    );
    app.post(
      '/api/staff',
      {
        config: { access: { permission: 'staff.manage' } },
        schema: {
          tags: ['staff'],
          summary: '聘用登记（核查禁止名单） Hire (checked against the ban list)',
          body: CreateStaffBody,
          response: { 201: Created },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await service.hireStaff(ctx, callerOf(req), actorOf(req), req.body)),
    );
    app.get(
      '/api/staff/template.xlsx',
      {
        config: { access: { permission: 'staff.read' } },
        schema: { tags: ['staff'], summary: '从业人员导入模板 Staff import template' },
      },
      async (_req, reply) =>
        reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header(
            'content-disposition',
            `attachment; filename="staff.xlsx"; filename*=UTF-8''${encodeURIComponent('从业人员导入模板.xlsx')}`,
          )
          .send(await staffTemplate()),
    );
    app.post(
      '/api/staff/import',
      {
        config: { access: { permission: 'staff.manage' } },
        schema: {
          tags: ['staff'],
          summary: 'Excel 批量导入从业人员 Import staff (multipart field "file"); all rows or none',
          consumes: ['multipart/form-data'],
          response: { 200: z.object({ imported: z.number().int() }) },
        },
      },
      async (req) => {
        const upload = await readUpload(req);
        return importStaff(ctx, callerOf(req), actorOf(req), upload.body, req.lang);
      },
    );
    app.get(
      '/api/bans',
      {
        config: { access: { permission: 'bans.manage' } },
        schema: { tags: ['staff'], summary: '从业禁止名单 Ban list', response: { 200: BanList } },
      },
      async () => service.listBans(ctx),
    );
    app.post(
      '/api/bans',
      {
        config: { access: { permission: 'bans.manage' } },
        schema: {
          tags: ['staff'],
          summary: '列入从业禁止名单 Ban a person',
          body: CreateBanBody,
          response: { 201: Created },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await service.addBan(ctx, callerOf(req), actorOf(req), req.body)),
    );
    app.get(
      '/api/bans/refused-hires',
      {
        config: { access: { permission: 'bans.manage' } },
        schema: {
          tags: ['staff'],
          summary: '被拒绝的聘用尝试 Refused hires of banned people',
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  at: z.string(),
                  actorUsername: z.string().nullable(),
                  divisionCode: z.string().nullable(),
                  details: z.record(z.string(), z.unknown()),
                }),
              ),
            }),
          },
        },
      },
      async (req) => service.listRefusedHires(ctx, callerOf(req)),
    );
  };
}
