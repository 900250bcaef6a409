import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';

/** Routes of credit (being built). */
export function creditRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async () => {};
}
