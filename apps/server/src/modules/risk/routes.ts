import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';

/** Routes of risk (being built). */
export function riskRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async () => {};
}
