import { TodoList } from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppContext, callerOf } from '../../platform/context';
import { todo } from './service';

export function todoRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/todo',
      {
        config: { access: 'authenticated' },
        schema: {
          tags: ['todo'],
          summary: '待办 What needs the caller’s attention (counts, each with its list)',
          response: { 200: TodoList },
        },
      },
      async (req) => todo(ctx, callerOf(req)),
    );
  };
}
