import { Health } from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';

export function healthRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/health',
      {
        config: { access: 'public', rateLimit: false },
        schema: { tags: ['platform'], summary: '健康检查 Health', response: { 200: Health } },
      },
      async () => {
        // A real round trip: a load balancer must not route to a process whose database is gone.
        await sql`select 1`.execute(ctx.db);
        return { status: 'ok' as const, db: ctx.engine, version: ctx.config.version };
      },
    );
  };
}
