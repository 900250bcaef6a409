/** HTTP only: the conference's people (annex 四) — the roster, the office's appointments, units' proposals. */
import {
  Created,
  IdParam,
  JcDecisionBody,
  JcMemberBody,
  JcMemberProposalBody,
  JcMembers,
  JcMembersQuery,
  Ok,
} from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppContext, actorOf, callerOf } from '../../platform/context';
import { appointMember, decideMemberProposal, listMembers, proposeMember } from './members';

const tags = ['jc'];
const read = { access: { permission: 'jc.read' as const } };
const manage = { access: { permission: 'jc.manage' as const } };
const report = { access: { permission: 'jc.report' as const } };

export function jcMemberRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/jc/members',
      {
        config: read,
        schema: {
          tags,
          summary: '联席会议组成人员 Members, liaisons and proposed changes',
          querystring: JcMembersQuery,
          response: { 200: JcMembers },
        },
      },
      async (req) => listMembers(ctx, callerOf(req), req.query.history === 'true'),
    );
    app.post(
      '/api/jc/members',
      {
        config: manage,
        schema: {
          tags,
          summary: '办公室任命组成人员 The office appoints a holder (ends the previous term)',
          body: JcMemberBody,
          response: { 201: Created },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await appointMember(ctx, callerOf(req), actorOf(req), req.body)),
    );
    app.post(
      '/api/jc/members/proposals',
      {
        config: report,
        schema: {
          tags,
          summary: '成员单位申请调整成员或联络员 A unit proposes its member or liaison',
          body: JcMemberProposalBody,
          response: { 201: Created },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await proposeMember(ctx, callerOf(req), actorOf(req), req.body)),
    );
    app.post(
      '/api/jc/members/proposals/:id/decision',
      {
        config: manage,
        schema: {
          tags,
          summary: '办公室确认或退回成员调整 The office confirms or rejects a change',
          params: IdParam,
          body: JcDecisionBody,
          response: { 200: Ok },
        },
      },
      async (req) => decideMemberProposal(ctx, callerOf(req), actorOf(req), req.params.id, req.body),
    );
  };
}
