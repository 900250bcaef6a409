import {
  Checklist,
  ChecklistCreateBody,
  ChecklistList,
  ChecklistQuery,
  ChecklistUpdateBody,
  ConflictBody,
  ConflictList,
  IdParam,
  InspectorList,
  InspectorQuery,
  Ok,
} from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppContext, actorOf, callerOf } from '../../platform/context';
import * as inspectors from './inspectors';
import * as service from './service';

export function checklistRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/checklists',
      {
        config: { access: { permission: 'checklists.read' } },
        schema: {
          tags: ['supervision'],
          summary: '检查表 Checklists (active versions; history=true for all)',
          querystring: ChecklistQuery,
          response: { 200: ChecklistList },
        },
      },
      async (req) => service.listChecklists(ctx, req.query.history),
    );
    app.get(
      '/api/checklists/:id',
      {
        config: { access: { permission: 'checklists.read' } },
        schema: {
          tags: ['supervision'],
          summary: '检查表（任一版本） A checklist version',
          params: IdParam,
          response: { 200: Checklist },
        },
      },
      async (req) => service.getChecklist(ctx, req.params.id),
    );
    app.post(
      '/api/checklists',
      {
        config: { access: { permission: 'checklists.edit' } },
        schema: {
          tags: ['supervision'],
          summary: '新建检查表 Create a checklist',
          body: ChecklistCreateBody,
          response: { 201: Checklist },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await service.createChecklist(ctx, callerOf(req), actorOf(req), req.body)),
    );
    app.put(
      '/api/checklists/:id',
      {
        config: { access: { permission: 'checklists.edit' } },
        schema: {
          tags: ['supervision'],
          summary: '修订检查表（新版本） Edit: a new version, the old one retires',
          params: IdParam,
          body: ChecklistUpdateBody,
          response: { 200: Checklist },
        },
      },
      async (req) => service.updateChecklist(ctx, callerOf(req), actorOf(req), req.params.id, req.body),
    );
    app.get(
      '/api/inspectors',
      {
        config: { access: { permission: 'inspectors.read' } },
        schema: {
          tags: ['supervision'],
          summary: '检查人员库 The inspector pool of a division',
          querystring: InspectorQuery,
          response: { 200: InspectorList },
        },
      },
      async (req) => inspectors.listInspectors(ctx, callerOf(req), req.query.divisionCode),
    );
    app.get(
      '/api/inspector-conflicts',
      {
        config: { access: { permission: 'inspector-conflicts.manage' } },
        schema: {
          tags: ['supervision'],
          summary: '回避申报 Conflict declarations (own; all in scope for regulators)',
          response: { 200: ConflictList },
        },
      },
      async (req) => inspectors.listConflicts(ctx, callerOf(req)),
    );
    app.get(
      '/api/inspector-conflicts/providers',
      {
        config: { access: { permission: 'inspector-conflicts.manage' } },
        schema: {
          tags: ['supervision'],
          summary: '可申报回避的机构 Providers in the inspector’s area',
          response: {
            200: z.object({
              items: z.array(z.object({ id: z.number().int(), name: z.string(), divisionCode: z.string() })),
            }),
          },
        },
      },
      async (req) => inspectors.conflictProviders(ctx, callerOf(req)),
    );
    app.post(
      '/api/inspector-conflicts',
      {
        config: { access: { permission: 'inspector-conflicts.manage' } },
        schema: {
          tags: ['supervision'],
          summary: '申报回避 Declare a conflict with a provider',
          body: ConflictBody,
          response: { 201: z.object({ id: z.number().int() }) },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await inspectors.declareConflict(ctx, callerOf(req), actorOf(req), req.body)),
    );
    app.delete(
      '/api/inspector-conflicts/:id',
      {
        config: { access: { permission: 'inspector-conflicts.manage' } },
        schema: {
          tags: ['supervision'],
          summary: '撤回回避申报 Withdraw one’s declaration',
          params: IdParam,
          response: { 200: Ok },
        },
      },
      async (req) => inspectors.withdrawConflict(ctx, callerOf(req), actorOf(req), req.params.id),
    );
  };
}
