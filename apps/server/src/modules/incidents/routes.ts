import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';

/** Routes of incidents (being built). */
export function incidentRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async () => {};
}
