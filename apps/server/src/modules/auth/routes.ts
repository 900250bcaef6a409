import { ChangePasswordBody, LoginBody, Me, Ok, Session } from '@tuoyu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { prepareDummyHash } from '../../platform/auth/passwords';
import { ABSOLUTE_MINUTES, SESSION_COOKIE } from '../../platform/auth/sessions';
import { type AppContext, actorOf, callerOf } from '../../platform/context';
import * as service from './service';

export function authRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: ctx.config.cookieSecure,
  };
  return async (app) => {
    await prepareDummyHash();
    app.post(
      '/api/auth/login',
      {
        config: {
          access: 'public',
          rateLimit: { max: ctx.config.loginRateLimitPerMinute, timeWindow: '1 minute' },
        },
        schema: { tags: ['auth'], summary: '登录 Log in', body: LoginBody, response: { 200: Me } },
      },
      async (req, reply) => {
        const { token, me } = await service.login(ctx, {
          ...req.body,
          ip: req.ip,
          userAgent: req.headers['user-agent'] ?? null,
          requestId: req.id,
        });
        reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: ABSOLUTE_MINUTES * 60 });
        return me;
      },
    );
    app.post(
      '/api/auth/logout',
      {
        config: { access: { authenticated: true, allowPendingPasswordChange: true } },
        schema: { tags: ['auth'], summary: '退出 Log out', response: { 200: Ok } },
      },
      async (req, reply) => {
        await service.logout(ctx, callerOf(req), actorOf(req));
        reply.clearCookie(SESSION_COOKIE, cookieOptions);
        return { ok: true as const };
      },
    );
    app.get(
      '/api/auth/me',
      {
        config: { access: { authenticated: true, allowPendingPasswordChange: true } },
        schema: { tags: ['auth'], summary: '当前用户 Who am I', response: { 200: Me } },
      },
      async (req) => service.me(ctx, callerOf(req)),
    );
    app.get(
      '/api/auth/session',
      {
        config: { access: 'public' },
        schema: {
          tags: ['auth'],
          summary: '登录状态 Who is logged in (null when nobody, no 401)',
          response: { 200: Session },
        },
      },
      async (req) => ({ user: req.user ? await service.me(ctx, req.user) : null }),
    );
    app.post(
      '/api/auth/password',
      {
        config: { access: { authenticated: true, allowPendingPasswordChange: true } },
        schema: {
          tags: ['auth'],
          summary: '修改本人密码 Change own password',
          body: ChangePasswordBody,
          response: { 200: Ok },
        },
      },
      async (req) => {
        await service.changeOwnPassword(ctx, callerOf(req), actorOf(req), req.body);
        return { ok: true as const };
      },
    );
  };
}
