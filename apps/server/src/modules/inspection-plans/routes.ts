import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';

/** Routes of inspection-plans (being built). */
export function inspectionPlanRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async () => {};
}
