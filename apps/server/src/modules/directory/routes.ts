import {
  IdParam,
  PublicFilingCheck,
  PublicProviderDetail,
  PublicProviderList,
  PublicProviderQuery,
} from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import * as service from './service';

export function directoryRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/public/providers',
      {
        config: { access: 'public' },
        schema: {
          tags: ['public'],
          summary: '找托育 Find care (filed providers only)',
          querystring: PublicProviderQuery,
          response: { 200: PublicProviderList },
        },
      },
      async (req) => service.searchProviders(ctx, req.query),
    );
    app.get(
      '/api/public/providers/:id',
      {
        config: { access: 'public' },
        schema: {
          tags: ['public'],
          summary: '机构公示 Provider disclosure',
          params: IdParam,
          response: { 200: PublicProviderDetail },
        },
      },
      async (req) => service.getPublicProvider(ctx, req.params.id),
    );
    app.get(
      '/api/public/filings/:filingNumber',
      {
        config: { access: 'public' },
        schema: {
          tags: ['public'],
          summary: '备案回执核验 Check a filing receipt',
          params: z.object({ filingNumber: z.string().regex(/^\d{6}-\d{4}-\d{4,}$/) }),
          response: { 200: PublicFilingCheck },
        },
      },
      async (req) => service.checkFilingNumber(ctx, req.params.filingNumber),
    );
  };
}
