import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';

/** Routes of complaints (being built). */
export function complaintRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async () => {};
}
