import {
  CommitteeAnswer,
  CommitteeCreateBody,
  CommitteeMemberBody,
  CommitteeMemberParam,
  ComplaintAnswerBody,
  ComplaintAssignBody,
  ComplaintAssignees,
  ComplaintContact,
  ComplaintDetail,
  ComplaintFiled,
  ComplaintList,
  ComplaintNoteBody,
  ComplaintQuery,
  ComplaintStats,
  ComplaintStatsQuery,
  ComplaintTracking,
  IdParam,
  MyCommittees,
  MyComplaints,
  NewComplaintBody,
  TrackingCodeParam,
} from '@tuoyu/contracts';
import { labelOf } from '@tuoyu/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppContext, actorOf, callerOf } from '../../platform/context';
import { type Column, sendListXlsx } from '../../platform/excel';
import { beijingDateTime } from '../../platform/time';
import * as committees from './committees';
import * as service from './service';
import { monthlyStats } from './stats';

type Item = ComplaintList['items'][number];
const columns: Column<Item>[] = [
  { header: { zh: '查询码', en: 'Tracking code' }, width: 20, value: (r) => r.trackingCode },
  { header: { zh: '收到时间', en: 'Received' }, width: 18, value: (r) => beijingDateTime(r.receivedAt) },
  { header: { zh: '区县', en: 'County' }, value: (r) => r.divisionName },
  { header: { zh: '机构', en: 'Provider' }, width: 30, value: (r) => r.providerName },
  { header: { zh: '类别', en: 'Category' }, value: (r, l) => labelOf('complaintCategory', r.category, l) },
  { header: { zh: '状态', en: 'Status' }, value: (r, l) => labelOf('complaintStatus', r.status, l) },
  { header: { zh: '受理期限', en: 'Acknowledge by' }, value: (r) => r.acknowledgeBy },
  { header: { zh: '答复期限', en: 'Answer by' }, value: (r) => r.answerBy },
  { header: { zh: '逾期', en: 'Overdue' }, value: (r, l) => (r.overdue ? (l === 'zh' ? '是' : 'yes') : '') },
  {
    header: { zh: '已升级至市级', en: 'Escalated' },
    value: (r) => (r.escalatedAt ? beijingDateTime(r.escalatedAt) : ''),
  },
  { header: { zh: '承办', en: 'Handled by' }, value: (r) => r.assignedUserName ?? r.townshipName },
  {
    header: { zh: '结果', en: 'Outcome' },
    value: (r, l) => (r.outcome ? labelOf('complaintOutcome', r.outcome, l) : ''),
  },
  { header: { zh: '联系电话', en: 'Contact' }, value: (r) => r.contactMasked },
];

export function complaintRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // Public: filing and tracking are rate-limited per address like the login (brute force on codes).
    const limited = { max: ctx.config.loginRateLimitPerMinute, timeWindow: '1 minute' };
    app.post(
      '/api/public/complaints',
      {
        config: { access: 'public', rateLimit: limited },
        schema: {
          tags: ['public'],
          summary: '投诉举报 File a complaint',
          body: NewComplaintBody,
          response: { 201: ComplaintFiled },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await service.fileComplaint(ctx, req.user, actorOf(req), req.body)),
    );
    app.get(
      '/api/public/complaints/stats',
      {
        config: { access: 'public' },
        schema: {
          tags: ['public'],
          summary: '投诉举报月度统计 Monthly complaint statistics per county',
          querystring: ComplaintStatsQuery,
          response: { 200: ComplaintStats },
        },
      },
      async (req) => monthlyStats(ctx, req.query.month),
    );
    app.get(
      '/api/public/complaints/:trackingCode',
      {
        config: { access: 'public', rateLimit: limited },
        schema: {
          tags: ['public'],
          summary: '投诉进度查询 Track a complaint',
          params: TrackingCodeParam,
          response: { 200: ComplaintTracking },
        },
      },
      async (req) => service.trackComplaint(ctx, req.params.trackingCode),
    );
    app.get(
      '/api/my/complaints',
      {
        config: { access: { permission: 'complaints.own' } },
        schema: { tags: ['complaints'], summary: '我的投诉 My complaints', response: { 200: MyComplaints } },
      },
      async (req) => service.myComplaints(ctx, callerOf(req)),
    );

    // Console.
    app.get(
      '/api/complaints',
      {
        config: { access: { permission: 'complaints.handle' } },
        schema: {
          tags: ['complaints'],
          summary: '投诉举报 Complaints in scope',
          querystring: ComplaintQuery,
          response: { 200: ComplaintList },
        },
      },
      async (req) => service.listForConsole(ctx, callerOf(req), req.query),
    );
    app.get(
      '/api/complaints/export.xlsx',
      {
        config: { access: { permission: 'complaints.handle' } },
        schema: {
          tags: ['complaints'],
          summary: '导出投诉 Export to Excel',
          querystring: ComplaintQuery.omit({ page: true, pageSize: true }),
        },
      },
      async (req, reply) =>
        sendListXlsx(reply, req.lang, { zh: '投诉举报', en: 'complaints' }, columns, (pageSize) =>
          service.listForConsole(ctx, callerOf(req), { ...req.query, page: 1, pageSize }),
        ),
    );
    app.get(
      '/api/complaints/:id',
      {
        config: { access: { permission: 'complaints.handle' } },
        schema: {
          tags: ['complaints'],
          summary: '投诉详情 A complaint',
          params: IdParam,
          response: { 200: ComplaintDetail },
        },
      },
      async (req) => service.getForConsole(ctx, callerOf(req), req.params.id),
    );
    app.get(
      '/api/complaints/:id/contact',
      {
        config: { access: { permission: 'complaints.handle' } },
        schema: {
          tags: ['complaints'],
          summary: '查看联系电话（留痕） Reveal the contact (audited)',
          params: IdParam,
          response: { 200: ComplaintContact },
        },
      },
      async (req) => service.revealContact(ctx, callerOf(req), actorOf(req), req.params.id),
    );
    app.get(
      '/api/complaints/:id/assignees',
      {
        config: { access: { permission: 'complaints.handle' } },
        schema: {
          tags: ['complaints'],
          summary: '可分派对象 Who the case may be assigned to',
          params: IdParam,
          response: { 200: ComplaintAssignees },
        },
      },
      async (req) => service.assignees(ctx, callerOf(req), req.params.id),
    );
    const writeSchema = (summary: string) => ({
      tags: ['complaints'],
      summary,
      params: IdParam,
      response: { 200: ComplaintDetail },
    });
    const handlers = { config: { access: { permission: 'complaints.handle' } } } as const;
    app.post(
      '/api/complaints/:id/acknowledge',
      { ...handlers, schema: writeSchema('受理 Acknowledge') },
      async (req) => service.acknowledge(ctx, callerOf(req), actorOf(req), req.params.id),
    );
    app.post(
      '/api/complaints/:id/assign',
      {
        ...handlers,
        schema: { ...writeSchema('分派 Assign to an officer or township'), body: ComplaintAssignBody },
      },
      async (req) => service.assign(ctx, callerOf(req), actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/complaints/:id/notes',
      { ...handlers, schema: { ...writeSchema('内部备注 Internal note'), body: ComplaintNoteBody } },
      async (req) => service.addNote(ctx, callerOf(req), actorOf(req), req.params.id, req.body.text),
    );
    app.post(
      '/api/complaints/:id/answer',
      { ...handlers, schema: { ...writeSchema('答复 Answer the complainant'), body: ComplaintAnswerBody } },
      async (req) => service.answer(ctx, callerOf(req), actorOf(req), req.params.id, req.body),
    );

    // Parent committees.
    app.get(
      '/api/providers/:id/committee',
      {
        config: { access: { permission: 'committees.read' } },
        schema: {
          tags: ['complaints'],
          summary: '家长委员会 Parent committee',
          params: IdParam,
          response: { 200: CommitteeAnswer },
        },
      },
      async (req) => committees.getCommittee(ctx, callerOf(req), req.params.id),
    );
    app.post(
      '/api/providers/:id/committee',
      {
        config: { access: { permission: 'committees.manage' } },
        schema: {
          tags: ['complaints'],
          summary: '成立家长委员会 Set up the committee',
          params: IdParam,
          body: CommitteeCreateBody,
          response: { 201: CommitteeAnswer },
        },
      },
      async (req, reply) =>
        reply
          .code(201)
          .send(
            await committees.createCommittee(ctx, callerOf(req), actorOf(req), req.params.id, req.body.name),
          ),
    );
    app.post(
      '/api/providers/:id/committee/members',
      {
        config: { access: { permission: 'committees.manage' } },
        schema: {
          tags: ['complaints'],
          summary: '添加委员 Add a member by mobile',
          params: IdParam,
          body: CommitteeMemberBody,
          response: { 200: CommitteeAnswer },
        },
      },
      async (req) => committees.addMember(ctx, callerOf(req), actorOf(req), req.params.id, req.body.mobile),
    );
    app.delete(
      '/api/providers/:id/committee/members/:userId',
      {
        config: { access: { permission: 'committees.manage' } },
        schema: {
          tags: ['complaints'],
          summary: '移除委员 Remove a member',
          params: CommitteeMemberParam,
          response: { 200: CommitteeAnswer },
        },
      },
      async (req) =>
        committees.removeMember(ctx, callerOf(req), actorOf(req), req.params.id, req.params.userId),
    );
    app.get(
      '/api/my/committees',
      {
        config: { access: { permission: 'committees.own' } },
        schema: {
          tags: ['complaints'],
          summary: '我的家委会 My committees',
          response: { 200: MyCommittees },
        },
      },
      async (req) => committees.myCommittees(ctx, callerOf(req)),
    );
  };
}
