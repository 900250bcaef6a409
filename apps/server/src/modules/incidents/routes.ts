import {
  DrillBody,
  DrillList,
  EmergencyPlanBody,
  EmergencyPlanList,
  IdParam,
  IncidentAlerts,
  IncidentBody,
  IncidentCloseBody,
  IncidentCreated,
  IncidentDetail,
  IncidentList,
  IncidentListQuery,
  IncidentUpdateBody,
  PreparednessList,
  PreparednessQuery,
} from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppContext, actorOf, callerOf } from '../../platform/context';
import { sendListXlsx } from '../../platform/excel';
import { incidentColumns } from './export';
import * as prep from './preparedness';
import * as service from './service';

const Created = z.object({ id: z.number().int() });
const tags = ['incidents'];

/** Routes of incidents, emergency plans and drills (SPEC C7). */
export function incidentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/incidents',
      {
        config: { access: { permission: 'incidents.report' } },
        schema: {
          tags,
          summary: '报告安全事故 Report an incident',
          body: IncidentBody,
          response: { 201: IncidentCreated },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await service.reportIncident(ctx, callerOf(req), actorOf(req), req.body)),
    );
    app.get(
      '/api/incidents',
      {
        config: { access: { permission: 'incidents.read' } },
        schema: {
          tags,
          summary: '安全事故列表 Incidents in scope',
          querystring: IncidentListQuery,
          response: { 200: IncidentList },
        },
      },
      async (req) => service.listIncidents(ctx, callerOf(req), req.query),
    );
    app.get(
      '/api/incidents/export.xlsx',
      {
        config: { access: { permission: 'incidents.read' } },
        schema: {
          tags,
          summary: '导出安全事故 Export incidents to Excel',
          querystring: IncidentListQuery.omit({ page: true, pageSize: true }),
        },
      },
      async (req, reply) =>
        sendListXlsx(reply, req.lang, { zh: '安全事故', en: 'incidents' }, incidentColumns, (pageSize) =>
          service.listIncidents(ctx, callerOf(req), { ...req.query, page: 1, pageSize }),
        ),
    );
    app.get(
      '/api/incidents/alerts',
      {
        config: { access: { permission: 'incidents.monitor' } },
        schema: {
          tags,
          summary: '待确认的较重/严重事故 Unacknowledged serious incidents',
          response: { 200: IncidentAlerts },
        },
      },
      async (req) => service.incidentAlerts(ctx, callerOf(req)),
    );
    app.get(
      '/api/incidents/:id',
      {
        config: { access: { permission: 'incidents.read' } },
        schema: {
          tags,
          summary: '事故详情 One incident',
          params: IdParam,
          response: { 200: IncidentDetail },
        },
      },
      async (req) => service.getIncident(ctx, callerOf(req), req.params.id),
    );
    app.post(
      '/api/incidents/:id/acknowledge',
      {
        config: { access: { permission: 'incidents.acknowledge' } },
        schema: {
          tags,
          summary: '确认预警 Acknowledge the alert',
          params: IdParam,
          response: { 200: IncidentDetail },
        },
      },
      async (req) => service.acknowledgeIncident(ctx, callerOf(req), actorOf(req), req.params.id),
    );
    app.post(
      '/api/incidents/:id/updates',
      {
        config: { access: { permission: 'incidents.follow-up' } },
        schema: {
          tags,
          summary: '跟进 Add a follow-up',
          params: IdParam,
          body: IncidentUpdateBody,
          response: { 200: IncidentDetail },
        },
      },
      async (req) => service.followUpIncident(ctx, callerOf(req), actorOf(req), req.params.id, req.body.text),
    );
    app.post(
      '/api/incidents/:id/close',
      {
        config: { access: { permission: 'incidents.close' } },
        schema: {
          tags,
          summary: '结案 Close the incident',
          params: IdParam,
          body: IncidentCloseBody,
          response: { 200: IncidentDetail },
        },
      },
      async (req) => service.closeIncident(ctx, callerOf(req), actorOf(req), req.params.id, req.body.summary),
    );

    app.get(
      '/api/providers/:id/emergency-plans',
      {
        config: { access: { permission: 'preparedness.read' } },
        schema: {
          tags,
          summary: '应急预案 Emergency plans',
          params: IdParam,
          response: { 200: EmergencyPlanList },
        },
      },
      async (req) => prep.listPlans(ctx, callerOf(req), req.params.id),
    );
    app.post(
      '/api/providers/:id/emergency-plans',
      {
        config: { access: { permission: 'preparedness.record' } },
        schema: {
          tags,
          summary: '新增应急预案 Add an emergency plan',
          params: IdParam,
          body: EmergencyPlanBody,
          response: { 201: Created },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await prep.addPlan(ctx, callerOf(req), actorOf(req), req.params.id, req.body)),
    );
    app.get(
      '/api/providers/:id/drills',
      {
        config: { access: { permission: 'preparedness.read' } },
        schema: { tags, summary: '应急演练 Drills', params: IdParam, response: { 200: DrillList } },
      },
      async (req) => prep.listDrills(ctx, callerOf(req), req.params.id),
    );
    app.post(
      '/api/providers/:id/drills',
      {
        config: { access: { permission: 'preparedness.record' } },
        schema: {
          tags,
          summary: '记录演练 Record a drill',
          params: IdParam,
          body: DrillBody,
          response: { 201: Created },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await prep.addDrill(ctx, callerOf(req), actorOf(req), req.params.id, req.body)),
    );
    app.get(
      '/api/emergency-preparedness',
      {
        config: { access: { permission: 'preparedness.monitor' } },
        schema: {
          tags,
          summary: '应急准备概况 Plans and last drill per provider (6-month flag)',
          querystring: PreparednessQuery,
          response: { 200: PreparednessList },
        },
      },
      async (req) => prep.listPreparedness(ctx, callerOf(req), req.query),
    );
  };
}
