import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';

/** Routes of checklists (being built). */
export function checklistRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async () => {};
}
