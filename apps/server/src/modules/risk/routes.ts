import { type ProviderRiskItem, RiskList, RiskQuery } from '@tuoyu/contracts';
import type { RiskReasonCode } from '@tuoyu/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppContext, callerOf } from '../../platform/context';
import { type Column, sendXlsx } from '../../platform/excel';
import { riskList } from './service';

const TIER = {
  high: { zh: '高风险', en: 'High' },
  normal: { zh: '一般', en: 'Normal' },
  low: { zh: '低风险', en: 'Low' },
};

/** What each reason code means, for the spreadsheet (the console has its own catalogue). */
const REASONS: Record<RiskReasonCode, { zh: string; en: string }> = {
  suspended: { zh: '暂停/异常状态', en: 'Suspended' },
  blacklisted: { zh: '列入黑名单', en: 'Blacklisted' },
  inspection_failed: { zh: '检查不合格', en: 'Failed inspection' },
  inspection_rectify: { zh: '限期整改', en: 'Rectification order' },
  high_risk_finding: { zh: '高风险项不合格', en: 'High-risk item failed' },
  overdue_finding: { zh: '逾期未整改', en: 'Rectification overdue' },
  complaint_substantiated: { zh: '投诉属实', en: 'Complaint substantiated' },
  complaint_partly: { zh: '投诉部分属实', en: 'Complaint partly substantiated' },
  complaint_pending: { zh: '投诉办理中', en: 'Complaint pending' },
  serious_incident: { zh: '较大及以上事故', en: 'Serious incident' },
  late_incident: { zh: '事故迟报', en: 'Incident reported late' },
  ratio_breach: { zh: '师幼比不达标', en: 'Ratio breaches' },
  clean_record: { zh: '长期无不良记录', en: 'Long clean record' },
};

const columns: Column<ProviderRiskItem>[] = [
  { header: { zh: '机构', en: 'Provider' }, width: 32, value: (r) => r.name },
  { header: { zh: '旗县区', en: 'County' }, width: 12, value: (r) => r.countyName },
  { header: { zh: '乡镇街道', en: 'Township' }, width: 14, value: (r) => r.townshipName ?? '' },
  { header: { zh: '风险等级', en: 'Tier' }, width: 10, value: (r, lang) => TIER[r.tier][lang] },
  { header: { zh: '风险分', en: 'Score' }, width: 8, value: (r) => r.score },
  {
    header: { zh: '风险因素', en: 'Reasons' },
    width: 48,
    value: (r, lang) =>
      r.reasons
        .map((x) => `${REASONS[x.code][lang]} ×${x.count}${x.points ? ` (+${x.points})` : ''}`)
        .join('; '),
  },
  { header: { zh: '最近检查', en: 'Last inspected' }, width: 12, value: (r) => r.lastInspectedOn ?? '' },
];

export function riskRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/risk',
      {
        config: { access: { permission: 'risk.read' } },
        schema: {
          tags: ['risk'],
          summary: '风险监测 Each provider’s supervision risk in scope',
          querystring: RiskQuery,
          response: { 200: RiskList },
        },
      },
      async (req) => riskList(ctx, callerOf(req), req.query),
    );
    app.get(
      '/api/risk/export.xlsx',
      {
        config: { access: { permission: 'risk.read' } },
        schema: { tags: ['risk'], summary: '导出风险清单 Export the risk list', querystring: RiskQuery },
      },
      async (req, reply) => {
        const list = await riskList(ctx, callerOf(req), req.query);
        return sendXlsx(
          reply,
          req.lang,
          { zh: '机构风险清单', en: 'provider-risk' },
          columns,
          list.items,
          false,
        );
      },
    );
  };
}
