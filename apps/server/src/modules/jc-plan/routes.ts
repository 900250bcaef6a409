/** HTTP only: the plan's own task list, the city's matrix and the counties' measures (issue 12 item 5). */
import {
  FileInfo,
  JcCountyMeasure,
  JcCountyMeasureBody,
  JcCountyMeasureList,
  JcCountyParam,
  JcPlanHistory,
  JcPlanMatrix,
  JcPlanProgress,
  JcPlanProgressBody,
  JcPlanTaskList,
  JcPlanTaskParam,
  JcPlanYearQuery,
} from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppContext, actorOf, callerOf } from '../../platform/context';
import { readUpload } from '../../platform/uploads';
import { sendStoredFile } from '../files/service';
import {
  countyMeasureDocument,
  listCountyMeasures,
  saveMyCountyMeasure,
  uploadMeasureFile,
} from './county-measures';
import { exportPlanMatrix, planMatrix } from './matrix';
import { listPlanTasks, planProgressHistory, reportPlanProgress } from './plan-tasks';

const tags = ['jc-plan'];
const plan = { access: { permission: 'jc.plan' as const } };
const report = { access: { permission: 'jc.report' as const } };
const matrix = { access: { permission: 'jc.plan-matrix' as const } };
const measures = { access: { permission: 'jc.county-measures' as const } };
const upload = { access: { permission: 'jc.county-measures.upload' as const } };

export function jcPlanRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/jc/plan-tasks',
      {
        config: plan,
        schema: {
          tags,
          summary: '实施方案任务清单与各单位进展 The plan’s tasks of a year with each unit’s progress',
          querystring: JcPlanYearQuery,
          response: { 200: JcPlanTaskList },
        },
      },
      async (req) => listPlanTasks(ctx, callerOf(req), req.query.year),
    );
    app.get(
      '/api/jc/plan-tasks/matrix',
      {
        config: matrix,
        schema: {
          tags,
          summary: '单位×任务推进矩阵 The units × tasks matrix',
          querystring: JcPlanYearQuery,
          response: { 200: JcPlanMatrix },
        },
      },
      async (req) => planMatrix(ctx, req.query.year),
    );
    app.get(
      '/api/jc/plan-tasks/matrix.xlsx',
      {
        config: matrix,
        schema: { tags, summary: '导出推进矩阵 Export the matrix', querystring: JcPlanYearQuery },
      },
      async (req, reply) => exportPlanMatrix(ctx, reply, req.lang, req.query.year),
    );
    app.get(
      '/api/jc/plan-tasks/:id/history',
      {
        config: plan,
        schema: {
          tags,
          summary: '任务进展报送记录 Every report on a task in a year',
          params: JcPlanTaskParam,
          querystring: JcPlanYearQuery,
          response: { 200: JcPlanHistory },
        },
      },
      async (req) => planProgressHistory(ctx, req.params.id, req.query.year),
    );
    app.put(
      '/api/jc/plan-tasks/:id/progress',
      {
        config: report,
        schema: {
          tags,
          summary: '责任单位报送年度进展 A responsible unit reports its year’s progress',
          params: JcPlanTaskParam,
          body: JcPlanProgressBody,
          response: { 200: JcPlanProgress },
        },
      },
      async (req) => reportPlanProgress(ctx, callerOf(req), actorOf(req), req.params.id, req.body),
    );
    app.get(
      '/api/jc/county-measures',
      {
        config: measures,
        schema: {
          tags,
          summary: '旗县区具体实施办法 Which counties have issued their measures',
          response: { 200: JcCountyMeasureList },
        },
      },
      async (req) => listCountyMeasures(ctx, callerOf(req)),
    );
    app.post(
      '/api/jc/county-measures/files',
      {
        config: upload,
        schema: {
          tags,
          summary: '上传实施办法文件 Upload the document (PDF, JPEG, PNG; multipart field "file")',
          consumes: ['multipart/form-data'],
          response: { 201: FileInfo },
        },
      },
      async (req, reply) => {
        const file = await readUpload(req);
        const info = await uploadMeasureFile(ctx, callerOf(req), actorOf(req), file.filename, file.body);
        return reply.code(201).send(info);
      },
    );
    app.put(
      '/api/jc/county-measures/mine',
      {
        config: upload,
        schema: {
          tags,
          summary: '登记本旗县区实施办法 Name the county’s measures (title, date, the uploaded file)',
          body: JcCountyMeasureBody,
          response: { 200: JcCountyMeasure },
        },
      },
      async (req) => saveMyCountyMeasure(ctx, callerOf(req), actorOf(req), req.body),
    );
    app.get(
      '/api/jc/county-measures/:code/file',
      {
        config: measures,
        schema: { tags, summary: '下载实施办法 Download a county’s measures', params: JcCountyParam },
      },
      async (req, reply) => {
        const { row, body } = await countyMeasureDocument(ctx, callerOf(req), req.params.code);
        return sendStoredFile(reply, row, body);
      },
    );
  };
}
