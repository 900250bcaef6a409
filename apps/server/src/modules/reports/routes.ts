import { IdParam, MonthlyReport, MonthlyReportList, MonthQuery } from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppContext, callerOf } from '../../platform/context';
import { type Column, sendListXlsx } from '../../platform/excel';
import * as service from './service';

/** A percentage (87.5) as the number Excel formats as one (0.875 shown 87.5%), so it sums and sorts. */
const rate = (v: number | null) => (v === null ? null : Math.round(v * 10) / 1000);
const PERCENT = '0.0%';

export const reportColumns: Column<MonthlyReport>[] = [
  { header: { zh: '机构', en: 'Provider' }, width: 32, value: (r) => r.providerName },
  { header: { zh: '月份', en: 'Month' }, width: 10, value: (r) => r.month },
  { header: { zh: '核定托位', en: 'Capacity' }, width: 10, value: (r) => r.capacity },
  { header: { zh: '月末在托', en: 'Enrolled (month end)' }, width: 12, value: (r) => r.enrolled },
  { header: { zh: '工作日', en: 'Working days' }, width: 10, value: (r) => r.workingDays },
  {
    header: { zh: '已过工作日', en: 'Working days elapsed' },
    width: 12,
    value: (r) => r.workingDaysElapsed,
  },
  { header: { zh: '出勤人日', en: 'Child-days present' }, width: 12, value: (r) => r.childDaysPresent },
  {
    header: { zh: '出勤率', en: 'Attendance rate' },
    width: 10,
    value: (r) => rate(r.attendanceRate),
    numFmt: PERCENT,
  },
  { header: { zh: '负责人', en: 'Heads' }, width: 8, value: (r) => r.staffByRole.head },
  { header: { zh: '保育人员', en: 'Carers' }, width: 8, value: (r) => r.staffByRole.carer },
  { header: { zh: '保健人员', en: 'Health staff' }, width: 8, value: (r) => r.staffByRole.health },
  { header: { zh: '保安', en: 'Guards' }, width: 8, value: (r) => r.staffByRole.guard },
  { header: { zh: '炊事', en: 'Cooks' }, width: 8, value: (r) => r.staffByRole.cook },
  { header: { zh: '其他', en: 'Other staff' }, width: 8, value: (r) => r.staffByRole.other },
  {
    header: { zh: '师幼比不达标次数', en: 'Ratio breaches' },
    width: 12,
    value: (r) => r.ratioBreaches.count,
  },
  {
    header: { zh: '不达标时长(分钟)', en: 'Breach minutes' },
    width: 12,
    value: (r) => r.ratioBreaches.minutes,
  },
  {
    header: { zh: '晨检完成率', en: 'Morning check completion' },
    width: 12,
    value: (r) => rate(r.healthCheckCompletion),
    numFmt: PERCENT,
  },
];

export function reportRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/providers/:id/monthly-report',
      {
        config: { access: { permission: 'reports.read' } },
        schema: {
          tags: ['reports'],
          summary: '机构月报 A provider’s monthly report',
          params: IdParam,
          querystring: MonthQuery,
          response: { 200: MonthlyReport },
        },
      },
      async (req) => service.providerReport(ctx, callerOf(req), req.params.id, req.query.month),
    );
    app.get(
      '/api/reports/monthly',
      {
        config: { access: { permission: 'reports.overview' } },
        schema: {
          tags: ['reports'],
          summary: '辖区机构月报 Monthly reports of every provider in scope',
          querystring: MonthQuery,
          response: { 200: MonthlyReportList },
        },
      },
      async (req) => service.scopeReports(ctx, callerOf(req), req.query.month),
    );
    app.get(
      '/api/reports/monthly/export.xlsx',
      {
        config: { access: { permission: 'reports.overview' } },
        schema: {
          tags: ['reports'],
          summary: '导出辖区机构月报 Export the monthly reports to Excel',
          querystring: MonthQuery,
        },
      },
      async (req, reply) =>
        sendListXlsx(
          reply,
          req.lang,
          { zh: `机构月报-${req.query.month}`, en: `monthly-report-${req.query.month}` },
          reportColumns,
          (pageSize) => service.scopeReports(ctx, callerOf(req), req.query.month, pageSize),
        ),
    );
  };
}
