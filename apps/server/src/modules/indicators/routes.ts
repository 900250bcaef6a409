import { PlacesIndicator } from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { placesIndicator } from './service';

export function indicatorRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/public/indicators/places',
      {
        config: { access: 'public' },
        schema: {
          tags: ['public'],
          summary: '每千人口托位数 Care places per 1,000 residents',
          querystring: z.object({ year: z.coerce.number().int().min(2020).max(2100).optional() }),
          response: { 200: PlacesIndicator },
        },
      },
      async (req) => placesIndicator(ctx, req.query.year ?? new Date().getFullYear()),
    );
  };
}
