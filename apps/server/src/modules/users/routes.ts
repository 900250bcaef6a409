import {
  CreateUserBody,
  IdParam,
  Ok,
  ResetPasswordBody,
  UpdateUserBody,
  User,
  UserList,
  UserListQuery,
} from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppContext, actorOf, callerOf } from '../../platform/context';
import { sendListXlsx } from '../../platform/excel';
import { userColumns } from './export';
import * as service from './service';

export function userRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = { access: { permission: 'users.read' } } as const;
  const manage = { access: { permission: 'users.manage' } } as const;
  return async (app) => {
    app.get(
      '/api/users',
      {
        config: read,
        schema: {
          tags: ['users'],
          summary: '用户列表 List accounts',
          querystring: UserListQuery,
          response: { 200: UserList },
        },
      },
      async (req) => service.listUsers(ctx, callerOf(req), req.query),
    );
    app.get(
      '/api/users/export.xlsx',
      {
        config: read,
        schema: {
          tags: ['users'],
          summary: '导出用户 Export accounts to Excel',
          querystring: UserListQuery.omit({ page: true, pageSize: true }),
        },
      },
      async (req, reply) =>
        sendListXlsx(reply, req.lang, { zh: '用户', en: 'users' }, userColumns, (pageSize) =>
          service.listUsers(ctx, callerOf(req), { ...req.query, page: 1, pageSize }),
        ),
    );
    app.get(
      '/api/users/:id',
      {
        config: read,
        schema: {
          tags: ['users'],
          summary: '用户详情 One account',
          params: IdParam,
          response: { 200: User },
        },
      },
      async (req) => service.getUser(ctx, callerOf(req), req.params.id),
    );
    app.post(
      '/api/users',
      {
        config: manage,
        schema: {
          tags: ['users'],
          summary: '新建用户 Create an account',
          body: CreateUserBody,
          response: { 201: User },
        },
      },
      async (req, reply) => {
        const user = await service.createUser(ctx, callerOf(req), actorOf(req), req.body);
        return reply.code(201).send(user);
      },
    );
    app.patch(
      '/api/users/:id',
      {
        config: manage,
        schema: {
          tags: ['users'],
          summary: '修改、停用、解锁用户 Change, disable, unlock',
          params: IdParam,
          body: UpdateUserBody,
          response: { 200: User },
        },
      },
      async (req) => service.updateUser(ctx, callerOf(req), actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/users/:id/password',
      {
        config: manage,
        schema: {
          tags: ['users'],
          summary: '重置密码 Reset a password',
          params: IdParam,
          body: ResetPasswordBody,
          response: { 200: Ok },
        },
      },
      async (req) => {
        await service.resetPassword(ctx, callerOf(req), actorOf(req), req.params.id, req.body.newPassword);
        return { ok: true as const };
      },
    );
  };
}
