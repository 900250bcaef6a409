import { type AuditEntry, AuditList, AuditQuery } from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { type Column, sendListXlsx } from '../../platform/excel';
import * as service from './service';

const columns: Column<AuditEntry>[] = [
  { header: { zh: '序号', en: 'Seq' }, width: 8, value: (e) => e.id },
  { header: { zh: '时间', en: 'Time' }, width: 26, value: (e) => e.at },
  { header: { zh: '操作人', en: 'Actor' }, value: (e) => e.actorUsername },
  { header: { zh: '角色', en: 'Role' }, value: (e) => e.actorRole },
  { header: { zh: '操作', en: 'Action' }, width: 22, value: (e) => e.action },
  { header: { zh: '对象类型', en: 'Entity' }, value: (e) => e.entityType },
  { header: { zh: '对象编号', en: 'Entity id' }, value: (e) => e.entityId },
  {
    header: { zh: '变更内容', en: 'Changes' },
    width: 60,
    value: (e) => (e.changes ? JSON.stringify(e.changes) : null),
  },
  { header: { zh: 'IP', en: 'IP' }, value: (e) => e.ip },
  { header: { zh: '请求号', en: 'Request id' }, width: 38, value: (e) => e.requestId },
];

export function auditRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audit',
      {
        config: { access: { permission: 'audit.read' } },
        schema: {
          tags: ['audit'],
          summary: '审计日志 Audit trail',
          querystring: AuditQuery,
          response: { 200: AuditList },
        },
      },
      async (req) => service.listAudit(ctx, req.query),
    );
    app.get(
      '/api/audit/export.xlsx',
      {
        config: { access: { permission: 'audit.read' } },
        schema: {
          tags: ['audit'],
          summary: '导出审计日志 Export to Excel',
          querystring: AuditQuery.omit({ page: true, pageSize: true }),
        },
      },
      async (req, reply) =>
        sendListXlsx(reply, req.lang, { zh: '审计日志', en: 'audit' }, columns, (pageSize) =>
          service.listAudit(ctx, { ...req.query, page: 1, pageSize }),
        ),
    );
  };
}
