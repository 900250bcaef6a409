/** HTTP only: the joint conference (issue 12) — members, meetings, minutes and tracked tasks. */
import {
  Created,
  CreateJcMeetingBody,
  IdParam,
  JcAgendaBody,
  JcAgendaItemParam,
  JcAttendanceBody,
  JcCompletionBody,
  JcDecisionBody,
  JcExtensionBody,
  JcMeeting,
  JcMeetingList,
  JcMeetingQuery,
  JcMinutes,
  JcMinutesBody,
  JcMinutesCreated,
  JcProgressBody,
  JcTask,
  JcTaskList,
  JcTaskQuery,
  JcUrgeBody,
  Ok,
} from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppContext, actorOf, callerOf } from '../../platform/context';
import {
  createMeeting,
  decideAgenda,
  getMeeting,
  listMeetings,
  proposeAgendaItem,
  recordAttendance,
} from './meetings';
import { getMinutes, recordMinutes } from './minutes';
import { jcExportRoutes } from './routes-export';
import { jcMemberRoutes } from './routes-members';
import { decideTask, reportProgress, requestCompletion, requestExtension } from './task-steps';
import { getTask, listTasks } from './tasks';
import { urgeTask } from './urge';

const tags = ['jc'];
const read = { access: { permission: 'jc.read' as const } };
const manage = { access: { permission: 'jc.manage' as const } };
const approve = { access: { permission: 'jc.approve' as const } };
const tasks = { access: { permission: 'jc.tasks' as const } };
const report = { access: { permission: 'jc.report' as const } };
const agenda = { access: { permission: 'jc.agenda' as const } };

export function jcRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(jcExportRoutes(ctx));
    await app.register(jcMemberRoutes(ctx));
    app.post(
      '/api/jc/meetings',
      {
        config: manage,
        schema: {
          tags,
          summary: '召开会议 Call a meeting',
          body: CreateJcMeetingBody,
          response: { 201: Created },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await createMeeting(ctx, callerOf(req), actorOf(req), req.body)),
    );
    app.get(
      '/api/jc/meetings',
      {
        config: read,
        schema: {
          tags,
          summary: '会议 Meetings',
          querystring: JcMeetingQuery,
          response: { 200: JcMeetingList },
        },
      },
      async (req) => listMeetings(ctx, callerOf(req), req.query.year),
    );
    app.get(
      '/api/jc/meetings/:id',
      {
        config: read,
        schema: {
          tags,
          summary: '会议详情、议题、出席与纪要 A meeting, its agenda, attendance and minutes',
          params: IdParam,
          response: { 200: JcMeeting },
        },
      },
      async (req) => getMeeting(ctx, callerOf(req), req.params.id),
    );
    app.post(
      '/api/jc/meetings/:id/agenda',
      {
        config: agenda,
        schema: {
          tags,
          summary: '提出议题 Propose an agenda item',
          params: IdParam,
          body: JcAgendaBody,
          response: { 201: Created },
        },
      },
      async (req, reply) =>
        reply
          .code(201)
          .send(await proposeAgendaItem(ctx, callerOf(req), actorOf(req), req.params.id, req.body)),
    );
    app.post(
      '/api/jc/meetings/:id/agenda/:itemId/decision',
      {
        config: manage,
        schema: {
          tags,
          summary: '办公室采纳或不予采纳议题 The office accepts or declines an agenda item',
          params: JcAgendaItemParam,
          body: JcDecisionBody,
          response: { 200: Ok },
        },
      },
      async (req) =>
        decideAgenda(ctx, callerOf(req), actorOf(req), req.params.id, req.params.itemId, req.body),
    );
    app.put(
      '/api/jc/meetings/:id/attendance',
      {
        config: manage,
        schema: {
          tags,
          summary: '登记出席情况 Record attendance',
          params: IdParam,
          body: JcAttendanceBody,
          response: { 200: Ok },
        },
      },
      async (req) => recordAttendance(ctx, callerOf(req), actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/jc/meetings/:id/minutes',
      {
        config: manage,
        schema: {
          tags,
          summary: '会议纪要与议定事项 Minutes, agreed matters and their tasks',
          params: IdParam,
          body: JcMinutesBody,
          response: { 201: JcMinutesCreated },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await recordMinutes(ctx, callerOf(req), actorOf(req), req.params.id, req.body)),
    );
    app.get(
      '/api/jc/meetings/:id/minutes',
      {
        config: read,
        schema: {
          tags,
          summary: '会议纪要（印发版） The minutes as printed, with each matter’s tasks',
          params: IdParam,
          response: { 200: JcMinutes },
        },
      },
      async (req) => getMinutes(ctx, callerOf(req), req.params.id),
    );
    app.get(
      '/api/jc/tasks',
      {
        config: tasks,
        schema: {
          tags,
          summary: '督办任务（红黄绿灯） Tracked tasks with their lights',
          querystring: JcTaskQuery,
          response: { 200: JcTaskList },
        },
      },
      async (req) => listTasks(ctx, callerOf(req), req.query),
    );
    app.get(
      '/api/jc/tasks/:id',
      {
        config: tasks,
        schema: {
          tags,
          summary: '任务详情与办理记录 A task and its steps',
          params: IdParam,
          response: { 200: JcTask },
        },
      },
      async (req) => getTask(ctx, callerOf(req), req.params.id),
    );
    app.post(
      '/api/jc/tasks/:id/progress',
      {
        config: report,
        schema: {
          tags,
          summary: '反馈进展 Report progress',
          params: IdParam,
          body: JcProgressBody,
          response: { 200: Ok },
        },
      },
      async (req) => reportProgress(ctx, callerOf(req), actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/jc/tasks/:id/extension',
      {
        config: report,
        schema: {
          tags,
          summary: '申请延期 Ask for an extension',
          params: IdParam,
          body: JcExtensionBody,
          response: { 200: Ok },
        },
      },
      async (req) => requestExtension(ctx, callerOf(req), actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/jc/tasks/:id/completion',
      {
        config: report,
        schema: {
          tags,
          summary: '申请办结 Ask to complete',
          params: IdParam,
          body: JcCompletionBody,
          response: { 200: Ok },
        },
      },
      async (req) => requestCompletion(ctx, callerOf(req), actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/jc/tasks/:id/decision',
      {
        config: approve,
        schema: {
          tags,
          summary: '审核延期或办结（销号） Decide an extension or completion',
          params: IdParam,
          body: JcDecisionBody,
          response: { 200: Ok },
        },
      },
      async (req) => decideTask(ctx, callerOf(req), actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/jc/tasks/:id/urge',
      {
        config: manage,
        schema: {
          tags,
          summary: '催办 The office urges a task’s units',
          params: IdParam,
          body: JcUrgeBody,
          response: { 201: Created },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await urgeTask(ctx, callerOf(req), actorOf(req), req.params.id, req.body)),
    );
  };
}
