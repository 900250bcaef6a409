/**
 * Authentication and access on every /api request: resolves the session cookie into
 * `request.user`, then enforces the route's `config.access`. Every /api route must declare its
 * access ('public', 'authenticated' or a permission of packages/contracts access.ts): a route
 * without one, or naming a permission nobody holds, is refused at start-up, so nothing is
 * reachable by accident; a pending password change blocks everything else.
 */
import { can, PERMISSIONS } from '@tuoyu/contracts';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { resolveSession, SESSION_COOKIE } from './sessions';

/** The OpenAPI UI's own routes are registered by the swagger plugin and are public. */
const isGuarded = (url: string) => url.startsWith('/api/') && !url.startsWith('/api/docs');

export function registerAuth(app: FastifyInstance, ctx: AppContext) {
  app.addHook('onRoute', (route) => {
    if (!isGuarded(route.url)) return;
    const access = route.config?.access;
    if (!access) {
      throw new Error(
        `${route.method} ${route.url} declares no config.access (public, authenticated or a permission)`,
      );
    }
    if (typeof access === 'object' && 'permission' in access && !PERMISSIONS[access.permission]) {
      throw new Error(`${route.method} ${route.url} declares an unknown permission ${access.permission}`);
    }
  });

  app.addHook('onRequest', async (req) => {
    req.user = null;
    const token = req.cookies[SESSION_COOKIE];
    if (!token || !req.url.startsWith('/api/')) return;
    const s = await resolveSession(ctx.db, token);
    if (!s) return;
    req.user = {
      id: s.id,
      username: s.username,
      displayName: s.display_name,
      role: s.role,
      divisionCode: s.division_code,
      unit: s.unit,
      mustChangePassword: s.must_change_password === 1,
      providerId: s.provider_id,
      sessionId: s.sessionId,
    };
  });

  // preValidation: an anonymous or unauthorised caller learns nothing, not even which input is wrong.
  app.addHook('preValidation', async (req) => {
    const access = req.routeOptions.config?.access;
    if (access === 'public' || !isGuarded(req.routeOptions.url ?? '')) return;
    if (!req.user) throw new AppError('auth.required');
    const pendingAllowed = typeof access === 'object' && 'allowPendingPasswordChange' in access;
    if (req.user.mustChangePassword && !pendingAllowed) {
      throw new AppError('auth.password_change_required');
    }
    if (typeof access === 'object' && 'permission' in access && !can(req.user.role, access.permission)) {
      throw new AppError('forbidden');
    }
  });
}
