import { type ProviderRiskItem, RiskList, RiskQuery } from '@tuoyu/contracts';
import { labelOf } from '@tuoyu/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppContext, callerOf } from '../../platform/context';
import { type Column, sendXlsx } from '../../platform/excel';
import { riskList } from './service';

const columns: Column<ProviderRiskItem>[] = [
  { header: { zh: '机构', en: 'Provider' }, width: 32, value: (r) => r.name },
  { header: { zh: '旗县区', en: 'County' }, width: 12, value: (r) => r.countyName },
  { header: { zh: '乡镇街道', en: 'Township' }, width: 14, value: (r) => r.townshipName ?? '' },
  {
    header: { zh: '风险等级', en: 'Tier' },
    width: 10,
    value: (r, lang) => labelOf('riskTier', r.tier, lang),
  },
  { header: { zh: '风险分', en: 'Score' }, width: 8, value: (r) => r.score },
  {
    header: { zh: '风险因素', en: 'Reasons' },
    width: 48,
    value: (r, lang) =>
      r.reasons
        .map((x) => `${labelOf('riskReason', x.code, lang)} ×${x.count}${x.points ? ` (+${x.points})` : ''}`)
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
