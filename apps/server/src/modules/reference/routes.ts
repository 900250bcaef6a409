import {
  DivisionList,
  Population,
  PopulationList,
  PublicOverview,
  PutPopulationBody,
  UnitList,
} from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppContext, actorOf } from '../../platform/context';
import * as service from './service';

export function referenceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/divisions',
      {
        config: { access: 'public' },
        schema: {
          tags: ['reference'],
          summary: '行政区划 Divisions (GB/T 2260)',
          response: { 200: DivisionList },
        },
      },
      async () => ({ items: await service.getDivisions(ctx) }),
    );
    app.get(
      '/api/units',
      {
        config: { access: 'public' },
        schema: {
          tags: ['reference'],
          summary: '联席会议成员单位 Member units',
          response: { 200: UnitList },
        },
      },
      async () => ({ items: await service.getUnits(ctx) }),
    );
    app.get(
      '/api/populations',
      {
        schema: {
          tags: ['reference'],
          summary: '常住人口 Resident population by division and year',
          querystring: z.object({ year: z.coerce.number().int().min(1950).max(2100).optional() }),
          response: { 200: PopulationList },
        },
      },
      async (req) => ({ items: await service.getPopulations(ctx, req.query.year) }),
    );
    app.put(
      '/api/populations/:divisionCode/:year',
      {
        config: { access: { roles: ['sysadmin', 'city_regulator'] } },
        schema: {
          tags: ['reference'],
          summary: '录入常住人口 Set the population of a division for a year',
          params: z.object({
            divisionCode: z.string().regex(/^\d{6}$/),
            year: z.coerce.number().int().min(1950).max(2100),
          }),
          body: PutPopulationBody,
          response: { 200: Population },
        },
      },
      async (req) =>
        service.putPopulation(ctx, actorOf(req), req.params.divisionCode, req.params.year, req.body),
    );
    app.get(
      '/api/public/overview',
      {
        config: { access: 'public' },
        schema: { tags: ['public'], summary: '首页概况 Public overview', response: { 200: PublicOverview } },
      },
      async () => service.getPublicOverview(ctx),
    );
  };
}
