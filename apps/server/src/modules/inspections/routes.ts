import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';

/** Routes of inspections (being built). */
export function inspectionRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async () => {};
}
