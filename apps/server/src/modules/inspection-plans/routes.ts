import {
  DrawBody,
  DrawResult,
  IdParam,
  PlanBody,
  PlanDetail,
  PlanList,
  PlanQuery,
  type PlanSummary,
  PublicDraw,
  PublicDrawList,
  PublicDrawQuery,
} from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppContext, actorOf, callerOf } from '../../platform/context';
import { type Column, sendListXlsx } from '../../platform/excel';
import { drawPlan } from './draw';
import { publishPlan } from './publish';
import { listPlans, listPublicDraws, planDetail, publicRecord } from './record';
import { revealPlan } from './service';

const columns: Column<PlanSummary>[] = [
  { header: { zh: '编号', en: 'Id' }, width: 8, value: (p) => p.id },
  { header: { zh: '计划名称', en: 'Plan' }, width: 32, value: (p) => p.planName },
  { header: { zh: '区域', en: 'Area' }, value: (p) => p.divisionName },
  { header: { zh: '检查表', en: 'Checklist' }, width: 26, value: (p) => p.checklistName },
  { header: { zh: '候选机构数', en: 'Candidates' }, value: (p) => p.candidates },
  { header: { zh: '抽中机构数', en: 'Drawn' }, value: (p) => p.selected },
  { header: { zh: '每组人数', en: 'Per check' }, value: (p) => p.perCheck },
  { header: { zh: '完成期限', en: 'Due by' }, value: (p) => p.dueBy },
  { header: { zh: '发布时间', en: 'Published' }, width: 26, value: (p) => p.publishedAt },
  { header: { zh: '抽取时间', en: 'Drawn at' }, width: 26, value: (p) => p.drawnAt },
  { header: { zh: '发布人', en: 'Published by' }, value: (p) => p.publishedByName },
];

export function inspectionPlanRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/inspection-plans',
      {
        config: { access: { permission: 'inspection-plans.manage' } },
        schema: {
          tags: ['supervision'],
          summary: '发布双随机抽查计划 Publish a plan (seed commitment and frozen inputs)',
          body: PlanBody,
          response: { 201: PublicDraw },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await publishPlan(ctx, callerOf(req), actorOf(req), req.body)),
    );
    app.get(
      '/api/inspection-plans',
      {
        config: { access: { permission: 'inspection-plans.read' } },
        schema: {
          tags: ['supervision'],
          summary: '抽查计划 Plans in scope',
          querystring: PlanQuery,
          response: { 200: PlanList },
        },
      },
      async (req) => listPlans(ctx.db, callerOf(req), req.query),
    );
    app.get(
      '/api/inspection-plans/export.xlsx',
      {
        config: { access: { permission: 'inspection-plans.read' } },
        schema: {
          tags: ['supervision'],
          summary: '导出抽查计划 Export to Excel',
          querystring: PlanQuery.omit({ page: true, pageSize: true }),
        },
      },
      async (req, reply) =>
        sendListXlsx(reply, req.lang, { zh: '抽查计划', en: 'inspection-plans' }, columns, (pageSize) =>
          listPlans(ctx.db, callerOf(req), { ...req.query, page: 1, pageSize }),
        ),
    );
    app.get(
      '/api/inspection-plans/:id',
      {
        config: { access: { permission: 'inspection-plans.read' } },
        schema: {
          tags: ['supervision'],
          summary: '抽查计划详情 Plan detail',
          params: IdParam,
          response: { 200: PlanDetail },
        },
      },
      async (req) => planDetail(ctx, callerOf(req), req.params.id),
    );
    app.post(
      '/api/inspection-plans/:id/draw',
      {
        config: { access: { permission: 'inspection-plans.draw' } },
        schema: {
          tags: ['supervision'],
          summary: '抽取（仅一次，输入见证数据） Draw once, with the witness input',
          params: IdParam,
          body: DrawBody,
          response: { 200: DrawResult },
        },
      },
      async (req) => drawPlan(ctx, callerOf(req), actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/inspection-plans/:id/reveal',
      {
        config: { access: { permission: 'inspection-plans.reveal' } },
        schema: {
          tags: ['supervision'],
          summary: '提前公开抽取结果与种子 Reveal the seed and selection before the due date',
          params: IdParam,
          response: { 200: PublicDraw },
        },
      },
      async (req) => revealPlan(ctx, callerOf(req), actorOf(req), req.params.id),
    );
    app.get(
      '/api/public/draws',
      {
        config: { access: 'public' },
        schema: {
          tags: ['public'],
          summary: '双随机抽查公示 Published draws, newest first',
          querystring: PublicDrawQuery,
          response: { 200: PublicDrawList },
        },
      },
      async (req) => listPublicDraws(ctx.db, req.query),
    );
    app.get(
      '/api/public/draws/:id',
      {
        config: { access: 'public' },
        schema: {
          tags: ['public'],
          summary: '抽取公示记录 The public record of a draw (checkable after the reveal)',
          params: IdParam,
          response: { 200: PublicDraw },
        },
      },
      async (req) => publicRecord(ctx, req.params.id),
    );
  };
}
