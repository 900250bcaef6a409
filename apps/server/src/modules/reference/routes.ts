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
import { readUpload } from '../../platform/uploads';
import { getMapBoundaries, MapBoundaries, putMapBoundaries } from './map';
import { importPopulations, populationTemplate } from './population-import';
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
        config: { access: 'authenticated' },
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
        config: { access: { permission: 'populations.edit' } },
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
      '/api/populations/template.xlsx',
      {
        config: { access: { permission: 'populations.edit' } },
        schema: { tags: ['reference'], summary: '人口导入模板 Population import template' },
      },
      async (_req, reply) =>
        reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header(
            'content-disposition',
            `attachment; filename="population.xlsx"; filename*=UTF-8''${encodeURIComponent('常住人口导入模板.xlsx')}`,
          )
          .send(await populationTemplate()),
    );
    app.post(
      '/api/populations/import',
      {
        config: { access: { permission: 'populations.edit' } },
        schema: {
          tags: ['reference'],
          summary: 'Excel 导入常住人口 Import populations (multipart field "file"); all rows or none',
          consumes: ['multipart/form-data'],
          response: { 200: z.object({ imported: z.number().int() }) },
        },
      },
      async (req) => {
        const upload = await readUpload(req);
        return importPopulations(ctx, actorOf(req), upload.body);
      },
    );
    app.get(
      '/api/public/map/boundaries',
      {
        config: { access: 'public' },
        schema: { tags: ['public'], summary: '官方行政区划边界 Official boundaries (404 until loaded)' },
      },
      async () => getMapBoundaries(ctx),
    );
    app.put(
      '/api/settings/map-boundaries',
      {
        bodyLimit: 8 * 1024 * 1024,
        config: { access: { permission: 'map-boundaries.edit' } },
        schema: {
          tags: ['reference'],
          summary: '加载官方边界 GeoJSON Load licensed boundaries',
          body: MapBoundaries,
          response: { 200: z.object({ ok: z.literal(true) }) },
        },
      },
      async (req) => putMapBoundaries(ctx, actorOf(req), req.body),
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
