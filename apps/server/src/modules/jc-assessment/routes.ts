/** HTTP only: the annual assessment (督查考核, plan 三(三); issue 12 item 7). */
import {
  Created,
  JcAssessMarkBody,
  JcAssessment,
  JcAssessWeightsResult,
  JcAssessYearParam,
  JcWeights,
  Ok,
} from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppContext, actorOf, callerOf } from '../../platform/context';
import { exportAssessment } from './export';
import { assessment } from './result';
import { addMark, compute, getWeights, publish, putWeights } from './service';

const tags = ['jc-assessment'];
const read = { access: { permission: 'jc.assessments' as const } };
const assess = { access: { permission: 'jc.assess' as const } };

export function jcAssessmentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/jc/assessments/:year/weights',
      {
        config: read,
        schema: {
          tags,
          summary: '考核指标权重 The weights of the year',
          params: JcAssessYearParam,
          response: { 200: JcAssessWeightsResult },
        },
      },
      async (req) => getWeights(ctx, req.params.year),
    );
    app.put(
      '/api/jc/assessments/:year/weights',
      {
        config: assess,
        schema: {
          tags,
          summary: '设置考核指标权重 Set the weights (each kind summing to 100)',
          params: JcAssessYearParam,
          body: JcWeights,
          response: { 200: JcAssessWeightsResult },
        },
      },
      async (req) => putWeights(ctx, actorOf(req), req.params.year, req.body),
    );
    app.post(
      '/api/jc/assessments/:year/compute',
      {
        config: assess,
        schema: {
          tags,
          summary: '计算考核结果 Compute the results (replaces them until published)',
          params: JcAssessYearParam,
          response: { 200: Ok },
        },
      },
      async (req) => compute(ctx, callerOf(req), actorOf(req), req.params.year),
    );
    app.post(
      '/api/jc/assessments/:year/marks',
      {
        config: assess,
        schema: {
          tags,
          summary: '加减分 Add a mark with its reason',
          params: JcAssessYearParam,
          body: JcAssessMarkBody,
          response: { 201: Created },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await addMark(ctx, callerOf(req), actorOf(req), req.params.year, req.body)),
    );
    app.post(
      '/api/jc/assessments/:year/publish',
      {
        config: assess,
        schema: {
          tags,
          summary: '发布考核结果 Publish the results',
          params: JcAssessYearParam,
          response: { 200: Ok },
        },
      },
      async (req) => publish(ctx, callerOf(req), actorOf(req), req.params.year),
    );
    app.get(
      '/api/jc/assessments/:year',
      {
        config: read,
        schema: {
          tags,
          summary: '考核结果 The result table in the caller’s scope',
          params: JcAssessYearParam,
          response: { 200: JcAssessment },
        },
      },
      async (req) => assessment(ctx, callerOf(req), req.params.year),
    );
    app.get(
      '/api/jc/assessments/:year/export.xlsx',
      {
        config: read,
        schema: { tags, summary: '导出考核结果 Export the results', params: JcAssessYearParam },
      },
      async (req, reply) => exportAssessment(ctx, callerOf(req), reply, req.lang, req.params.year),
    );
  };
}
