import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppContext, actorOf } from '../../platform/context';
import { changesHealthRules, rebuildLedgers } from '../child-health/ledger';
import { getStandardsSettings, putStandardsSettings, standardsSettings } from './service';

const Values = z.object({
  mixedRatio: z.number().int().min(1).max(10),
  mixedMaxSize: z.number().int().min(1).max(30),
  indoorAreaPerChildM2: z.number().min(0).max(20),
  outdoorAreaPerChildM2: z.number().min(0).max(20),
  minCctvRetentionDays: z.number().int().min(30).max(3650),
  maxFloor: z.number().int().min(1).max(10),
  filingDeadlineWorkingDays: z.number().int().min(1).max(60),
  correctionNoticeWorkingDays: z.number().int().min(1).max(90),
  defaultSamplePercent: z.number().min(1).max(100),
  publishResultWorkingDays: z.number().int().min(1).max(60),
  complaintAckWorkingDays: z.number().int().min(1).max(15),
  complaintAnswerWorkingDays: z.number().int().min(1).max(60),
  incidentLateHours: z.number().int().min(1).max(168),
  checkupWindowDays: z.number().int().min(7).max(60),
  checkupWindowMode: z.enum(['around', 'after']),
  healthYearStart: z.enum(['01-01', '10-01']),
});
const Settings = z.object({ values: Values, defaults: Values });

export function settingsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/settings/standards',
      {
        config: { access: 'authenticated' },
        schema: {
          tags: ['settings'],
          summary: '标准参数 City standards parameters',
          response: { 200: Settings },
        },
      },
      async () => getStandardsSettings(ctx),
    );
    app.put(
      '/api/settings/standards',
      {
        config: { access: { permission: 'standards.edit' } },
        schema: {
          tags: ['settings'],
          summary: '设置标准参数 Override parameters',
          body: Values.partial(),
          response: { 200: Settings },
        },
      },
      async (req) => {
        const before = await standardsSettings(ctx.db);
        const saved = await putStandardsSettings(ctx, actorOf(req), req.body);
        // I-2 was kept under the old window or year: every child is recomputed, in the background.
        if (changesHealthRules(before, saved.values))
          void rebuildLedgers(ctx.db).then(
            (n) => req.log.info({ children: n }, 'child-health ledgers rebuilt'),
            (err: unknown) => req.log.error({ err }, 'child-health ledger rebuild failed'),
          );
        return saved;
      },
    );
  };
}
