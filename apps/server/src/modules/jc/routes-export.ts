/** HTTP only: the joint conference's lists as Excel (tasks, meetings, members), each scoped like its list. */
import { JcMeetingQuery, JcMembersQuery, JcTaskQuery } from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppContext, callerOf } from '../../platform/context';
import { exportMeetings, exportMembers, exportTasks } from './export';

const tags = ['jc'];

export function jcExportRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/jc/tasks/export.xlsx',
      {
        config: { access: { permission: 'jc.tasks' } },
        schema: { tags, summary: '导出督办任务台账 Export the tasks', querystring: JcTaskQuery },
      },
      async (req, reply) => exportTasks(ctx, callerOf(req), reply, req.lang, req.query),
    );
    app.get(
      '/api/jc/meetings/export.xlsx',
      {
        config: { access: { permission: 'jc.read' } },
        schema: { tags, summary: '导出会议 Export the meetings', querystring: JcMeetingQuery },
      },
      async (req, reply) => exportMeetings(ctx, callerOf(req), reply, req.lang, req.query.year),
    );
    app.get(
      '/api/jc/members/export.xlsx',
      {
        config: { access: { permission: 'jc.read' } },
        schema: { tags, summary: '导出组成人员 Export the members', querystring: JcMembersQuery },
      },
      async (req, reply) => exportMembers(ctx, callerOf(req), reply, req.lang, req.query.history === 'true'),
    );
  };
}
